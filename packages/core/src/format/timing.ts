import type { CodeableConcept, Timing } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';
import { formatCodeableConcept } from './codeable-concept.js';
import type { FormatOptions } from './format-options.js';
import { formatDate, resolveFormatOptions, type ResolvedFormatOptions } from './partial-date.js';
import { formatPeriod } from './period.js';
import { formatNumber, formatQuantity, formatRange } from './quantity.js';
import { formatWhen } from './timing-when.js';
import { type Fields, element, list, text, texts } from './untrusted.js';

/** UCUM's units of time, the codes FHIR's periodUnit and durationUnit take. */
const TIME_UNITS = ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'] as const;
type TimeUnit = (typeof TIME_UNITS)[number];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const word =
  (one: string, other: string) =>
  (count: number): string =>
    count === 1 ? one : other;

// Days, not døgn: "i 7 dager" is how a course is counted.
export const unitWords = defineCatalogue({
  s: word('sekund', 'sekunder'),
  min: word('minutt', 'minutter'),
  h: word('time', 'timer'),
  d: word('dag', 'dager'),
  wk: word('uke', 'uker'),
  mo: word('måned', 'måneder'),
  a: word('år', 'år'),
});

/** "Once in each unit": "2 ganger daglig", "3 ganger i uken". */
export const perUnit = defineCatalogue({
  s: 'i sekundet',
  min: 'i minuttet',
  h: 'i timen',
  d: 'daglig',
  wk: 'i uken',
  mo: 'i måneden',
  a: 'i året',
});

// Norwegian counts every nth with an ordinal ("hver 8. time"); a neuter unit takes hvert/kvart.
export const everyNth = defineCatalogue({
  s: (nth: string) => `hvert ${nth} sekund`,
  min: (nth: string) => `hvert ${nth} minutt`,
  h: (nth: string) => `hver ${nth} time`,
  d: (nth: string) => `hver ${nth} dag`,
  wk: (nth: string) => `hver ${nth} uke`,
  mo: (nth: string) => `hver ${nth} måned`,
  a: (nth: string) => `hvert ${nth} år`,
});

export const weekdays = defineCatalogue({
  mon: 'mandag',
  tue: 'tirsdag',
  wed: 'onsdag',
  thu: 'torsdag',
  fri: 'fredag',
  sat: 'lørdag',
  sun: 'søndag',
});

export const messages = defineCatalogue({
  ordinal: (low: string, high: string | undefined) => (high ? `${low}.–${high}.` : `${low}.`),
  times: (count: number, shown: string) => (count === 1 ? `${shown} gang` : `${shown} ganger`),
  timesRange: (shown: string) => `${shown} ganger`,
  perAmount: (amount: string) => `per ${amount}`,
  total: (count: number, shown: string) => (count === 1 ? 'kun 1 gang' : `${shown} ganger totalt`),
  totalRange: (shown: string) => `${shown} ganger totalt`,
  duration: (amount: string) => `over ${amount}`,
  bounds: (amount: string) => `i ${amount}`,
  fromTo: (start: string, end: string) => `fra ${start} til ${end}`,
  atTimes: (times: string) => `kl. ${times}`,
  everyWeekday: (days: string) => `hver ${days}`,
  and: 'og',
});

const ABBREVIATION_SYSTEMS = new Set([
  '',
  'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation',
  'http://hl7.org/fhir/timing-abbreviation',
]);

// Timing.code's common abbreviations, as the repeat they stand for, so they read like one.
const ABBREVIATIONS = new Map<string, Fields>([
  ['QD', { frequency: 1, period: 1, periodUnit: 'd' }],
  ['BID', { frequency: 2, period: 1, periodUnit: 'd' }],
  ['TID', { frequency: 3, period: 1, periodUnit: 'd' }],
  ['QID', { frequency: 4, period: 1, periodUnit: 'd' }],
  ['QOD', { frequency: 1, period: 2, periodUnit: 'd' }],
  ['WK', { frequency: 1, period: 1, periodUnit: 'wk' }],
  ['MO', { frequency: 1, period: 1, periodUnit: 'mo' }],
  ['AM', { when: ['MORN'] }],
  ['PM', { when: ['AFT'] }],
  ['BED', { when: ['HS'] }],
]);

const EVERY_N_HOURS = /^Q(\d{1,2})H$/;

const DECIMAL = /^\+?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

// A time of day as a four-digit code or with a colon: "0800", "21:00".
const HHMM = /^([01]\d|2[0-3]):?([0-5]\d)$/;

// FHIR's time type; seconds are shown only when they say something.
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;

