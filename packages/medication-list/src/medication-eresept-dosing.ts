// The e-prescription's structured dosing (sfm-reseptamendment → ereseptdosing → repeatingdosage), for
// a PLL statement with no dosage text and no kortdosering. Each dosing period becomes FHIR Dosages, so
// core's formatter says it in the reader's language: "1 tablett om morgenen og 1 tablett om kvelden".
import type { Dosage } from 'fhir/r4.js';
import { formatDosage, untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';
import { sfmExtensions, subExtension } from './medication-sfm.js';

const { element, extensions, list, text } = untrusted;
type Fields = untrusted.Fields;

type TimeUnit = 'min' | 'h' | 'd' | 'wk' | 'mo';

// E-resept's units of interval, in the words prescribing systems send ("Døgn") and UCUM's codes.
const INTERVAL_UNITS: readonly [RegExp, TimeUnit][] = [
  [/^(?:min|minutt(?:er)?|minutes?)$/i, 'min'],
  [/^(?:h|time|timar|timer|hours?)$/i, 'h'],
  [/^(?:d|dag|dagar|dager|døgn|days?)$/i, 'd'],
  [/^(?:wk|uke|uker|veke|veker|weeks?)$/i, 'wk'],
  [/^(?:mo|måned|måneder|månad|månader|months?)$/i, 'mo'],
];

// Tidsrom, OID 2.16.578.1.12.4.1.1.8325, as FHIR's EventTiming.
const TIME_RANGES = new Map<string, string>([
  ['1', 'MORN'],
  ['2', 'MORN.late'],
  ['3', 'NOON'],
  ['4', 'AFT'],
  ['5', 'EVE'],
  ['6', 'NIGHT'],
]);
const TIME_RANGE_WORDS: readonly [RegExp, string][] = [
  [/^morgen$/i, 'MORN'],
  [/^formiddag$/i, 'MORN.late'],
  [/^midt på dagen$/i, 'NOON'],
  [/^ettermiddag$/i, 'AFT'],
  [/^kveld$/i, 'EVE'],
  [/^natt$/i, 'NIGHT'],
];

/** One line per dosing period of the prescription; empty when it has none that can be read. */
export function ereseptDosageLines(resources: readonly (Fields | undefined)[], context: Context): string[] {
  for (const fields of resources) {
    const amendment = sfmExtensions(fields, 'sfm-reseptamendment')[0];
    const lines = extensions(amendment, 'ereseptdosing')
      .map((period) => formatDosage(dosagesOf(period), context.format))
      .filter(Boolean);
    if (lines.length > 0) return lines;
  }
  return [];
}

/**
 * The doses of each dosing period of the first prescription that has any, for a view that reads each
 * dose (the day view). The period's bounds are on its last dose, as `formatDosage` says them.
 */
export function ereseptPeriodDosages(resources: readonly (Fields | undefined)[]): Dosage[][] {
  for (const fields of resources) {
    const amendment = sfmExtensions(fields, 'sfm-reseptamendment')[0];
    const periods = extensions(amendment, 'ereseptdosing')
      .map(dosagesOf)
      .filter((dosages) => dosages.length > 0);
    if (periods.length > 0) return periods;
  }
  return [];
}

function dosagesOf(period: Fields): Dosage[] {
  const unit = unitWords(subExtension(period, 'unit'));
  const start = dateOf(subExtension(period, 'starttime'));
  const end = dateOf(subExtension(period, 'endtime'));
  const dosages = extensions(period, 'repeatingdosage').flatMap((repeating) => {
    const dose = amountOf(subExtension(repeating, 'amount'), unit);
    if (!dose) return [];
    const when = timeRangeOf(subExtension(repeating, 'timerange'));
    const interval = intervalOf(subExtension(repeating, 'interval'));
    // A time of day already says "every day"; only another interval needs saying.
    const every = interval && !(when && interval.period === 1 && interval.periodUnit === 'd') ? interval : undefined;
    const repeat = { ...(when ? { when: [when] } : {}), ...(every ? { frequency: 1, ...every } : {}) };
    return [{ sequence: 1, doseAndRate: [{ doseQuantity: dose }], timing: { repeat } } as Dosage];
  });
  // The period's bounds once, after the last dose: "… og 1 tablett om kvelden fra … til …".
  const last = dosages.at(-1);
  if (last && (start || end)) {
    const repeat = last.timing?.repeat ?? {};
    last.timing = { repeat: { ...repeat, boundsPeriod: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } };
  }
  return dosages;
}

function amountOf(extension: Fields | undefined, unit: string): Fields | undefined {
  const quantity = element(extension?.valueQuantity);
  const value = typeof quantity?.value === 'number' ? quantity.value : extension?.valueDecimal;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const named = text(quantity?.unit) || unit;
  return named ? { value, unit: named.toLowerCase() } : { value };
}

function unitWords(extension: Fields | undefined): string {
  const concept = element(extension?.valueCodeableConcept);
  const coding = element(extension?.valueCoding) ?? element(list(concept?.coding)[0]);
  return text(extension?.valueString) || text(concept?.text) || text(coding?.display);
}

function intervalOf(extension: Fields | undefined): { period: number; periodUnit: TimeUnit } | undefined {
  const quantity = element(extension?.valueDuration) ?? element(extension?.valueQuantity);
  const written = text(extension?.valueString);
  const [, amount = '1', word = ''] = /^(\d+(?:[.,]\d+)?)?\s*(\S+)$/.exec(written) ?? [];
  const period = quantity ? quantity.value : Number(amount.replace(',', '.'));
  const unitWord = quantity ? text(quantity.code) || text(quantity.unit) : word;
  const periodUnit = INTERVAL_UNITS.find(([pattern]) => pattern.test(unitWord))?.[1];
  if (typeof period !== 'number' || !Number.isFinite(period) || period <= 0 || !periodUnit) return undefined;
  return { period, periodUnit };
}

function timeRangeOf(extension: Fields | undefined): string | undefined {
  const concept = element(extension?.valueCodeableConcept);
  for (const coding of [element(extension?.valueCoding), ...list(concept?.coding).map(element)]) {
    const known = TIME_RANGES.get(text(coding?.code));
    if (known) return known;
    const byWords = TIME_RANGE_WORDS.find(([pattern]) => pattern.test(text(coding?.display)))?.[1];
    if (byWords) return byWords;
  }
  return TIME_RANGE_WORDS.find(([pattern]) => pattern.test(text(concept?.text)))?.[1];
}

function dateOf(extension: Fields | undefined): string | undefined {
  const value = text(extension?.valueDate) || text(extension?.valueDateTime);
  return value || undefined;
}
