import { translate } from '@samspill/core/data.js';
import { timelineLabels, count, en } from './timeline.labels.js';

translate(timelineLabels, 'en', {
  heading: 'Timeline',
  empty: 'No events are recorded.',
  events: (n) => count(en, n, 'event', 'events'),
  noMatches: 'No events match the filter.',
  matches: (n) => `${count(en, n, 'event matches', 'events match')} the search.`,
  shown: (n, total) => `Showing ${en.format(n)} of ${count(en, total, 'event', 'events')}`,
  filters: 'Filter events',
  types: 'Event types',
  sources: 'Sources',
  moreFilters: 'Types and sources',
  overview: 'Overview over time',
  overviewLoading: 'Loading the overview over time …',
  overviewFailed:
    'The overview over time could not be loaded. Reload the page to try again; the events below are not affected.',
  narrowed: 'narrowed',
  range: 'Period',
  'preset-7d': 'Last 7 days',
  'preset-30d': 'Last 30 days',
  'preset-1y': 'Last year',
  'preset-all': 'All',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  search: 'Search events',
  clearFilters: 'Clear filters',
  list: 'Events',
  upcoming: 'Upcoming',
  details: (title) => `Details of ${title}`,
  results: 'Results',
  name: 'Name',
  value: 'Value',
  date: 'Date',
  related: 'Related',
  attachments: 'Attachments',
  open: 'Open',
  download: 'Download',
  attachment: 'Attachment',
  bytes: (n) =>
    n < 1024
      ? `${en.format(n)} B`
      : n < 1024 * 1024
        ? `${en.format(Math.round(n / 1024))} kB`
        : `${en.format(Math.round(n / 104857.6) / 10)} MB`,
  source: 'Source',
  careLevel: 'Level of care',
  status: 'Status',
  progress: 'Loading events',
  progressText: (done, total, events) =>
    `Loading … ${en.format(done)} of ${en.format(total)} searches, ${count(en, events, 'event', 'events')} so far`,
  progressOf: (loaded, expected) => `Loading … ${en.format(loaded)} of about ${count(en, expected, 'event', 'events')}`,
  completing: 'Showing the newest events and sorting the rest …',
});
