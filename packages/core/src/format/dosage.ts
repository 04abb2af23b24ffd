import type { Dosage, Quantity, Range, Ratio, Timing } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { formatCodeableConcept } from './codeable-concept.js';
import type { FormatOptions } from './format-options.js';
import { resolveFormatOptions, type ResolvedFormatOptions } from './partial-date.js';
import { formatQuantity, formatRange, formatRatio } from './quantity.js';
import { formatTiming } from './timing.js';
import { type Fields, element, extensions, list, text } from './untrusted.js';

export const messages = defineCatalogue({
  asNeeded: 'ved behov',
  asNeededFor: (reason: string) => `ved behov mot ${reason}`,
  rate: (rate: string) => `med hastighet ${rate}`,
  maxPerPeriod: (amount: string) => `maks ${amount}`,
  maxPerDose: (amount: string) => `maks ${amount} per dose`,
  maxPerLifetime: (amount: string) => `maks ${amount} totalt`,
  concurrent: (first: string, second: string) => `${first} og ${second}`,
  then: (first: string, next: string) => `${first}, deretter ${next}`,
});

// SNOMED CT's fully specified names, which the HL7 examples carry as displays: "(qualifier value)" and
// "- dosing instruction imperative" tell a clinician nothing.
// (A SNOMED CT coding's tag is gone already, see formatCodeableConcept; a `text` may still carry one.)
const SNOMED_SUFFIX =
  /(?:\s+-\s+dosing instruction (?:imperative|fragment))?(?:\s+\((?:finding|disorder|qualifier value|body structure|procedure|substance|product|medicinal product|observable entity|situation|regime\/therapy|morphologic abnormality|physical object)\))?$/i;

const UCUM = 'http://unitsofmeasure.org';

/**
 * One or more FHIR Dosages as one line of text: "1 tablett 2 ganger daglig", "2 tabletter ved behov,
 * maks 8 per døgn". Entries are taken in `sequence` order; those that share a sequence run at the same
 * time ("… og …"), each later sequence follows the one before ("…, deretter …"). Entries without a
 * sequence come last, together. See {@link formatDosageLines} for what each entry shows.
 */
export function formatDosage(dosage: Dosage | readonly Dosage[] | undefined, options?: FormatOptions): string {
  const resolved = resolveFormatOptions(options);
  const m = messages[resolved.locale];
  const lines = steps(dosage)
    .map((step) => step.map((entry) => formatEntry(entry, resolved)).filter(Boolean))
    .filter((step) => step.length > 0)
    .map((step) => step.reduce((first, second) => m.concurrent(first, second)));
  return lines.length === 0 ? '' : lines.reduce((first, next) => m.then(first, next));
}

/**
 * One line per Dosage, in `sequence` order, for views that show each on its own line. Entries with
 * nothing usable are left out.
 *
 * A line is `text` when the Dosage has one: it is the prescriber's own complete instruction, and
 * the structured fields only restate it; else SFM's kortdosering, the national list's own short
 * instruction. Otherwise it is built from the structured fields: dose and
 * rate, route, method and site in brackets, as-needed, the timing, then the maximum doses. Either
 * way, each `additionalInstruction` and the `patientInstruction` follow, unless the text already
 * says them word for word: they often carry what the text leaves out ("Take with food", warnings).
 */
export function formatDosageLines(dosages: Dosage | readonly Dosage[] | undefined, options?: FormatOptions): string[] {
  const resolved = resolveFormatOptions(options);
  return steps(dosages)
    .flat()
    .map((entry) => formatEntry(entry, resolved))
    .filter(Boolean);
}

/** The entries grouped by sequence, in order; entries without one are a last group of their own. */
function steps(dosage: unknown): Fields[][] {
  const groups = new Map<number, Fields[]>();
  for (const entry of list(dosage)) {
    const fields = element(entry);
    if (!fields) continue;
    const sequence = Number.isSafeInteger(fields.sequence) ? (fields.sequence as number) : Infinity;
    // Pushed in place: copying the group for each entry made many entries in one group quadratic.
    const group = groups.get(sequence);
    if (group) group.push(fields);
    else groups.set(sequence, [fields]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1)).map(([, group]) => group);
}

