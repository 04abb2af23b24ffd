// One allergy or intolerance as the view shows it: the substance in the data's words (or "Ukjent
// stoff" and what the record's text still says), its category, type, criticality and statuses,
// the reactions, onset and dates at their own precision, and who recorded it where.
import { formatPeriod, formatQuantity, formatRange, untrusted } from '@samspill/core/data.js';
import { isAbsent, substanceCodes, type SubstanceCode } from './allergies.codes.js';
import { narrativeText } from './allergies.narrative.js';
import { reactionView, type ReactionView } from './allergies.reaction.js';
import {
  clean,
  conceptText,
  list,
  readDate,
  reportCoded,
  type AllergyDate,
  type AllergyReader,
  type Fields,
} from './allergies.reader.js';
import { allergyRecord, type AllergyRecord, type RecordContext } from './allergies.record.js';
import {
  ALLERGY_CATEGORIES,
  ALLERGY_TYPES,
  CRITICALITIES,
  plainCode,
  type AllergyCategory,
  type AllergyType,
  type Criticality,
} from './allergies.status.js';

const { element } = untrusted;

export interface AllergyRow extends AllergyRecord {
  /** The substance in the data's words; "Ukjent stoff" when the record does not say. */
  readonly substance: string;
  /** False when the substance is "Ukjent stoff". */
  readonly substanceKnown: boolean;
  /** What the record still says when its substance is unknown: its code's text or its narrative. */
  readonly writtenText: string;
  /** ATC, SNOMED CT and other well-known codes (never a FEST catalogue key). */
  readonly codes: readonly SubstanceCode[];
  readonly categories: readonly AllergyCategory[];
  readonly categoryText: string;
  readonly type?: AllergyType;
  readonly typeText: string;
  readonly criticality?: Criticality;
  readonly criticalityText: string;
  /** Criticality `high`: kritisk, listed first and marked in words and with an icon. */
  readonly critical: boolean;
  readonly reactions: readonly ReactionView[];
  readonly onset?: AllergyDate;
  /** An onset given as an age, a range, a period or words. */
  readonly onsetText: string;
  readonly lastOccurrence?: AllergyDate;
}

export function allergyRow(reader: AllergyReader, fields: Fields, key: string, context: RecordContext): AllergyRow {
  const { m } = reader;
  const { record, problems } = allergyRecord(reader, fields, key, context);

  const reactions = list(fields.reaction).map((reaction) => reactionView(reader, reaction, problems.add));
  // Without a code, a reaction's substance still names it; without either, the record's own words are shown.
  const coded = isAbsent(fields.code) ? '' : conceptText(reader, fields.code);
  const named = coded || reactions.find((reaction) => reaction.substance)?.substance || '';
  if (!named) problems.add(m.missingSubstance);
  const writtenText = named ? '' : clean(element(fields.code)?.text) || narrativeText(fields.text);

  const categories: AllergyCategory[] = [];
  for (const value of list(fields.category)) {
    const category = plainCode(value, ALLERGY_CATEGORIES);
    reportCoded(reader, 'category', category, problems.add);
    if (category.code && !categories.includes(category.code)) categories.push(category.code);
  }
  const type = plainCode(fields.type, ALLERGY_TYPES);
  reportCoded(reader, 'type', type, problems.add);
  const criticality = plainCode(fields.criticality, CRITICALITIES);
  reportCoded(reader, 'criticality', criticality, problems.add);

  const onset = readDate(reader, fields.onsetDateTime, 'onsetDateTime', problems.add);
  const lastOccurrence = readDate(reader, fields.lastOccurrence, 'lastOccurrence', problems.add);
  return {
    ...record,
    substance: named || m.unknownSubstance,
    substanceKnown: named !== '',
    writtenText,
    codes: substanceCodes(fields.code),
    categories,
    categoryText: categories.map((category) => m[category]).join(', '),
    ...(type.code ? { type: type.code } : {}),
    typeText: type.code ? m[type.code] : '',
    ...(criticality.code ? { criticality: criticality.code } : {}),
    criticalityText: criticality.code ? m[criticality.code] : '',
    critical: criticality.code === 'high',
    reactions,
    ...(onset ? { onset } : {}),
    onsetText: onsetText(reader, fields),
    ...(lastOccurrence ? { lastOccurrence } : {}),
    problems: problems.list,
  };
}

/** An onset that is not a date: "alder 5 år", a range, a period, or the words written. */
function onsetText(reader: AllergyReader, fields: Fields): string {
  const age = element(fields.onsetAge);
  if (age) return reader.m.atAge(clean(formatQuantity(age, reader.format)));
  const period = element(fields.onsetPeriod);
  if (period) return clean(formatPeriod(period, reader.format));
  const range = element(fields.onsetRange);
  if (range) return clean(formatRange(range, reader.format));
  return clean(fields.onsetString);
}
