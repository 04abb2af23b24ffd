// One reaction of an allergy in words: what happened (the manifestations), how severe, when, the
// substance when the reaction names its own, how the patient was exposed, and what was noted.
import { untrusted } from '@samspill/core/data.js';
import {
  checkLists,
  clean,
  conceptText,
  list,
  readDate,
  reportCoded,
  type AllergyDate,
  type AllergyReader,
  type Fields,
} from './allergies.reader.js';
import { plainCode, REACTION_SEVERITIES, type ReactionSeverity } from './allergies.status.js';

const { element } = untrusted;

export interface ReactionView {
  /** What happened, each in the data's words ("Anafylaktisk reaksjon", "Urticaria"). */
  readonly manifestations: readonly string[];
  readonly severity?: ReactionSeverity;
  readonly severityText: string;
  readonly onset?: AllergyDate;
  /** The substance this reaction was to, when it names one. */
  readonly substance: string;
  readonly description: string;
  readonly exposureRoute: string;
  readonly notes: readonly string[];
  /** One line: the manifestations and the severity ("Anafylaktisk reaksjon (alvorlig)"). */
  readonly summary: string;
}

/** A reaction as the view shows it; its problems go to `problem`. */
export function reactionView(reader: AllergyReader, value: unknown, problem: (text: string) => void): ReactionView {
  const { m } = reader;
  const fields: Fields = element(value) ?? {};
  if (element(value) === undefined) problem(m.unreadableField('reaction'));
  checkLists(fields, ['manifestation', 'note'], reader, problem);
  const manifestations = list(fields.manifestation)
    .map((concept) => conceptText(reader, concept))
    .filter((words, index, all) => words && all.indexOf(words) === index);
  const severity = plainCode(fields.severity, REACTION_SEVERITIES);
  reportCoded(reader, 'reaction.severity', severity, problem);
  const severityText = severity.code ? m[severity.code] : '';
  const onset = readDate(reader, fields.onset, 'reaction.onset', problem);
  const description = clean(fields.description);
  const what = manifestations.join(', ') || description || m.unnamedReaction;
  return {
    manifestations,
    ...(severity.code ? { severity: severity.code } : {}),
    severityText,
    ...(onset ? { onset } : {}),
    substance: conceptText(reader, fields.substance),
    description,
    exposureRoute: conceptText(reader, fields.exposureRoute),
    notes: list(fields.note).flatMap((note) => clean(element(note)?.text) || []),
    summary: severityText ? m.withSeverity(what, severityText) : what,
  };
}
