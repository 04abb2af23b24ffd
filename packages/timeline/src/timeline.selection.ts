// The overview's chosen stretch of time and the list's custom range are one thing in two shapes:
// instants for the axis, FHIR dates for the filter.
import { parsePartialDate } from '@samspill/core/data.js';
import type { CustomRange, TimelineFilter } from './timeline.filter.js';

export interface TimeSelection {
  readonly from: Date;
  readonly to: Date;
}

function valid(date: unknown): date is Date {
  return date instanceof Date && Number.isFinite(date.getTime());
}

/** A selection as a custom range; undefined (no range) for a cleared or unreadable one. */
export function rangeOfSelection(selection: unknown): CustomRange | undefined {
  const { from, to } = (typeof selection === 'object' && selection !== null ? selection : {}) as Partial<TimeSelection>;
  if (!valid(from) || !valid(to)) return undefined;
  const [start, end] = from.getTime() <= to.getTime() ? [from, to] : [to, from];
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * A filter's custom range as a selection; undefined for a preset or no range. An open end reaches
 * to `bounds` (the events' first and last instants).
 */
export function selectionOfRange(
  range: TimelineFilter['range'],
  timeZone: string,
  bounds: TimeSelection,
): TimeSelection | undefined {
  if (range === undefined || typeof range === 'string') return undefined;
  const from = parsePartialDate(range.from, timeZone)?.start;
  const end = parsePartialDate(range.to, timeZone);
  // An instant ends where it is (the selection's own end comes back unchanged); a date at its day's end.
  const to = end && (end.precision === 'time' ? end.start : end.end);
  if (!from && !to) return undefined;
  return { from: from ?? bounds.from, to: to ?? bounds.to };
}
