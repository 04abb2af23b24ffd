// When an activity happens: its next date after "now" (a timing's next event or repeat, a period's
// or an appointment's start, a date written as text) and its schedule as written.
import { formatPeriod, formatTiming, isoDay, untrusted } from '@samspill/core/data.js';
import { clean, list, readDate, type PlanReader, type Fields, type PlanDate } from './care-plan.reader.js';

const { element, text } = untrusted;

/**
 * When an activity happens: the next date after now, the schedule as written, and when it was due to
 * start and to end, where the schedule says so once (a period, a date, an appointment, a timing whose
 * every event is past). A repeating schedule has no one due time: whether an occurrence was done is
 * not in the plan.
 */
export interface ActivitySchedule {
  readonly next: PlanDate | undefined;
  readonly scheduleText: string;
  readonly dueStart?: PlanDate;
  readonly dueEnd?: PlanDate;
}

/** The schedule of an activity, from its detail or the resource it refers to. */
export function schedule(
  reader: PlanReader,
  detail: Fields | undefined,
  target: Fields | undefined,
  problem: (text: string) => void,
): ActivitySchedule {
  const upcoming = (date: PlanDate | null | undefined): PlanDate | undefined =>
    date && date.endMs > reader.nowMs ? date : undefined;
  const due = (start: PlanDate | null | undefined, end?: PlanDate | null) => ({
    ...(start ? { dueStart: start } : {}),
    ...(end ? { dueEnd: end } : {}),
  });
  const timing = element(detail?.scheduledTiming);
  if (timing) {
    return {
      next: nextOfTiming(reader, timing, problem),
      scheduleText: clean(formatTiming(timing, reader.format)),
      ...due(lastEventOf(reader, timing)),
    };
  }
  const period = element(detail?.scheduledPeriod);
  if (period) {
    const start = readDate(reader, period.start);
    const end = readDate(reader, period.end);
    if (start === null) problem(reader.m.unreadableDate('scheduledPeriod.start'));
    if (end === null) problem(reader.m.unreadableDate('scheduledPeriod.end'));
    return { next: upcoming(start), scheduleText: clean(formatPeriod(period, reader.format)), ...due(start, end) };
  }
  if (typeof detail?.scheduledString === 'string') {
    const written = clean(detail.scheduledString);
    const date = readDate(reader, detail.scheduledString.trim());
    return { next: upcoming(date), scheduleText: date ? date.text : written, ...due(date) };
  }
  if (!target) return { next: undefined, scheduleText: '' };
  const start =
    readDate(reader, target.start) ??
    readDate(reader, target.occurrenceDateTime) ??
    readDate(reader, element(target.occurrencePeriod)?.start) ??
    readDate(reader, element(target.executionPeriod)?.start) ??
    readDate(reader, element(target.period)?.start) ??
    readDate(reader, element(element(target.restriction)?.period)?.start);
  const periodLike =
    element(target.occurrencePeriod) ??
    element(target.executionPeriod) ??
    element(target.period) ??
    (text(target.start) ? { start: target.start, end: target.end } : undefined);
  const timingLike = element(target.occurrenceTiming);
  if (timingLike) {
    return {
      next: nextOfTiming(reader, timingLike, problem),
      scheduleText: clean(formatTiming(timingLike, reader.format)),
      ...due(lastEventOf(reader, timingLike)),
    };
  }
  return {
    next: upcoming(start),
    scheduleText: periodLike ? clean(formatPeriod(periodLike, reader.format)) : (start?.text ?? ''),
    ...due(start, readDate(reader, periodLike?.end)),
  };
}

/** A timing's last event, when it has events and no repeat: the time it was due by. */
function lastEventOf(reader: PlanReader, timing: Fields): PlanDate | undefined {
  if (element(timing.repeat)) return undefined;
  return list(timing.event)
    .map((event) => readDate(reader, event) ?? undefined)
    .filter((date): date is PlanDate => date !== undefined)
    .reduce<PlanDate | undefined>((last, date) => (!last || date.startMs > last.startMs ? date : last), undefined);
}

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  wk: 604_800_000,
};
const MAX_STEPS = 100_000;

/** The first occurrence of a Timing after now: its events, else its repeat from the bounds' start. */
export function nextOfTiming(
  reader: PlanReader,
  timing: Fields,
  problem: (text: string) => void = () => undefined,
): PlanDate | undefined {
  const events = list(timing.event)
    .map((event) => {
      const date = readDate(reader, event);
      if (date === null) problem(reader.m.unreadableDate('scheduledTiming.event'));
      return date ?? undefined;
    })
    .filter((date): date is PlanDate => date !== undefined && date.endMs > reader.nowMs)
    .sort((a, b) => a.startMs - b.startMs);
  if (events[0]) return events[0];
  const repeat = element(timing.repeat);
  const bounds = element(repeat?.boundsPeriod);
  const start = readDate(reader, bounds?.start);
  if (!start) return undefined;
  const end = readDate(reader, bounds?.end);
  if (start.endMs > reader.nowMs) return start;
  // Step from the start by the period until after now: instants by the clock, dates on the calendar.
  const period = typeof repeat?.period === 'number' && repeat.period > 0 ? repeat.period : undefined;
  const unit = text(repeat?.periodUnit);
  if (period === undefined) return undefined;
  let value: string | undefined;
  if (start.precision === 'time') {
    const stepMs = UNIT_MS[unit] === undefined ? undefined : period * (UNIT_MS[unit] ?? 0);
    if (stepMs !== undefined) {
      const candidate = start.startMs + Math.max(0, Math.ceil((reader.nowMs - start.startMs) / stepMs)) * stepMs;
      value = isoString(candidate);
    } else value = addMonths(start.startMs, reader.nowMs, unit, period, isoString);
  } else {
    const [year = NaN, month = 1, day = 1] = start.value.split('-').map(Number);
    const first = Date.UTC(year, month - 1, day);
    const today = Date.parse(`${isoDay(reader.nowMs, reader.timeZone)}T00:00:00Z`);
    // Several times a day (or more often) on a date-only schedule: today.
    const stepDays = unit === 'd' ? period : unit === 'wk' ? 7 * period : unit in UNIT_MS ? 0 : undefined;
    if (stepDays === 0) value = isoDay(reader.nowMs, reader.timeZone);
    else if (stepDays !== undefined) {
      const step = Math.max(1, Math.round(stepDays)) * 86_400_000;
      value = isoString(first + Math.max(0, Math.ceil((today - first) / step)) * step)?.slice(0, 10);
    } else value = addMonths(first, today - 1, unit, period, (ms) => isoString(ms)?.slice(0, 10));
  }
  const next = value === undefined ? undefined : readDate(reader, value);
  if (!next || (end && next.startMs >= end.endMs)) return undefined;
  return next;
}

// An instant as ISO text; undefined outside what a Date can hold.
function isoString(ms: number): string | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

// Months and years on the calendar, from `startMs` until after `afterMs`.
function addMonths(
  startMs: number,
  afterMs: number,
  unit: string,
  period: number,
  show: (ms: number) => string | undefined,
): string | undefined {
  if (unit !== 'mo' && unit !== 'a') return undefined;
  const months = Math.max(1, Math.round(unit === 'a' ? period * 12 : period));
  const date = new Date(startMs);
  if (!Number.isFinite(date.getTime())) return undefined;
  for (let count = 0; date.getTime() <= afterMs && count < MAX_STEPS; count++)
    date.setUTCMonth(date.getUTCMonth() + months);
  return Number.isFinite(date.getTime()) ? show(date.getTime()) : undefined;
}
