// Narrowing the timeline: by event type (with counts), source organisation, date range (a preset or
// from–to) and free text that ignores case and diacritics.
import { capMarks, collator, parsePartialDate, resolveLocale, type Locale } from '@samspill/core/data.js';
import { EVENT_TYPES, type EventType, type TimelineEvent } from './timeline.event.js';
import { timelineMessages } from './timeline.messages.js';
import type { CareLevel } from './timeline.source.js';

/** The range presets: the last 7 days, 30 days, year, or everything. */
export const RANGE_PRESETS = ['7d', '30d', '1y', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A custom range: FHIR dates at any precision, both ends included ("2024" to "2024-06"). */
export interface CustomRange {
  readonly from?: string;
  readonly to?: string;
}

export interface TimelineFilter {
  /** Only these types; all when left out. */
  readonly types?: readonly EventType[];
  /** Only these sources (`EventSource.key`); all when left out. */
  readonly sources?: readonly string[];
  readonly range?: RangePreset | CustomRange;
  /** Words that must all appear in the event's text. */
  readonly text?: string;
}

export interface FilterOptions {
  /** "Now" for the presets. The real clock when left out. */
  readonly now?: Date;
  readonly timeZone?: string;
}

export interface TypeFacet {
  readonly type: EventType;
  readonly text: string;
  readonly count: number;
}

export interface SourceFacet {
  readonly key: string;
  readonly label: string;
  readonly careLevel: CareLevel;
  readonly careLevelText: string;
  readonly count: number;
}

const DAY = 24 * 60 * 60 * 1000;
const PRESET_DAYS: Readonly<Record<Exclude<RangePreset, 'all'>, number>> = { '7d': 7, '30d': 30, '1y': 365 };
const haystacks = new WeakMap<TimelineEvent, string>();

/** Text for matching: lower case, without diacritics ("Tromsø" and "tromso", "Ål" and "al" match). */
export function normalizeSearch(value: string): string {
  return (
    value
      // Marks go first: decomposing a long run of them (NFD) costs the square of its length.
      .replace(/\p{M}/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function haystack(event: TimelineEvent): string {
  let found = haystacks.get(event);
  if (found === undefined) {
    found = normalizeSearch(
      [
        event.title,
        event.subtitle,
        ...event.details,
        event.typeText,
        event.category,
        event.statusText,
        event.date.text,
        event.source?.label ?? '',
        ...event.members.map((member) => `${member.title} ${member.value}`),
      ].join(' '),
    );
    haystacks.set(event, found);
  }
  return found;
}

/** The instants a range covers, `to` exclusive; an end that cannot be read is open. */
function bounds(range: TimelineFilter['range'], options: FilterOptions): { from: number; to: number } {
  if (range === undefined || range === 'all') return { from: -Infinity, to: Infinity };
  if (typeof range === 'string') {
    const days = Object.hasOwn(PRESET_DAYS, range) ? PRESET_DAYS[range] : undefined;
    const now = (options.now ?? new Date()).getTime();
    // Presets look back from now and keep what lies ahead (appointments).
    return days === undefined || !Number.isFinite(now)
      ? { from: -Infinity, to: Infinity }
      : { from: now - days * DAY, to: Infinity };
  }
  const from = parsePartialDate(range.from, options.timeZone);
  const to = parsePartialDate(range.to, options.timeZone);
  return { from: from?.start.getTime() ?? -Infinity, to: to?.end.getTime() ?? Infinity };
}

/** The events that pass every part of the filter, in the order given. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: TimelineFilter = {},
  options: FilterOptions = {},
): TimelineEvent[] {
  const types = filter.types && new Set(filter.types);
  const sources = filter.sources && new Set(filter.sources);
  const { from, to } = bounds(filter.range, options);
  const words = normalizeSearch(typeof filter.text === 'string' ? filter.text : '')
    .split(' ')
    .filter(Boolean);
  return events.filter((event) => {
    if (types && !types.has(event.type)) return false;
    if (sources && !sources.has(event.source?.key ?? '')) return false;
    const start = event.date.start.getTime();
    const end = event.date.end?.getTime() ?? start;
    if (start >= to || end < from) return false;
    if (words.length === 0) return true;
    const text = haystack(event);
    return words.every((word) => text.includes(word));
  });
}

/** The event types present, in `EVENT_TYPES` order, with how many events each has. */
export function typeFacets(events: readonly TimelineEvent[], locale?: Locale): TypeFacet[] {
  const messages = timelineMessages[resolveLocale(locale)];
  const counts = new Map<EventType, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  return EVENT_TYPES.flatMap((type) => {
    const count = counts.get(type);
    return count === undefined ? [] : [{ type, text: messages[type], count }];
  });
}

/** The sources present, the most events first, with their care level. */
export function sourceFacets(events: readonly TimelineEvent[]): SourceFacet[] {
  const facets = new Map<string, SourceFacet>();
  for (const { source } of events) {
    if (!source) continue;
    const facet = facets.get(source.key);
    facets.set(source.key, {
      key: source.key,
      label: facet?.label ?? source.label,
      careLevel: facet?.careLevel ?? source.careLevel,
      careLevelText: facet?.careLevelText ?? source.careLevelText,
      count: (facet?.count ?? 0) + 1,
    });
  }
  // Organisation names are Norwegian whatever the interface language: æ, ø and å sort after z.
  // Capped: a collator's work on a long run of combining marks grows with the square of its length.
  const names = collator('nb');
  return [...facets.values()].sort((a, b) => b.count - a.count || names.compare(capMarks(a.label), capMarks(b.label)));
}
