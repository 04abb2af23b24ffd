import type { Quantity, Range, Ratio } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { numberFormat } from '../i18n/intl-format.js';
import { pluralCategory } from '../i18n/plural.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { FormatOptions } from './format-options.js';

type Plural = Intl.LDMLPluralRule;

/** A unit written as a word, in its singular or plural form. */
export const word =
  (one: string, other: string) =>
  (plural: Plural): string =>
    plural === 'one' ? one : other;

export const units = defineCatalogue({
  tablet: word('tablett', 'tabletter'),
  capsule: word('kapsel', 'kapsler'),
  drop: word('dråpe', 'dråper'),
  puff: word('inhalasjon', 'inhalasjoner'),
  dose: word('dose', 'doser'),
  patch: word('plaster', 'plaster'),
  suppository: word('stikkpille', 'stikkpiller'),
  internationalUnit: word('IE', 'IE'),
  hour: word('time', 'timer'),
  // A UCUM day is 24 hours: a døgn, as Norwegian prescriptions say.
  day: word('døgn', 'døgn'),
  week: word('uke', 'uker'),
  month: word('måned', 'måneder'),
  year: word('år', 'år'),
});

export const messages = defineCatalogue({
  per: (quantity: string, unit: string) => `${quantity} per ${unit}`,
  eGFR: 'mL/min/1,73 m²',
});

type UnitWord = keyof (typeof units)['nb'];

const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** Unit text short and unspaced enough to be a symbol rather than words. */
const SYMBOL = /^\S{1,5}$/;
/** UCUM units written the same in every language, so they need no entry of their own. */
const PLAIN_ATOMS = new Set([
  'g',
  'mg',
  'kg',
  'ng',
  'L',
  'dL',
  'mL',
  'mol',
  'mmol',
  'm',
  'cm',
  'mm',
  'kPa',
  's',
  'min',
  '%',
]);

// Maps, not objects: a code such as "constructor" must not find Object.prototype.
const UCUM_WORDS = new Map<string, UnitWord>([
  ['{tbl}', 'tablet'],
  ['{tablet}', 'tablet'],
  ['{capsule}', 'capsule'],
  ['{cap}', 'capsule'],
  ['{drop}', 'drop'],
  ['{drp}', 'drop'],
  ['{puff}', 'puff'],
  ['{dose}', 'dose'],
  ['{patch}', 'patch'],
  ['{suppository}', 'suppository'],
  ['[iU]', 'internationalUnit'],
  ['[IU]', 'internationalUnit'],
  ['h', 'hour'],
  ['d', 'day'],
  ['wk', 'week'],
  ['mo', 'month'],
  ['a', 'year'],
]);

const UCUM_SYMBOLS = new Map([
  ['ug', 'µg'],
  ['l', 'L'],
  ['ml', 'mL'],
  ['dl', 'dL'],
  ['mm[Hg]', 'mmHg'],
  ['Cel', '°C'],
  ['[degF]', '°F'],
  ['m2', 'm²'],
  ['kg/m2', 'kg/m²'],
  ['10*9/L', '10⁹/L'],
  ['10*12/L', '10¹²/L'],
]);

const COMPARATORS = new Map([
  ['<', '<'],
  ['<=', '≤'],
  ['>=', '≥'],
  ['>', '>'],
]);

// Text a broken serialiser leaves behind; shown, it reads as a bug in front of a clinician.
const PLACEHOLDER = /^(?:undefined|null|nan|-?infinity|\[object \w+\])$/i;

// Fifteen significant digits: all a double holds, without 0.1 + 0.2 showing its rounding error.
const NUMBER: Intl.NumberFormatOptions = { maximumSignificantDigits: 15 };

// FHIR's decimal, a little more lenient: a numeric string keeps a value that was sent as text.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A UCUM annotation such as "{tbl}", also one left unclosed, or a stray closing brace. */
const ANNOTATION = /\{[^}]*\}?|\}/g;

interface Reading {
  readonly value: number;
  readonly comparator: string;
  readonly unit: UnitSource | undefined;
}

/** The unit as written: human text, or a UCUM code to make readable. */
interface UnitSource {
  readonly text: string;
  readonly ucum: boolean;
}

interface Label {
  readonly text: string;
  /** Written as a word (tablett, døgn) rather than a symbol (mg, mL). */
  readonly word: boolean;
}

/**
 * A number the way the locale writes it, with no trailing zeros: "2,5" for 2.50, "0,5", "12 345".
 * Numeric strings are read as FHIR decimals; empty for anything that is not a finite number.
 */
export function formatNumber(value: number | string | undefined, options?: FormatOptions): string {
  const number = toNumber(value);
  return number === undefined ? '' : formatFinite(number, resolveLocale(options?.locale));
}

/**
 * A FHIR Quantity: "< 5 mg", "2,5 mL", "2 tabletter", "120 mmHg". The `unit` text wins; without it,
 * a UCUM code is made readable (ug → µg, Cel → °C, {tbl} → tablett); annotations are never shown
 * in braces. Empty when there is no number.
 */
export function formatQuantity(quantity: Quantity | undefined, options?: FormatOptions): string {
  const reading = read(quantity);
  return reading ? show(reading, resolveLocale(options?.locale)) : '';
}

/**
 * A FHIR Range: "2–4 mg" with one unit, "2 mg – 4 g" with two, "≥ 2 mg" or "≤ 4 mg" when one end
 * is open. Empty when neither end has a number.
 */
