// The grouped timeline as one flat list of rows, for a list that renders only the rows in view:
// a month or year heading, then each day's heading, then that day's events.
import type { DayGroup, SectionLevel, TimelineSection } from './timeline.groups.js';
import type { TimelineEvent } from './timeline.event.js';

export interface SectionRow {
  readonly kind: 'section';
  readonly key: string;
  readonly heading: string;
  readonly level: SectionLevel;
}

export interface DayRow {
  readonly kind: 'day';
  readonly key: string;
  readonly heading: string;
  /** The FHIR date the heading stands for ("2024-05-07", "2019-03"). */
  readonly date: string;
  readonly precision: DayGroup['precision'];
  readonly count: number;
}

export interface EventRow {
  readonly kind: 'event';
  readonly key: string;
  readonly event: TimelineEvent;
}

export type TimelineRow = SectionRow | DayRow | EventRow;

/** Every heading and event in reading order, each with a key unique in the list. */
export function timelineRows(sections: readonly TimelineSection[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const seen = new Set<string>();
  // Keys name what a row shows, so a row keeps its element (and focus) when the filters change.
  const unique = (key: string): string => {
    let candidate = key;
    for (let n = 2; seen.has(candidate); n++) candidate = `${key}~${String(n)}`;
    seen.add(candidate);
    return candidate;
  };
  for (const section of sections) {
    rows.push({
      kind: 'section',
      key: unique(`section:${section.key}`),
      heading: section.heading,
      level: section.level,
    });
    for (const day of section.days) {
      rows.push({
        kind: 'day',
        key: unique(`day:${day.key}`),
        heading: day.heading,
        date: day.key,
        precision: day.precision,
        count: day.events.length,
      });
      for (const event of day.events) rows.push({ kind: 'event', key: unique(`event:${event.key}`), event });
    }
  }
  return rows;
}

/** The indexes of the event rows, in order: what the arrow keys move between. */
export function eventRowIndexes(rows: readonly TimelineRow[]): number[] {
  return rows.flatMap((row, index) => (row.kind === 'event' ? [index] : []));
}
