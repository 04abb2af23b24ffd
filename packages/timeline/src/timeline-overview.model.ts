// The overview axis's model: lanes per category, the extent of the events, a view window with zoom and
// pan, ticks in the reader's time zone, and binning so a long record never draws one mark per event.
// Pure: no DOM, no Lit; every instant is epoch milliseconds.
import {
  DEFAULT_TIME_ZONE,
  dateTimeFormat,
  defineCatalogue,
  instantOfWallClock,
  parsePartialDate,
  wallClock,
  type DateTimeFormatter,
  type Locale,
} from '@samspill/core/data.js';
import type { EventType, TimelineEvent } from './timeline.event.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

/** The shortest window the axis zooms to. */
export const MIN_WINDOW = HOUR;

/** The lanes, top to bottom. */
export const OVERVIEW_LANES = [
  'contacts',
  'diagnoses',
  'procedures',
  'results',
  'documents',
  'medications',
  'immunizations',
  'plans',
  'other',
] as const;
export type OverviewLaneId = (typeof OVERVIEW_LANES)[number];

const LANE_OF: Record<EventType, OverviewLaneId> = {
  encounter: 'contacts',
  appointment: 'contacts',
  condition: 'diagnoses',
  allergy: 'diagnoses',
  procedure: 'procedures',
  observation: 'results',
  report: 'results',
  document: 'documents',
  medication: 'medications',
  immunization: 'immunizations',
  'care-plan': 'plans',
  other: 'other',
};

/** The lanes' names in bokmål, nynorsk and English. */
export const overviewLaneLabels = defineCatalogue<Record<OverviewLaneId, string>>(
  {
    contacts: 'Kontakter',
    diagnoses: 'Diagnoser og allergier',
    procedures: 'Prosedyrer',
    results: 'Prøvesvar og målinger',
    documents: 'Dokumenter',
    medications: 'Legemidler',
    immunizations: 'Vaksiner',
    plans: 'Planer',
    other: 'Annet',
  },
  {
    nn: {
      contacts: 'Kontaktar',
      diagnoses: 'Diagnosar og allergiar',
      procedures: 'Prosedyrar',
      results: 'Prøvesvar og målingar',
      documents: 'Dokument',
      medications: 'Legemiddel',
      immunizations: 'Vaksinar',
      plans: 'Planar',
      other: 'Anna',
    },
    en: {
      contacts: 'Encounters',
      diagnoses: 'Diagnoses and allergies',
      procedures: 'Procedures',
      results: 'Results and measurements',
      documents: 'Documents',
      medications: 'Medications',
      immunizations: 'Immunisations',
      plans: 'Plans',
      other: 'Other',
    },
  },
);

/** A stretch of time, `to` exclusive, in epoch milliseconds: a view window, a span, a bin. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** A span of one or more events: `vague` when only its year or month is known (drawn faint). */
export interface OverviewSpan extends TimeWindow {
  readonly count: number;
  readonly vague: boolean;
}

export interface OverviewLane {
  readonly id: OverviewLaneId;
  readonly label: string;
  /** Every event in the lane. */
  readonly count: number;
  /** The starts of events that are a moment, ascending. */
  readonly points: Float64Array;
  /** Events with an end, and events known only to the year or month, by start. */
  readonly spans: readonly OverviewSpan[];
}

/** The events' reach: earliest start, latest end (or start) and "now". */
export interface OverviewExtent {
  readonly first: number;
  readonly last: number;
  readonly now: number;
}

export interface OverviewModel {
  /** Only lanes with events, in {@link OVERVIEW_LANES} order. */
  readonly lanes: readonly OverviewLane[];
  readonly extent: OverviewExtent;
  readonly count: number;
}

export interface OverviewOptions {
  readonly locale?: Locale;
  readonly timeZone?: string;
  readonly now?: Date | number;
}

