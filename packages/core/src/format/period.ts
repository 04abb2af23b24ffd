import type { Period } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { FormatOptions } from './format-options.js';
import { formatDate, formatTime, parsePartialDate, resolveFormatOptions } from './partial-date.js';
import { calendarDay, daysBetween } from './zone-clock.js';

export const messages = defineCatalogue({
  from: (start: string) => `fra ${start}`,
  until: (end: string) => `til ${end}`,
});

/**
 * A FHIR Period, each end at its own precision: "7. mai 2024 – 9. mai 2024", "mars 2019 – 2020".
 * Two times on one day share the date ("7. mai 2024 kl. 10:00–11:30"); an open or ongoing period
 * reads "fra 7. mai 2024" or "til 9. mai 2024". An end that is not a FHIR date counts as missing.
 */
export function formatPeriod(period: Period | undefined, options?: FormatOptions): string {
  const { locale, timeZone } = resolveFormatOptions(options);
  const start = formatDate(period?.start, options);
  const end = formatDate(period?.end, options);
  if (start && end) {
    if (start === end) return start;
    if (sameDayTimes(period?.start, period?.end, timeZone)) return `${start}–${formatTime(period?.end, options)}`;
    return `${start} – ${end}`;
  }
  if (start) return messages[locale].from(start);
  if (end) return messages[locale].until(end);
  return '';
}

function sameDayTimes(start: string | undefined, end: string | undefined, timeZone: string): boolean {
  const [first, last] = [parsePartialDate(start, timeZone), parsePartialDate(end, timeZone)];
  if (first?.precision !== 'time' || last?.precision !== 'time') return false;
  const [firstDay, lastDay] = [calendarDay(first.start, timeZone), calendarDay(last.start, timeZone)];
  return firstDay !== undefined && lastDay !== undefined && daysBetween(firstDay, lastDay) === 0;
}
