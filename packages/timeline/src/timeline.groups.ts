// Events under headings: per day ("I dag", "I går", "tirsdag 7. mai 2024"), and the days under month
// or year headings when the timeline is long. An event dated to a month or a year only has a heading
// of its own at that precision ("mars 2019", "2019"): it is never pinned to a day it may not be on.
import {
  DEFAULT_TIME_ZONE,
  dateTimeFormat,
  formatDate,
  formatRelativeDay,
  intlLocale,
  isoDay,
  resolveLocale,
  type Locale,
  type PartialDatePrecision,
} from '@samspill/core/data.js';
import type { TimelineEvent } from './timeline.event.js';
import { timelineMessages } from './timeline.messages.js';
import { compareEvents } from './timeline.model.js';

export interface DayGroup {
  /** "2024-05-07", "2019-03" or "2019": the FHIR date the heading stands for. */
  readonly key: string;
  readonly heading: string;
  readonly precision: Exclude<PartialDatePrecision, 'time'>;
  readonly events: readonly TimelineEvent[];
}

export type SectionLevel = 'month' | 'year';

export interface TimelineSection {
  /** "2024-05" or "2024". */
  readonly key: string;
  /** "Mai 2024" or "2024". */
  readonly heading: string;
  readonly level: SectionLevel;
  readonly days: readonly DayGroup[];
}

export interface GroupOptions {
  readonly locale?: Locale;
  /** "Now", for "I dag" and "I går". The real clock when left out. */
  readonly now?: Date;
  readonly timeZone?: string;
  /** Month or year headings; `auto` (the default) takes years when the events span more than two years. */
  readonly sections?: SectionLevel | 'auto';
}

const DAY = 24 * 60 * 60 * 1000;

function capitalise(value: string, locale: Locale): string {
  return value.charAt(0).toLocaleUpperCase(intlLocale(locale)) + value.slice(1);
}

function weekday(key: string, locale: Locale): string {
  // Through core: nynorsk weekdays also where the browser has no nynorsk data.
  const format = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const [year = 1, month = 1, day = 1] = key.split('-').map(Number);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return format.format(date);
}

function groupKey(event: TimelineEvent, timeZone: string): { key: string; precision: DayGroup['precision'] } {
  const { precision, value, start } = event.date;
  if (precision === 'year') return { key: value.slice(0, 4), precision };
  if (precision === 'month') return { key: value.slice(0, 7), precision };
  const day = isoDay(start, timeZone);
  // Past the year 9999 in this zone, the day as written.
  return { key: /^\d{4}-\d\d-\d\d$/.test(day) ? day : value.slice(0, 10), precision: 'day' };
}

/** A day's heading: "I dag", "I går", "I morgen", else the weekday and the date. */
export function dayHeading(key: string, options: GroupOptions = {}): string {
  const locale = resolveLocale(options.locale);
  const format = {
    locale,
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  };
  const date = formatDate(key, format);
  if (key.length !== 10 || !date) return capitalise(date || key, locale);
  const relative = formatRelativeDay(key, format);
  if (relative !== date) return capitalise(relative, locale);
  return capitalise(timelineMessages[locale].weekdayDate(weekday(key, locale), date), locale);
}

/** The events per day (or per month or year, for events dated no finer), newest first. */
export function groupByDay(events: readonly TimelineEvent[], options: GroupOptions = {}): DayGroup[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const groups: { key: string; heading: string; precision: DayGroup['precision']; events: TimelineEvent[] }[] = [];
  for (const event of [...events].sort(compareEvents)) {
    const { key, precision } = groupKey(event, timeZone);
    const last = groups.at(-1);
    if (last?.key === key) last.events.push(event);
    else groups.push({ key, precision, heading: dayHeading(key, options), events: [event] });
  }
  return groups;
}

/** The day groups under month or year headings. */
export function groupTimeline(events: readonly TimelineEvent[], options: GroupOptions = {}): TimelineSection[] {
  const locale = resolveLocale(options.locale);
  const days = groupByDay(events, options);
  const first = events.reduce((min, event) => Math.min(min, event.date.start.getTime()), Infinity);
  const last = events.reduce((max, event) => Math.max(max, event.date.start.getTime()), -Infinity);
  const level: SectionLevel =
    options.sections === 'month' || options.sections === 'year'
      ? options.sections
      : last - first > 2 * 366 * DAY
        ? 'year'
        : 'month';
  const sections: { key: string; heading: string; level: SectionLevel; days: DayGroup[] }[] = [];
  for (const day of days) {
    // A year-only group is a section of its own under month headings.
    const key = level === 'year' || day.precision === 'year' ? day.key.slice(0, 4) : day.key.slice(0, 7);
    const current = sections.at(-1);
    if (current?.key === key) current.days.push(day);
    else
      sections.push({
        key,
        heading: capitalise(formatDate(key, { locale }) || key, locale),
        level: key.length === 4 ? 'year' : 'month',
        days: [day],
      });
  }
  return sections;
}