// SFM's kortdosering ("1 tablett morgen og kveld", OID 9088): what a PLL dosage says when it has no text.
const SHORT_DOSAGE = 'http://ehelse.no/fhir/StructureDefinition/sfm-shortdosage';

function formatEntry(dosage: Fields, options: ResolvedFormatOptions): string {
  const short = extensions(dosage, SHORT_DOSAGE)[0];
  const given = text(dosage.text) || concept(short?.valueCodeableConcept, options) || text(short?.valueString);
  const instructions = unique([
    // Array.from, not map: a sparse array's holes must become empty strings, not stay holes.
    ...Array.from(list(dosage.additionalInstruction), (instruction) => concept(instruction, options)),
    text(dosage.patientInstruction),
  ]);
  if (given) return sentence([given, ...instructions.filter((instruction) => !contains(given, instruction))]);
  return sentence([structured(dosage, options), ...maxDoses(dosage, options), ...instructions]);
}

function structured(dosage: Fields, options: ResolvedFormatOptions): string {
  const m = messages[options.locale];
  const amount = amountOf(
    list(dosage.doseAndRate).flatMap<Fields>((entry) => element(entry) ?? []),
    options,
  );
  const how = unique([dosage.route, dosage.method, dosage.site].map((value) => concept(value, options))).join(', ');
  const reason = concept(dosage.asNeededCodeableConcept, options);
  const asNeeded = reason
    ? m.asNeededFor(reason)
    : dosage.asNeededBoolean === true || element(dosage.asNeededCodeableConcept)
      ? m.asNeeded
      : '';
  // Route, method and site in brackets after what is given, as a medication line reads; or after the rest.
  const what = amount && how ? `${amount} (${how})` : amount;
  const line = [what, asNeeded, formatTiming(dosage.timing as Timing, options)].filter(Boolean).join(' ');
  if (amount || !how) return line;
  return line ? `${line} (${how})` : how;
}

// Epic's doseAndRate types (and FHIR's own dose-rate-type codes): the same dose said three ways.
const DOSE_TYPES = ['ordered', 'admin-amount', 'calculated'] as const;
type DoseType = (typeof DOSE_TYPES)[number];

/**
 * What is given, from every doseAndRate. Untyped entries are alternatives ("1 tablett / 500 mg"). Typed
 * ones are Epic's: the ordered dose is the dose, the amount given beside it ("10 mg (= 1 tablett)"), and
 * the calculated dose only when there is nothing else, so two unlabelled doses never read as a conflict.
 */
function amountOf(entries: readonly Fields[], options: ResolvedFormatOptions): string {
  const shown = (entry: Fields): string => [dose(entry, options), rate(entry, options)].filter(Boolean).join(' ');
  const typed = new Map<DoseType, string>();
  const untyped: string[] = [];
  for (const entry of entries) {
    const amount = shown(entry);
    if (!amount) continue;
    const type = doseType(entry.type);
    if (type === undefined) untyped.push(amount);
    else if (!typed.has(type)) typed.set(type, amount);
  }
  if (typed.size === 0) return unique(untyped).join(' / ');
  const main = typed.get('ordered') ?? unique(untyped).join(' / ');
  const given = typed.get('admin-amount');
  const first = main || given || typed.get('calculated') || '';
  return given && main && comparable(given) !== comparable(main) ? `${first} (= ${given})` : first;
}

function doseType(type: unknown): DoseType | undefined {
  const fields = element(type);
  const words = [...list(fields?.coding).map((coding) => text(element(coding)?.code)), text(fields?.text)];
  for (const word of words) {
    const normal = word.toLowerCase().replace(/[\s_]+/g, '-');
    const found = DOSE_TYPES.find((known) => known === normal);
    if (found) return found;
  }
  return undefined;
}

