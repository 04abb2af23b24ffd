// The overview's visible window in words: shown below the chart and announced as it changes.
import { formatNumber, type Locale } from '@samspill/core/data.js';
import { overviewLabels } from './timeline-overview.labels.js';
import { dateFormat, type BinnedLane, type TimeWindow } from './timeline-overview.model.js';

const SHORT = 3 * 24 * 3_600_000;

export interface OverviewDescription {
  /** Every event the overview was given. */
  readonly count: number;
  /** The lanes binned for the window: their counts are the events in it. */
  readonly lanes: readonly BinnedLane[];
  readonly view: TimeWindow;
  readonly selection: TimeWindow | undefined;
  readonly locale: Locale;
  readonly timeZone: string;
}

/** "Viser 3. mars 2019–5. mai 2024: 7 hendelser." and the selected period, if any. */
export function describeOverview(description: OverviewDescription): string {
  const { locale, timeZone, selection } = description;
  const t = overviewLabels[locale];
  if (description.count === 0) return t.noEvents;
  const count = description.lanes.reduce((sum, lane) => sum + lane.count, 0);
  const number = formatNumber(count, { locale });
  const shown = t.showing(period(description.view, locale, timeZone), t.events(number, count === 1));
  return selection ? `${shown} ${t.selected(period(selection, locale, timeZone))}` : shown;
}

/** "3. mars 2019–5. mai 2024"; with the time of day when the range is shorter than a few days. */
function period(range: TimeWindow, locale: Locale, timeZone: string): string {
  const short = range.to - range.from < SHORT;
  const format = dateFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(short ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
  return format.formatRange(range.from, Math.max(range.from, range.to - 1));
}
