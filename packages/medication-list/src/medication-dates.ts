// An entry's dates, kept at the precision they were written with. Each is read once per call, and
// its span is remembered so that sorting and "current" never parse it again.
import { formatDate, formatPeriod, medicationPeriodOf, parsePartialDate, untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';
import type { MedicationDate } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/**
 * Start and end, from core's one reading of a medication's period (the SFM extensions and Epic's
 * bounds included); a date that is there but unreadable is a problem on the row.
 */
export function datesOf(
  fields: Fields,
  context: Context,
  problems: string[],
): { start?: MedicationDate; end?: MedicationDate } {
  const period = medicationPeriodOf(fields);
  for (const bad of period.unreadable) problems.push(context.m.unreadableDate(bad.field));
  const start = period.start && readDate(period.start.value, period.start.field, context, problems);
  const end = period.end && readDate(period.end.value, period.end.field, context, problems);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
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
  if (date === null) problems.push(context.m.unreadableDate(field));
  return date ?? undefined;
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
  const key = `${start?.value ?? ''}|${end?.value ?? ''}`;
  let shown = context.periods.get(key);
  if (shown === undefined) {
    shown = formatPeriod(
      { ...(start ? { start: start.value } : {}), ...(end ? { end: end.value } : {}) },
      context.format,
    );
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
    const date = readDate(value, 'lastchanged', context, problems);
    if (date) return date;
  }
  return readDate(element(fields.meta)?.lastUpdated, 'meta.lastUpdated', context, problems);
}