/** The lanes and extent of events; any order in, nothing assumed sorted. */
export function overviewModel(events: readonly TimelineEvent[], options: OverviewOptions = {}): OverviewModel {
  const labels = overviewLaneLabels[options.locale ?? 'nb'];
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const given = Number(options.now);
  const now = Number.isFinite(given) && options.now !== undefined ? given : Date.now();
  const points = new Map<OverviewLaneId, number[]>();
  const spans = new Map<OverviewLaneId, OverviewSpan[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const lane = LANE_OF[event.type];
    const interval = intervalOf(event, timeZone);
    first = Math.min(first, interval.from);
    last = Math.max(last, interval.to ?? interval.from);
    if (interval.to === undefined) push(points, lane, interval.from);
    else push(spans, lane, { from: interval.from, to: interval.to, count: 1, vague: interval.vague });
  }
  const lanes = OVERVIEW_LANES.flatMap((id): OverviewLane[] => {
    const starts = Float64Array.from(points.get(id) ?? []).sort();
    const stretches = (spans.get(id) ?? []).sort((a, b) => a.from - b.from);
    const count = starts.length + stretches.length;
    return count === 0 ? [] : [{ id, label: labels[id], count, points: starts, spans: stretches }];
  });
  if (first === Infinity) first = last = now;
  return { lanes, extent: { first, last, now }, count: events.length };
}

function push<T>(map: Map<OverviewLaneId, T[]>, lane: OverviewLaneId, item: T): void {
  const items = map.get(lane);
  if (items) items.push(item);
  else map.set(lane, [item]);
}

// A year or a month is a stretch, not a day: "2019" covers all of 2019.
function intervalOf(event: TimelineEvent, timeZone: string): { from: number; to?: number; vague: boolean } {
  const from = event.date.start.getTime();
  if (event.date.end) return { from, to: event.date.end.getTime(), vague: false };
  if (event.date.precision === 'year' || event.date.precision === 'month') {
    const to = parsePartialDate(event.date.value, timeZone)?.end.getTime();
    return { from, to: to ?? from + (event.date.precision === 'year' ? YEAR : MONTH), vague: true };
  }
  return { from, vague: false };
}

// ---------------------------------------------------------------------------------------------------
// The view window

/** How far the window may reach: the extent (with "now") and a margin either side. */
export function overviewBounds(extent: OverviewExtent): TimeWindow {
  const from = Math.min(extent.first, extent.now);
  const to = Math.max(extent.last, extent.now);
  const margin = Math.max((to - from) * 0.05, DAY);
  return { from: from - margin, to: to + margin };
}

/** The window that shows everything. */
export function fit(extent: OverviewExtent): TimeWindow {
  return overviewBounds(extent);
}

/** A window no shorter than {@link MIN_WINDOW}, no longer than the bounds, and inside them. */
export function clampWindow(window: TimeWindow, bounds: TimeWindow): TimeWindow {
  const most = bounds.to - bounds.from;
  const length = Math.min(Math.max(window.to - window.from, MIN_WINDOW), Math.max(most, MIN_WINDOW));
  let from = Math.min(Math.max(window.from, bounds.from), bounds.to - length);
  if (length >= most) from = (bounds.from + bounds.to - length) / 2;
  return { from, to: from + length };
}

/**
 * Zooms by `factor` (2 shows half as much, 0.5 twice as much) keeping `anchor` (an instant, say under
 * the pointer) where it is on screen.
 */
export function zoom(window: TimeWindow, factor: number, anchor: number, bounds: TimeWindow): TimeWindow {
  const length = window.to - window.from;
  const next = clampLength(length / factor, bounds);
  const share = length > 0 ? (anchor - window.from) / length : 0.5;
  const from = anchor - share * next;
  return clampWindow({ from, to: from + next }, bounds);
}

function clampLength(length: number, bounds: TimeWindow): number {
  return Math.min(Math.max(length, MIN_WINDOW), Math.max(bounds.to - bounds.from, MIN_WINDOW));
}

/** Moves the window by a fraction of its length: 0.1 a tenth later, -1 a whole window earlier. */
export function pan(window: TimeWindow, fraction: number, bounds: TimeWindow): TimeWindow {
  const shift = (window.to - window.from) * fraction;
  return clampWindow({ from: window.from + shift, to: window.to + shift }, bounds);
}