/**
 * A FHIR Timing as a phrase that follows a dose: "2 ganger daglig", "hver 8. time", "1–2 ganger
 * daglig før frokost", "hver mandag og torsdag kl. 08:00", "over 30 minutter", then the bounds
 * ("i 7 dager", "fra … til …"), the events and the count ("3 ganger totalt"). `code` is read when the
 * repeat does not say how often: a known abbreviation (BID, TID, Q8H…) in words, any other code as its
 * text. Empty when nothing is usable.
 */
export function formatTiming(timing: Timing | undefined, options?: FormatOptions): string {
  const fields = element(timing);
  if (!fields) return '';
  const resolved = resolveFormatOptions(options);
  const { locale } = resolved;
  const given = element(fields.repeat) ?? {};
  // Epic names an administration time as a code ("0800"): the time of day the repeat leaves out.
  const codeTimes = texts(given.timeOfDay).length === 0 ? administrationTimes(fields.code) : undefined;
  const repeat = codeTimes ? { ...given, timeOfDay: codeTimes } : given;
  const often = howOften(repeat, locale) || (codeTimes ? '' : fromCode(fields.code, locale, resolved));
  const events = texts(fields.event).map((event) => formatDate(event, resolved));
  return [
    [often, duration(repeat, locale), bounds(repeat, locale, resolved)].filter(Boolean).join(' '),
    joinList(events.filter(Boolean), locale),
    count(repeat, locale),
  ]
    .filter(Boolean)
    .join(', ');
}