export function formatRange(range: Range | undefined, options?: FormatOptions): string {
  const locale = resolveLocale(options?.locale);
  // SimpleQuantity has no comparator: the range's ends are the limits.
  const low = withoutComparator(read(range?.low));
  const high = withoutComparator(read(range?.high));
  if (low && high) {
    if (!low.unit || !high.unit || (low.unit.text === high.unit.text && low.unit.ucum === high.unit.ucum)) {
      // A spaced dash keeps "−4 – −2" from reading as one number.
      const dash = low.value < 0 || high.value < 0 ? ' – ' : '–';
      const numbers = `${formatFinite(low.value, locale)}${dash}${formatFinite(high.value, locale)}`;
      return withUnit(numbers, label(high.unit ?? low.unit, high.value, locale).text, locale);
    }
    return `${show(low, locale)} – ${show(high, locale)}`;
  }
  if (low) return `≥ ${show(low, locale)}`;
  if (high) return `≤ ${show(high, locale)}`;
  return '';
}

/**
 * A FHIR Ratio: "5 mg/5 mL". A denominator of one unit drops its 1: a word unit reads with "per"
 * ("2 tabletter per døgn"), a symbol with a slash ("5 mg/mL"); a bare 1 leaves the numerator alone.
 * Without a denominator the numerator is shown; without a numerator, nothing.
 */
export function formatRatio(ratio: Ratio | undefined, options?: FormatOptions): string {
  const locale = resolveLocale(options?.locale);
  const numerator = read(ratio?.numerator);
  const denominator = read(ratio?.denominator);
  if (!numerator) return '';
  const top = show(numerator, locale);
  if (!denominator) return top;
  if (denominator.value === 1 && !denominator.comparator) {
    const unit = label(denominator.unit, 1, locale);
    if (!unit.text) return top;
    return unit.word ? messages[locale].per(top, unit.text) : `${top}/${unit.text.replace(/^\//, '')}`;
  }
  return `${top}/${show(denominator, locale)}`;
}

function read(quantity: Quantity | undefined): Reading | undefined {
  const value = toNumber(quantity?.value);
  if (value === undefined) return undefined;
  return { value, comparator: COMPARATORS.get(quantity?.comparator ?? '') ?? '', unit: unitSource(quantity) };
}

function withoutComparator(reading: Reading | undefined): Reading | undefined {
  return reading && { ...reading, comparator: '' };
}

function unitSource(quantity: Quantity | undefined): UnitSource | undefined {
  const ucum = quantity?.system === UCUM_SYSTEM;
  const code = text(quantity?.code);
  const unit = text(quantity?.unit);
  // A UCUM code we can write in the reader's language beats unit words in whatever language the
  // sender wrote ("milligram per minute" in a Norwegian record reads "mg/min", "tablet" reads
  // "tablett"); unit text that is a symbol ("mg", "mmHg") is kept as written.
  if (ucum && code && readableUcum(code) && !(unit && SYMBOL.test(unit))) return { text: code, ucum };
  // A unit that is really a UCUM code (copied from `code`, or with brackets) is made readable too.
  if (unit) return { text: unit, ucum: /[[\]{}]/.test(unit) || (ucum && unit === code) };
  return ucum && code ? { text: code, ucum } : undefined;
}

function show({ value, comparator, unit }: Reading, locale: Locale): string {
  const shown = withUnit(formatFinite(value, locale), label(unit, value, locale).text, locale);
  return comparator ? `${comparator} ${shown}` : shown;
}

function withUnit(number: string, unit: string, locale: Locale): string {
  if (!unit) return number;
  // "72/min"; and English writes "5%" where Norwegian writes "5 %".
  if (unit.startsWith('/') || (unit === '%' && locale === 'en')) return number + unit;
  return `${number} ${unit}`;
}

function label(unit: UnitSource | undefined, count: number, locale: Locale): Label {
  if (!unit) return { text: '', word: false };
  return unit.ucum ? ucumLabel(unit.text, count, locale) : { text: unit.text, word: false };
}

/** A UCUM code made readable: one known unit, or each part of a quotient ("mg/d" → "mg/døgn"). */
function ucumLabel(code: string, count: number, locale: Locale): Label {
  const whole = knownUnit(code, count, locale);
  if (whole) return whole;
  const text = code
    .split('/')
    .map((part) => knownUnit(part, 1, locale)?.text ?? part.replace(ANNOTATION, ''))
    // A dropped annotation leaves no empty part behind: "mL/min/{x}" → "mL/min", but "/min" stays.
    .filter((part, index) => index === 0 || part !== '')
    .join('/');
  return { text: text.trim(), word: false };
}

/** Whether every part of a UCUM code is one we know how to write, or a plain symbol such as "mg". */
function readableUcum(code: string): boolean {
  return code
    .split('/')
    .every((part, index) => (index > 0 && part === '') || PLAIN_ATOMS.has(part) || knownUnit(part, 1, 'nb'));
}

function knownUnit(code: string, count: number, locale: Locale): Label | undefined {
  if (code === 'mL/min/{1.73_m2}') return { text: messages[locale].eGFR, word: false };
  for (const candidate of [code, code.replace(ANNOTATION, '')]) {
    const key = UCUM_WORDS.get(candidate);
    if (key) return { text: units[locale][key](pluralCategory(locale, count)), word: true };
    const symbol = UCUM_SYMBOLS.get(candidate);
    if (symbol) return { text: symbol, word: false };
  }
  return undefined;
}

function formatFinite(value: number, locale: Locale): string {
  // -0 would be shown as "−0".
  return numberFormat(locale, NUMBER).format(Object.is(value, -0) ? 0 : value);
}

function toNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

function text(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed && !PLACEHOLDER.test(trimmed) ? trimmed : undefined;
}
