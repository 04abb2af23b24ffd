import { defineCatalogue } from '../i18n/catalogue.js';
import { dateTimeFormat, type DateTimeFormatter } from '../i18n/intl-format.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import {
  daysBetween,
  daysInMonth,
  dayIn,
  fromWallTime,
  inFhirYears,
  resolveTimeZone,
  wallTime,
  type CalendarDay,
} from './zone-clock.js';

export type PartialDatePrecision = 'year' | 'month' | 'day' | 'time';

/**
 * A FHIR `date`, `dateTime` or `instant` as the stretch of time it covers, `end` exclusive: "2019"
 * is all of 2019. A value without a time is a calendar date, not an instant, so it runs from midnight
 * to midnight in the time zone it is read in (Europe/Oslo unless told): "7 May" on a Norwegian
 * timeline is a Norwegian day, 23 or 25 hours long when the clocks change. A value with a time is
 * the instant its offset says and spans its last written unit (a minute, a second or a millisecond);
 * without an offset, which FHIR forbids but servers send, it is read as wall-clock time in that zone.
 */
export interface PartialDate {
  readonly precision: PartialDatePrecision;
  readonly start: Date;
  readonly end: Date;
}

/** Format options with every default filled in and every unusable value replaced. */
export interface ResolvedFormatOptions {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly now: Date;
}

export const messages = defineCatalogue({
  dateAndTime: (date: string, time: string) => `${date} kl. ${time}`,
  yesterday: 'i går',
  today: 'i dag',
  tomorrow: 'i morgen',
});

const RELATIVE_DAYS = new Map<number, 'yesterday' | 'today' | 'tomorrow'>([
  [-1, 'yesterday'],
  [0, 'today'],
  [1, 'tomorrow'],
]);

// FHIR's date, dateTime and instant, read leniently: seconds and the offset may be left out.
const FHIR_DATE = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const STYLES = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

interface Fields extends CalendarDay {
  readonly precision: PartialDatePrecision;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC; undefined when the value has none. */
  readonly offset: number | undefined;
  /** How long the last written unit of a time is, in milliseconds. */
  readonly span: number;
}

/** Reads a FHIR `date`, `dateTime` or `instant`; undefined for anything else. See {@link PartialDate}. */
export function parsePartialDate(value: string | undefined, timeZone?: string): PartialDate | undefined {
  const fields = readFields(value);
  return fields && toRange(fields, resolveTimeZone(timeZone));
}

/**
 * A FHIR date at the precision it has: "2019", "mars 2019", "7. mai 2024", "7. mai 2024 kl. 15:05".
 * Times are shown in `options.timeZone`; a date without a time is shown as written, never shifted a
 * day by a time zone. Empty for anything that is not a FHIR date.
 */
export function formatDate(value: string | undefined, options?: FormatOptions): string {
  const fields = readFields(value);
  if (!fields) return '';
  const { locale, timeZone } = resolveFormatOptions(options);
  if (fields.precision !== 'time') {
    // The calendar date itself, read and shown in UTC so no zone can move it.
    const date = wallTime(fields.year, fields.month, fields.day);
    return styled(locale, 'UTC', fields.precision).format(date);
  }
  return dateAndTime(toRange(fields, timeZone).start, locale, timeZone);
}

/** Only the time of day of a FHIR dateTime or instant ("15:05"); empty when it has no time. */
export function formatTime(value: string | undefined, options?: FormatOptions): string {
  const fields = readFields(value);
  if (fields?.precision !== 'time') return '';
  const { locale, timeZone } = resolveFormatOptions(options);
  return timeOf(toRange(fields, timeZone).start, locale, timeZone);
}

/**
 * "i dag", "i går" or "i morgen" for a date on, just before or just after the calendar day of
 * `options.now`, keeping the time when the value has one ("i går kl. 15:05"); otherwise, and for a
 * year or a month, the same text as {@link formatDate}.
 */
export function formatRelativeDay(value: string | undefined, options?: FormatOptions): string {
  const fields = readFields(value);
  if (fields?.precision !== 'day' && fields?.precision !== 'time') return formatDate(value, options);
  const { locale, timeZone, now } = resolveFormatOptions(options);
  const instant = fields.precision === 'time' ? toRange(fields, timeZone).start : undefined;
  const day = instant ? dayIn(instant.getTime(), timeZone) : fields;
  const relative = RELATIVE_DAYS.get(daysBetween(dayIn(now.getTime(), timeZone), day));
  if (relative === undefined) return formatDate(value, options);
  const label = messages[locale][relative];
  if (!instant) return label;
  return messages[locale].dateAndTime(label, timeOf(instant, locale, timeZone));
}

/** Fills in the defaults and replaces what cannot be used, so a formatter never throws on its options. */
export function resolveFormatOptions(options?: FormatOptions): ResolvedFormatOptions {
  const now = options?.now;
  return {
    locale: resolveLocale(options?.locale),
    timeZone: resolveTimeZone(options?.timeZone),
    now: inFhirYears(now) ? now : new Date(),
  };
}

function readFields(value: unknown): Fields | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const match = FHIR_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const [year, month, day] = [Number(y), Number(mo ?? 1), Number(d ?? 1)];
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  const offset = readOffset(zone);
  const valid =
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 &&
    offset !== null;
  if (!valid) return undefined;
  return {
    precision: h !== undefined ? 'time' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year',
    year,
    month,
    day,
    hour,
    minute,
    // A leap second is shown as the last second of its minute.
    second: Math.min(second, 59),
    millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
    offset,
    span: fraction !== undefined ? 1 : s !== undefined ? SECOND : MINUTE,
  };
}

/** Minutes east of UTC, undefined when there is no offset, null when it is out of range. */
function readOffset(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined;
  if (zone === 'Z') return 0;
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
  // Offsets run from -14:00 to +14:00.
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function toRange(fields: Fields, timeZone: string): PartialDate {
  const { precision, year, month, day } = fields;
  if (precision === 'time') {
    const wall = wallTime(year, month, day, fields.hour, fields.minute, fields.second, fields.millisecond);
    const start = fields.offset === undefined ? fromWallTime(wall, timeZone) : wall - fields.offset * MINUTE;
    return { precision, start: new Date(start), end: new Date(start + fields.span) };
  }
  const [first, next] =
    precision === 'year'
      ? [wallTime(year, 1, 1), wallTime(year + 1, 1, 1)]
      : precision === 'month'
        ? [wallTime(year, month, 1), wallTime(year, month + 1, 1)]
        : [wallTime(year, month, day), wallTime(year, month, day + 1)];
  return { precision, start: new Date(fromWallTime(first, timeZone)), end: new Date(fromWallTime(next, timeZone)) };
}

function dateAndTime(instant: Date, locale: Locale, timeZone: string): string {
  const date = styled(locale, timeZone, 'day').format(instant);
  return messages[locale].dateAndTime(date, timeOf(instant, locale, timeZone));
}

function timeOf(instant: Date, locale: Locale, timeZone: string): string {
  return styled(locale, timeZone, 'time').format(instant);
}

// Core builds each format once; this short key skips building its options key on every call, which
// would cost a timeline of thousands of dates more than the formatting itself.
const formats = new Map<string, DateTimeFormatter>();

function styled(locale: Locale, timeZone: string, style: keyof typeof STYLES): DateTimeFormatter {
  const key = `${locale} ${timeZone} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = dateTimeFormat(locale, { ...STYLES[style], timeZone });
    formats.set(key, format);
  }
  return format;
}