/** Frequency, time of day and days of the week: what the abbreviations in `code` stand for. */
function howOften(repeat: Fields, locale: Locale): string {
  const m = messages[locale];
  const offset = positive(repeat.offset);
  const days = WEEKDAYS.filter((day) => texts(repeat.dayOfWeek).includes(day)).map((day) => weekdays[locale][day]);
  const times = [...new Set(texts(repeat.timeOfDay).flatMap((time) => timeOfDay(time) ?? []))].sort();
  return [
    frequency(repeat, locale),
    joinList(formatWhen(texts(repeat.when), offset ? amountOf(offset, 'min', locale) : '', locale), locale),
    days.length ? m.everyWeekday(joinList(days, locale)) : '',
    times.length ? m.atTimes(joinList(times, locale)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function fromCode(code: unknown, locale: Locale, options: ResolvedFormatOptions): string {
  for (const coding of list(element(code)?.coding)) {
    const fields = element(coding);
    if (!ABBREVIATION_SYSTEMS.has(text(fields?.system))) continue;
    const abbreviation = text(fields?.code).toUpperCase();
    const hours = EVERY_N_HOURS.exec(abbreviation)?.[1];
    const repeat = hours ? { period: Number(hours), periodUnit: 'h' } : ABBREVIATIONS.get(abbreviation);
    if (repeat) return howOften(repeat, locale);
  }
  return formatCodeableConcept(code as CodeableConcept, options);
}

/**
 * The times of day a code names the way Epic's do: "0800", "0800 2100", "08:00"; undefined unless every
 * word is a plausible time (00:00–23:59), so a year or another code is never read as one.
 */
function administrationTimes(code: unknown): string[] | undefined {
  const fields = element(code);
  // Array.from, not map: a sparse list's holes must read as empty, never be skipped into `undefined`.
  const candidates = [
    text(fields?.text),
    ...Array.from(list(fields?.coding), (coding) => text(element(coding)?.display)),
  ];
  for (const candidate of candidates) {
    const words = candidate.split(/[\s,;/]+|\bog\b|\band\b/).filter(Boolean);
    const times = words.map((word) => HHMM.exec(word)).map((match) => (match ? `${match[1]}:${match[2]}` : undefined));
    if (times.length > 0 && times.every((time): time is string => time !== undefined)) return times;
  }
  return undefined;
}

/** "2 ganger daglig", "hver 8. time", "1–2 ganger hver 4.–6. time"; a bare "2 ganger" without a period. */
function frequency(repeat: Fields, locale: Locale): string {
  const m = messages[locale];
  const given = positive(repeat.frequency);
  const low = given ?? 1;
  const high = above(positive(repeat.frequencyMax), low);
  const times = high === undefined ? m.times(low, number(low, locale)) : m.timesRange(range(low, high, locale));
  const unit = timeUnit(repeat.periodUnit);
  // Without a unit a period says nothing; a unit without a period is one of it.
  if (!unit) return given !== undefined || high !== undefined ? times : '';
  const period = positive(repeat.period) ?? 1;
  const periodMax = above(positive(repeat.periodMax), period);
  if (period === 1 && periodMax === undefined) return `${times} ${perUnit[locale][unit]}`;
  if (!Number.isInteger(period) || (periodMax !== undefined && !Number.isInteger(periodMax))) {
    // "1 gang per 1,5 dager": an ordinal needs a whole number.
    const amount = `${range(period, periodMax, locale)} ${unitWords[locale][unit](periodMax ?? period)}`;
    return `${times} ${m.perAmount(amount)}`;
  }
  const nth = m.ordinal(number(period, locale), periodMax === undefined ? undefined : number(periodMax, locale));
  // "hver 8. time", not "1 gang hver 8. time".
  return low === 1 && high === undefined ? everyNth[locale][unit](nth) : `${times} ${everyNth[locale][unit](nth)}`;
}

/** How long each administration lasts: "over 30 minutter". */
function duration(repeat: Fields, locale: Locale): string {
  const unit = timeUnit(repeat.durationUnit);
  const low = positive(repeat.duration);
  if (!unit || low === undefined) return '';
  const high = above(positive(repeat.durationMax), low);
  return messages[locale].duration(`${range(low, high, locale)} ${unitWords[locale][unit](high ?? low)}`);
}

/** How many times in all: "3 ganger totalt", "kun 1 gang". */
function count(repeat: Fields, locale: Locale): string {
  const m = messages[locale];
  const low = positive(repeat.count);
  const high = above(positive(repeat.countMax), low ?? 1);
  if (high !== undefined) return m.totalRange(range(low ?? 1, high, locale));
  return low === undefined ? '' : m.total(low, number(low, locale));
}

/** How long the whole course runs: "i 7 dager", "i 5–7 dager", "fra 16. januar 2015 til 20. januar 2015". */
function bounds(repeat: Fields, locale: Locale, options: ResolvedFormatOptions): string {
  const m = messages[locale];
  const span = element(repeat.boundsDuration);
  if (span) {
    const amount = timeAmount(span, locale) ?? formatQuantity(span, options);
    return amount && m.bounds(amount);
  }
  const spread = element(repeat.boundsRange);
  if (spread) {
    const amount = timeRange(element(spread.low), element(spread.high), locale) ?? formatRange(spread, options);
    return amount && m.bounds(amount);
  }
  const period = element(repeat.boundsPeriod);
  if (!period) return '';
  const [start, end] = [formatDate(period.start as string, options), formatDate(period.end as string, options)];
  return start && end && start !== end ? m.fromTo(start, end) : formatPeriod(period, options);
}

/** A Duration in a unit of time, in words ("7 dager"); undefined for any other unit. */
function timeAmount(quantity: Fields, locale: Locale): string | undefined {
  const value = positive(quantity.value);
  const unit = timeUnit(quantity.code) ?? timeUnit(quantity.unit);
  return value !== undefined && unit ? amountOf(value, unit, locale) : undefined;
}

function timeRange(low: Fields | undefined, high: Fields | undefined, locale: Locale): string | undefined {
  const from = positive(low?.value);
  const to = positive(high?.value);
  const unit = timeUnit(high?.code) ?? timeUnit(high?.unit);
  const same = unit !== undefined && (timeUnit(low?.code) ?? timeUnit(low?.unit)) === unit;
  if (from === undefined || to === undefined || !same) return undefined;
  return `${range(from, above(to, from), locale)} ${unitWords[locale][unit](to)}`;
}

function amountOf(value: number, unit: TimeUnit, locale: Locale): string {
  // Offsets come in minutes; whole hours read better as hours.
  if (unit === 'min' && value >= 60 && value % 60 === 0) return amountOf(value / 60, 'h', locale);
  return `${number(value, locale)} ${unitWords[locale][unit](value)}`;
}

/** "08:00" from FHIR's "08:00:00"; undefined for anything that is not a time of day. */
function timeOfDay(value: string): string | undefined {
  const match = TIME_OF_DAY.exec(value);
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  return seconds && seconds !== '00' ? `${hours}:${minutes}:${seconds}` : `${hours}:${minutes}`;
}

function timeUnit(value: unknown): TimeUnit | undefined {
  return TIME_UNITS.find((unit) => unit === text(value));
}

/** A positive, finite number; FHIR sends numbers, but a decimal sent as a string is read too. */
function positive(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** The upper end of a range, kept only when it is above the lower. */
function above(high: number | undefined, low: number | undefined): number | undefined {
  return high !== undefined && (low === undefined || high > low) ? high : undefined;
}

function number(value: number, locale: Locale): string {
  return formatNumber(value, { locale });
}

function range(low: number, high: number | undefined, locale: Locale): string {
  return high === undefined ? number(low, locale) : `${number(low, locale)}–${number(high, locale)}`;
}

/** "a, b og c". */
function joinList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${messages[locale].and} ${items.at(-1) ?? ''}`;
}