function dose(entry: Fields, options: ResolvedFormatOptions): string {
  const range = element(entry.doseRange);
  return (
    formatQuantity(countedIfBare(entry.doseQuantity) as Quantity, options) ||
    formatRange({ low: countedIfBare(range?.low), high: countedIfBare(range?.high) } as Range, options)
  );
}

/** A dose with no unit at all counts doses ("1 dose 2 ganger daglig"), so it never reads as "1 2 ganger". */
function countedIfBare(value: unknown): unknown {
  const quantity = element(value);
  return quantity && !text(quantity.unit) && !text(quantity.code)
    ? { ...quantity, system: UCUM, code: '{dose}' }
    : value;
}

function rate(entry: Fields, options: ResolvedFormatOptions): string {
  const shown =
    formatRatio(entry.rateRatio as Ratio, options) ||
    formatRange(entry.rateRange as Range, options) ||
    formatQuantity(entry.rateQuantity as Quantity, options);
  return shown && messages[options.locale].rate(shown);
}

function maxDoses(dosage: Fields, options: ResolvedFormatOptions): string[] {
  const m = messages[options.locale];
  const unit = doseUnit(dosage);
  const perPeriod = Array.from(list(dosage.maxDosePerPeriod), (ratio) => {
    const fields = element(ratio);
    const numerator = element(fields?.numerator);
    // "2 tabletter ved behov, maks 8 per døgn": the dose already said what is counted.
    const counted =
      numerator && unit && counts(unit) && sameUnit(numerator, unit) ? { value: numerator.value } : numerator;
    return formatRatio({ numerator: counted, denominator: fields?.denominator } as Ratio, options);
  });
  const perDose = formatQuantity(dosage.maxDosePerAdministration as Quantity, options);
  const lifetime = formatQuantity(dosage.maxDosePerLifetime as Quantity, options);
  return [
    ...perPeriod.filter(Boolean).map((amount) => m.maxPerPeriod(amount)),
    perDose && m.maxPerDose(perDose),
    lifetime && m.maxPerLifetime(lifetime),
  ].filter(Boolean);
}

/** The unit of the first dose, for the maximum to leave out when it counts the same thing. */
function doseUnit(dosage: Fields): Fields | undefined {
  const entry = element(list(dosage.doseAndRate)[0]);
  const range = element(entry?.doseRange);
  return element(entry?.doseQuantity) ?? element(range?.high) ?? element(range?.low);
}

/** Whether a unit counts things (tablets, doses, drug forms) rather than measuring an amount (mg, mL). */
function counts(quantity: Fields): boolean {
  return text(quantity.system) !== UCUM || text(quantity.code).startsWith('{');
}

function sameUnit(a: Fields, b: Fields): boolean {
  const [codeA, codeB] = [text(a.code), text(b.code)];
  if (codeA && codeB) return codeA === codeB && text(a.system) === text(b.system);
  const unitA = text(a.unit);
  return unitA !== '' && unitA === text(b.unit);
}

function concept(value: unknown, options: ResolvedFormatOptions): string {
  const fields = element(value);
  if (!fields) return '';
  const shown = formatCodeableConcept(fields, options);
  return shown.replace(SNOMED_SUFFIX, '') || shown;
}

/** Whether a text already says an instruction, ignoring case, spacing and a closing full stop. */
function contains(given: string, instruction: string): boolean {
  return comparable(given).includes(comparable(instruction));
}

function comparable(value: string): string {
  return value
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
    .trim();
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = comparable(value);
    if (!value || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parts joined by commas; a part that ends a sentence is followed by a space alone. */
function sentence(parts: readonly string[]): string {
  return parts
    .filter(Boolean)
    .reduce((line, part) => (line === '' ? part : /[.!?:;]$/.test(line) ? `${line} ${part}` : `${line}, ${part}`), '');
}