/** The window of the same length moved so it starts at `instant` (or ends there, with `align: 'end'`). */
export function moveTo(window: TimeWindow, instant: number, align: 'start' | 'end', bounds: TimeWindow): TimeWindow {
  const length = window.to - window.from;
  const margin = length * 0.05;
  const from = align === 'start' ? instant - margin : instant + margin - length;
  return clampWindow({ from, to: from + length }, bounds);
}

// ---------------------------------------------------------------------------------------------------
// Ticks

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Tick {
  readonly at: number;
  readonly label: string;
}

export interface Ticks {
  readonly unit: TickUnit;
  /** How many units between ticks: 3 for every quarter, 5 for every five years. */
  readonly step: number;
  readonly ticks: readonly Tick[];
}

const STEPS: readonly (readonly [TickUnit, number, number])[] = [
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['week', 1, 7 * DAY],
  ['week', 2, 14 * DAY],
  ['month', 1, MONTH],
  ['month', 3, 3 * MONTH],
  ['month', 6, 6 * MONTH],
  ['year', 1, YEAR],
  ['year', 2, 2 * YEAR],
  ['year', 5, 5 * YEAR],
  ['year', 10, 10 * YEAR],
  ['year', 20, 20 * YEAR],
  ['year', 50, 50 * YEAR],
  ['year', 100, 100 * YEAR],
];

export interface TickOptions {
  readonly locale?: Locale;
  readonly timeZone?: string;
  /** Least room for one tick's label, in pixels. */
  readonly spacing?: number;
}

/**
 * Ticks on calendar boundaries in the time zone (midnight, Monday, the first of a month, New Year),
 * as fine as `width` pixels leave room for: hours, days, weeks, months or years.
 */
export function ticks(window: TimeWindow, width: number, options: TickOptions = {}): Ticks {
  const locale = options.locale ?? 'nb';
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const length = window.to - window.from;
  const least = (length * (options.spacing ?? 90)) / Math.max(width, 1);
  const [unit, step] = STEPS.find(([, , size]) => size >= least) ?? ['year', Math.ceil(least / YEAR / 100) * 100];
  const label = tickLabel(unit, locale, timeZone);
  const found: Tick[] = [];
  for (let at = floorTo(window.from, unit, step, timeZone); at < window.to && found.length < 200;) {
    if (at >= window.from) found.push({ at, label: label(at) });
    const next = advance(at, unit, step, timeZone);
    if (next <= at) break;
    at = next;
  }
  return { unit, step, ticks: found };
}

function tickLabel(unit: TickUnit, locale: Locale, timeZone: string): (at: number) => string {
  const style: Intl.DateTimeFormatOptions =
    unit === 'hour'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : unit === 'year'
        ? { year: 'numeric' }
        : unit === 'month'
          ? { month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short' };
  const format = dateFormat(locale, { ...style, timeZone });
  if (unit !== 'hour') return (at) => format.format(at);
  // Hours say which day they belong to at midnight.
  const day = tickLabel('day', locale, timeZone);
  return (at) => (wallClock(at, timeZone).hour === 0 ? day(at) : format.format(at));
}

/** A date format for a locale and options, cached by core (the axis redraws on every wheel step). */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): DateTimeFormatter {
  return dateTimeFormat(locale, options);
}

// Calendar boundaries through the zone's wall clock: a day is 23 or 25 hours when the clocks change.
function floorTo(at: number, unit: TickUnit, step: number, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  switch (unit) {
    case 'hour':
      return instantOfWallClock(wall.year, wall.month, wall.day, wall.hour - (wall.hour % step), 0, timeZone);
    case 'day':
      return instantOfWallClock(wall.year, wall.month, wall.day, 0, 0, timeZone);
    case 'week':
      return instantOfWallClock(wall.year, wall.month, wall.day - wall.weekday, 0, 0, timeZone);
    case 'month':
      return instantOfWallClock(wall.year, wall.month - ((wall.month - 1) % step), 1, 0, 0, timeZone);
    case 'year':
      return instantOfWallClock(wall.year - (wall.year % step), 1, 1, 0, 0, timeZone);
  }
}

