// The clock and calendar of a time zone: which day and hour an instant is on the wall in Oslo, and
// which instant a wall-clock time is. Days are 23 or 25 hours long when the clocks change, so
// nothing here adds 24 hours; every reading goes through Intl with the zone's rules.
import { DEFAULT_TIME_ZONE } from './format-options.js';

/** A day on the calendar; `month` is 1–12. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a wall clock in a zone shows at an instant; `weekday` 0 is Monday, 6 Sunday. */
export interface WallClock extends CalendarDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;

/** A wall-clock reading as if it were UTC, in epoch milliseconds; months and days may overflow. */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear does not.
  return new Date(Date.UTC(1970, 0, 1, hour, minute, second, ms)).setUTCFullYear(year, month - 1, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(wallTime(year, month + 1, 0)).getUTCDate();
}

// The years a FHIR date can have, with a day's slack for time zones; far beyond them a zone's offset
// runs off the end of Date.
const EARLIEST = wallTime(1, 1, 1) - DAY;
const LATEST = wallTime(10000, 1, 1) + DAY;

export function inFhirYears(instant: unknown): instant is Date {
  const time = instant instanceof Date ? instant.getTime() : NaN;
  return time >= EARLIEST && time < LATEST;
}

/** `timeZone` when it is an IANA zone this runtime knows, else `Europe/Oslo`: never a throwing formatter. */
export function resolveTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone === '') return DEFAULT_TIME_ZONE;
  try {
    partsFormat(timeZone);
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** What the wall clock in `timeZone` (Europe/Oslo unless told) shows at an instant. */
export function wallClock(instant: Date | number, timeZone?: string): WallClock {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const wall = new Date(at + offsetAt(at, resolveTimeZone(timeZone)));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

/**
 * The instant a wall-clock time has in `timeZone` (Europe/Oslo unless told); months, days and hours
 * may overflow ("day 32" is the next month). In the hour skipped in spring the clock is read as if
 * it had not changed yet (02:30 becomes 03:30); in the hour repeated in autumn, the first one.
 */
export function instantOfWallClock(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  timeZone?: string,
): number {
  return fromWallTime(wallTime(year, month, day, hour, minute), resolveTimeZone(timeZone));
}

/** The calendar day an instant falls on in a time zone (Europe/Oslo unless told), in the years 1–9999. */
export function calendarDay(instant: Date, timeZone?: string): CalendarDay | undefined {
  return inFhirYears(instant) ? dayIn(instant.getTime(), resolveTimeZone(timeZone)) : undefined;
}

/** Whole calendar days from one day to another, negative when `to` comes first. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((wallTime(to.year, to.month, to.day) - wallTime(from.year, from.month, from.day)) / DAY);
}

// A timeline reads the day of thousands of events: one formatting call each, not a reading in parts.
const isoFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone (Europe/Oslo unless told), as a FHIR date
 * ("2024-05-07"): a key to group and compare days by.
 */
export function isoDay(instant: Date | number, timeZone?: string): string {
  const zone = resolveTimeZone(timeZone);
  let format = isoFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoFormats.set(zone, format);
  }
  // en-CA writes "2024-05-07"; anything else (a year past 9999, another ICU) is read as parts.
  const shown = format.format(instant);
  if (/^\d{4}-\d\d-\d\d$/.test(shown)) return shown;
  const { year, month, day } = wallClock(instant, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dayIn(instant: number, timeZone: string): CalendarDay {
  const wall = new Date(instant + offsetAt(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant a wall-clock reading (`wallTime`) has in a zone; see `instantOfWallClock`. */
export function fromWallTime(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY, timeZone);
  const early = wall - before;
  if (offsetAt(early, timeZone) === before) return early;
  const after = offsetAt(wall + DAY, timeZone);
  const late = wall - after;
  return offsetAt(late, timeZone) === after ? late : early;
}

/** How far a zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = partsFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  // The day before 1 January of year 1 is in 1 BC, which is year 0.
  const era = parts.find((candidate) => candidate.type === 'era')?.value;
  const year = era === 'BC' ? 1 - part('year') : part('year');
  const wall = wallTime(year, part('month'), part('day'), part('hour') % 24, part('minute'), part('second'));
  return wall - (instant - (((instant % SECOND) + SECOND) % SECOND));
}

// Building an Intl.DateTimeFormat costs far more than using one.
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      timeZone,
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}
