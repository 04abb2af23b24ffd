// An event's date: one FHIR date or a period, each end at the precision it was written with, read in
// Europe/Oslo unless told. Only clinical dates are read; `meta.lastUpdated` never is.
import {
  formatDate,
  formatPeriod,
  parsePartialDate,
  untrusted,
  type FormatOptions,
  type PartialDatePrecision,
} from '@samspill/core/data.js';

const { element, text } = untrusted;

export interface EventDate {
  /** The first instant the event may have started. */
  readonly start: Date;
  /** Where a period ends (exclusive, at the end's precision); undefined for a point or an open period. */
  readonly end?: Date;
  /** The precision of the start: a year stays a year. */
  readonly precision: PartialDatePrecision;
  /** The FHIR value of the start, as written. */
  readonly value: string;
  /** The FHIR value of the end, as written, when there is one. */
  readonly endValue?: string;
  /** The date or period as a person reads it: "2019", "7. mai 2024 kl. 10:00–11:30", "fra mars 2020". */
  readonly text: string;
}

// The instants every formatter can show in any time zone: the years 1–9999 with a day to spare.
const EARLIEST = new Date(0).setUTCFullYear(1, 0, 2);
const LATEST = new Date(0).setUTCFullYear(9999, 11, 30);

function showable(instant: Date): boolean {
  const time = instant.getTime();
  return time >= EARLIEST && time <= LATEST;
}

/** A single FHIR date as an event date; undefined when it cannot be read. */
export function pointDate(value: unknown, options: FormatOptions): EventDate | undefined {
  const written = text(value);
  const parsed = parsePartialDate(written, options.timeZone);
  if (!parsed || !showable(parsed.start)) return undefined;
  // Formatted when first read: a long record has thousands of dates and a view shows a few at a time.
  let shown: string | undefined;
  return {
    start: parsed.start,
    precision: parsed.precision,
    value: written,
    get text(): string {
      return (shown ??= formatDate(written, options) || written);
    },
  };
}

/**
 * A FHIR Period as an event date, from its start; an end that cannot be read counts as missing, and a
 * period with only an end is not an event date (it says nothing of when it began).
 */
export function periodDate(period: unknown, options: FormatOptions): EventDate | undefined {
  const fields = element(period);
  const start = text(fields?.start);
  const parsed = parsePartialDate(start, options.timeZone);
  if (!parsed || !showable(parsed.start)) return undefined;
  const end = text(fields?.end);
  const parsedEnd = parsePartialDate(end, options.timeZone);
  const hasEnd =
    parsedEnd !== undefined &&
    showable(parsedEnd.start) &&
    parsedEnd.end.getTime() > parsed.start.getTime() &&
    end !== start;
  let shown: string | undefined;
  return {
    start: parsed.start,
    precision: parsed.precision,
    value: start,
    ...(hasEnd ? { end: parsedEnd.end, endValue: end } : {}),
    // An open period reads as its start: "fra" would claim it is still going on.
    get text(): string {
      return (shown ??= (hasEnd ? formatPeriod({ start, end }, options) : '') || formatDate(start, options) || start);
    },
  };
}

/** The first readable of several candidates: a FHIR date string or a Period each. */
export function firstDate(candidates: readonly unknown[], options: FormatOptions): EventDate | undefined {
  for (const candidate of candidates) {
    const date = typeof candidate === 'string' ? pointDate(candidate, options) : periodDate(candidate, options);
    if (date) return date;
  }
  return undefined;
}

const PRECISION_RANK: Record<PartialDatePrecision, number> = { time: 0, day: 1, month: 2, year: 3 };

/** Finer precision first when two events start at the same instant: "7 May 10:00" before "May". */
export function precisionRank(precision: PartialDatePrecision): number {
  return PRECISION_RANK[precision];
}

// Where a resource writes its clinical date, period ends included: what an undated event's notice
// quotes when one of them was written but could not be read.
const WRITTEN_DATES: readonly (readonly string[])[] = [
  ['effectiveDateTime'],
  ['effectivePeriod', 'start'],
  ['effectiveInstant'],
  ['occurrenceDateTime'],
  ['performedDateTime'],
  ['performedPeriod', 'start'],
  ['onsetDateTime'],
  ['onsetPeriod', 'start'],
  ['recordedDate'],
  ['period', 'start'],
  ['authoredOn'],
  ['whenHandedOver'],
  ['issued'],
  ['date'],
  ['start'],
  ['created'],
];

/** The first clinical date a resource wrote as text that cannot be read ("2021-13-45"); '' when none. */
export function unreadableDateOf(resource: untrusted.Fields): string {
  for (const path of WRITTEN_DATES) {
    let value: unknown = resource;
    for (const name of path) value = element(value)?.[name];
    const written = typeof value === 'string' ? value.trim() : '';
    if (written && !parsePartialDate(written)) return written;
  }
  return '';
}
