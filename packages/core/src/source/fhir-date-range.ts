// FHIR dates have a precision (a year, a month, a day, a minute, a second…), so every value is a
// range of instants, not one instant. Search compares these ranges, never the strings.

/** The instants a value covers, in epoch milliseconds: from `start` (inclusive) to `end` (exclusive). */
export interface DateRange {
  readonly start: number;
  readonly end: number;
}

/** The date prefixes this module understands; `ap` is left out because its tolerance is server-defined. */
export const DATE_PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;

export type DatePrefix = (typeof DATE_PREFIXES)[number];

const DATE_TIME =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const DAY = 86_400_000;

/**
 * The range a FHIR `date`, `dateTime` or `instant` covers: `2015` is the whole year, `2015-01-15` the
 * whole day, `2015-01-15T10:00:00+01:00` one second. Values without a time zone (dates, and times in
 * search values) are read as UTC, so a search answers the same on every machine; the spec leaves
 * that zone to the server. `undefined` when the text is not a valid FHIR date.
 */
export function dateRange(value: string): DateRange | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (year < 1 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  if (month === undefined) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  if (day === undefined) return { start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  if (day < 1 || day > daysIn(year, month)) return undefined;
  if (h === undefined || mi === undefined) {
    const start = utc(year, month - 1, day);
    return { start, end: start + DAY };
  }
  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const start = utc(year, month - 1, day, hour, minute, second, millis) - offsetOf(zone);
  return { start, end: start + precisionOf(s, fraction) };
}

/** A Period's range; a missing start or end is open (an ongoing plan has no end yet). */
export function periodRange(start: string | undefined, end: string | undefined): DateRange | undefined {
  if (start === undefined && end === undefined) return undefined;
  const from = start === undefined ? { start: -Infinity } : dateRange(start);
  const to = end === undefined ? { end: Infinity } : dateRange(end);
  return from && to ? { start: from.start, end: to.end } : undefined;
}

/**
 * Whether a resource's range satisfies `prefix` against the search value's range, as FHIR R4 search
 * defines each prefix on ranges: `eq` lies within the search range (`eq2015` matches `2015-03-01`, not
 * a Period running into 2016); `gt` ends after it and `lt` starts before it; `ge` and `le` add `eq`;
 * `sa` starts after it ends and `eb` ends before it starts. So `ge`…`le` finds what overlaps a window
 * and `sa`…`eb` what lies between two dates.
 */
export function rangeMatches(prefix: DatePrefix, search: DateRange, target: DateRange): boolean {
  const contains = search.start <= target.start && target.end <= search.end;
  switch (prefix) {
    case 'eq':
      return contains;
    case 'ne':
      return !contains;
    case 'gt':
      return target.end > search.end;
    case 'lt':
      return target.start < search.start;
    case 'ge':
      return contains || target.end > search.end;
    case 'le':
      return contains || target.start < search.start;
    case 'sa':
      return target.start >= search.end;
    case 'eb':
      return target.end <= search.start;
  }
}

// `Date.UTC` maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

function daysIn(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

function offsetOf(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}

function precisionOf(seconds: string | undefined, fraction: string | undefined): number {
  if (seconds === undefined) return 60_000;
  if (fraction === undefined) return 1000;
  return 10 ** Math.max(0, 3 - fraction.length);
}
