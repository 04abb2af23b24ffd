// An entry's dates, kept at the precision they were written with. Each is read once per call, and
// its span is remembered so that sorting and "current" never parse it again.
import {
  formatDate,
  formatPeriod,
  medicationPeriodOf,
  parsePartialDate,
  unknownDateText,
  untrusted,
  type UnreadableMedicationDate,
} from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';
import type { DateName } from './medication-list.messages.js';
import type { MedicationDate } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/**
 * Start and end, from core's one reading of a medication's period (the SFM extensions and Epic's
 * bounds included). A date that is there but unreadable is a problem on the row, and where no other
 * date stands in for it, an unreadable date in its place ("ukjent dato").
 */
export function datesOf(
  fields: Fields,
  context: Context,
  problems: string[],
): { start?: MedicationDate; end?: MedicationDate } {
  const period = medicationPeriodOf(fields);
  for (const bad of period.unreadable) problems.push(context.m.unreadableDate(dateNameOf(bad.field)));
  const stand = (role: UnreadableMedicationDate['role']): MedicationDate | undefined => {
    const bad = period.unreadable.find((candidate) => candidate.role === role && typeof candidate.value === 'string');
    return bad && unreadableDate(bad.value, context);
  };
  const start = (period.start && readDate(period.start.value, period.start.field, context, problems)) ?? stand('start');
  const end = (period.end && readDate(period.end.value, period.end.field, context, problems)) ?? stand('end');
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * A date written as text that cannot be read: "ukjent dato", with the text kept. A value that is no
 * text at all (a number, an object) is the wrong shape: passed over, like any field of the wrong type.
 */
function unreadableDate(value: unknown, context: Context): MedicationDate | undefined {
  const written = typeof value === 'string' ? value.trim() : '';
  return written
    ? { value: written, precision: 'day', text: unknownDateText(context.locale), unreadable: true }
    : undefined;
}

// Which of a row's dates a FHIR or SFM field holds, for a problem a clinician reads ("Startdatoen …").
const DATE_FIELDS: readonly (readonly [RegExp, DateName])[] = [
  [/reseptdate$/, 'prescribed'],
  [/expirationdate$/, 'expires'],
  [/(?:\.end|timedate)$/, 'end'],
  [/^when/, 'dispensed'],
  [/lastchanged|lastUpdated/i, 'changed'],
  [/(?:start|effectiveDateTime|authoredOn)$/, 'start'],
];

function dateNameOf(field: string): DateName {
  return DATE_FIELDS.find(([pattern]) => pattern.test(field))?.[1] ?? 'other';
}

/** The date, if it can be reckoned with (sorting, "current", periods). */
export function readable(date: MedicationDate | undefined): MedicationDate | undefined {
  return date?.unreadable ? undefined : date;
}

export function readDate(
  value: unknown,
  field: string,
  context: Context,
  problems: string[],
): MedicationDate | undefined {
  if (value === undefined || value === null) return undefined;
  const written = typeof value === 'string' ? value.trim() : '';
  // Long lists repeat their dates (meta.lastUpdated, renewal days): each is read and formatted once.
  let date = context.dates.get(written);
  if (date === undefined) {
    const parsed = written ? parsePartialDate(written, context.timeZone) : undefined;
    const shown = parsed ? formatDate(written, context.format) : '';
    date = parsed && shown ? { value: written, precision: parsed.precision, text: shown } : null;
    if (parsed && date) spans.set(date, { startMs: parsed.start.getTime(), endMs: parsed.end.getTime() });
    context.dates.set(written, date);
  }
  if (date !== null) return date;
  problems.push(context.m.unreadableDate(dateNameOf(field)));
  return unreadableDate(value, context);
}

// Where each date read here starts and ends, so sorting and "current" never parse it again.
const spans = new WeakMap<MedicationDate, { readonly startMs: number; readonly endMs: number }>();

export function spanOf(date: MedicationDate, timeZone?: string): { readonly startMs: number; readonly endMs: number } {
  const known = spans.get(date);
  if (known) return known;
  const parsed = parsePartialDate(date.value, timeZone);
  const span = parsed
    ? { startMs: parsed.start.getTime(), endMs: parsed.end.getTime() }
    : { startMs: Number.NEGATIVE_INFINITY, endMs: Number.NEGATIVE_INFINITY };
  spans.set(date, span);
  return span;
}

export function periodText(
  start: MedicationDate | undefined,
  end: MedicationDate | undefined,
  context: Context,
): string {
  // "ukjent dato" is said where the date stands; a period is reckoned from readable dates only.
  const from = readable(start);
  const to = readable(end);
  const key = `${from?.value ?? ''}|${to?.value ?? ''}`;
  let shown = context.periods.get(key);
  if (shown === undefined) {
    shown = formatPeriod({ ...(from ? { start: from.value } : {}), ...(to ? { end: to.value } : {}) }, context.format);
    context.periods.set(key, shown);
  }
  return shown;
}

export function latest(dates: readonly (MedicationDate | undefined)[], context: Context): MedicationDate | undefined {
  let best: MedicationDate | undefined;
  let bestMs = -Infinity;
  for (const date of dates) {
    const ms = date ? spanOf(date, context.timeZone).startMs : -Infinity;
    if (date && ms > bestMs) {
      best = date;
      bestMs = ms;
    }
  }
  return best;
}

export function lastChangedOf(fields: Fields, context: Context, problems: string[]): MedicationDate | undefined {
  for (const extension of list(fields.extension)) {
    const ext = element(extension);
    if (!/last-?changed/i.test(text(ext?.url))) continue;
    const value = ext?.valueDateTime ?? ext?.valueInstant ?? ext?.valueDate;
    const date = readable(readDate(value, 'lastchanged', context, problems));
    if (date) return date;
  }
  return readable(readDate(element(fields.meta)?.lastUpdated, 'meta.lastUpdated', context, problems));
}