function advance(at: number, unit: TickUnit, step: number, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  switch (unit) {
    case 'hour':
      return at + step * HOUR;
    case 'day':
      return instantOfWallClock(wall.year, wall.month, wall.day + step, 0, 0, timeZone);
    case 'week':
      return instantOfWallClock(wall.year, wall.month, wall.day + 7 * step, 0, 0, timeZone);
    case 'month':
      return instantOfWallClock(wall.year, wall.month + step, 1, 0, 0, timeZone);
    case 'year':
      return instantOfWallClock(wall.year + step, 1, 1, 0, 0, timeZone);
  }
}

// ---------------------------------------------------------------------------------------------------
// Binning

/** Point events that fall in one bin: drawn as one mark sized by `count`. */
export interface OverviewBin extends TimeWindow {
  readonly count: number;
  /** Where to draw it: the event's instant when alone, else the middle of the bin. */
  readonly at: number;
}

export interface BinnedLane {
  readonly lane: OverviewLane;
  readonly bins: readonly OverviewBin[];
  /** Spans longer than a bin touching the window, merged where they overlap or nearly touch (within a bin). */
  readonly spans: readonly OverviewSpan[];
  /** Events of the lane in the window: points in it and spans that reach into it. */
  readonly count: number;
}

/**
 * A lane's events in a window `width` pixels wide, at most one mark per `binWidth` pixels: point
 * events counted per bin, spans merged, so the marks drawn never outnumber the pixels. A span
 * shorter than a bin (a half-hour visit in a view of years) counts as a point: merged into a bar,
 * daily visits would read as one long stay.
 */
export function binLane(lane: OverviewLane, window: TimeWindow, width: number, binWidth = 8): BinnedLane {
  const slots = Math.max(1, Math.floor(width / binWidth));
  const size = (window.to - window.from) / slots;
  const inWindow = (span: OverviewSpan): boolean => span.to > window.from && span.from < window.to;
  const short = (span: OverviewSpan): boolean => !span.vague && span.to - span.from < size;
  // Sorted like the points, since the spans are sorted by start.
  const shortStarts = lane.spans.filter((span) => inWindow(span) && short(span)).map((span) => span.from);
  const bins: OverviewBin[] = [];
  let lower = lowerBound(lane.points, window.from);
  let shortLower = 0;
  const points = lowerBound(lane.points, window.to) - lower + shortStarts.length;
  for (let slot = 0; slot < slots && points > 0; slot++) {
    const from = window.from + slot * size;
    const to = slot === slots - 1 ? window.to : from + size;
    const upper = lowerBound(lane.points, to);
    let shortUpper = shortLower;
    while (shortUpper < shortStarts.length && (shortStarts[shortUpper] ?? Infinity) < to) shortUpper++;
    const count = upper - lower + (shortUpper - shortLower);
    const alone = upper > lower ? lane.points[lower] : shortStarts[shortLower];
    if (count > 0) bins.push({ from, to, count, at: count === 1 ? Math.max(from, alone ?? from) : from + size / 2 });
    lower = upper;
    shortLower = shortUpper;
  }
  const spans: OverviewSpan[] = [];
  let spanCount = 0;
  for (const kind of [false, true]) {
    let open: { from: number; to: number; count: number } | undefined;
    for (const span of lane.spans) {
      if (span.vague !== kind || !inWindow(span) || short(span)) continue;
      spanCount++;
      if (open && span.from <= open.to + size) {
        open.to = Math.max(open.to, span.to);
        open.count++;
      } else {
        if (open) spans.push({ ...open, vague: kind });
        open = { from: span.from, to: span.to, count: 1 };
      }
    }
    if (open) spans.push({ ...open, vague: kind });
  }
  return { lane, bins, spans, count: points + spanCount };
}

/** Every lane binned for the window. */
export function binOverview(model: OverviewModel, window: TimeWindow, width: number, binWidth?: number): BinnedLane[] {
  return model.lanes.map((lane) => binLane(lane, window, width, binWidth));
}

/** The first index whose value is at least `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
