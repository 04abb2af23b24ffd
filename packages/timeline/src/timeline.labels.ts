import { defineCatalogue, numberFormat } from '@samspill/core/data.js';

// Bokmål, nynorsk and English all have one singular: exactly 1. Numbers grouped as each language does.
export const nb = numberFormat('nb');
export const en = numberFormat('en');
export const count = (format: Intl.NumberFormat, n: number, one: string, other: string): string =>
  `${format.format(n)} ${n === 1 ? one : other}`;

/** The element's own words (filters, buttons, notices), next to the model's in timeline.messages.ts. */
export const timelineLabels = defineCatalogue({
  heading: 'Tidslinje',
  empty: 'Ingen hendelser er registrert.',
  events: (n: number) => count(nb, n, 'hendelse', 'hendelser'),
  noMatches: 'Ingen hendelser passer filteret.',
  matches: (n: number) => `${count(nb, n, 'hendelse', 'hendelser')} passer søket.`,
  shown: (n: number, total: number) => `Viser ${nb.format(n)} av ${count(nb, total, 'hendelse', 'hendelser')}`,
  filters: 'Filtrer hendelser',
  types: 'Hendelsestyper',
  sources: 'Kilder',
  moreFilters: 'Typer og kilder',
  overview: 'Oversikt over tid',
  overviewLoading: 'Henter oversikten over tid …',
  overviewFailed:
    'Oversikten over tid kunne ikke hentes. Last inn siden på nytt for å prøve igjen; hendelsene nedenfor er ikke berørt.',
  narrowed: 'avgrenset',
  range: 'Tidsrom',
  'preset-7d': 'Siste 7 dager',
  'preset-30d': 'Siste 30 dager',
  'preset-1y': 'Siste år',
  'preset-all': 'Alt',
  custom: 'Egendefinert',
  from: 'Fra',
  to: 'Til',
  search: 'Søk i hendelser',
  clearFilters: 'Nullstill filter',
  list: 'Hendelser',
  upcoming: 'Kommende',
  details: (title: string) => `Detaljer om ${title}`,
  results: 'Resultater',
  name: 'Navn',
  value: 'Verdi',
  date: 'Dato',
  related: 'Relatert',
  attachments: 'Vedlegg',
  open: 'Åpne',
  download: 'Last ned',
  attachment: 'Vedlegg',
  bytes: (n: number) =>
    n < 1024
      ? `${nb.format(n)} B`
      : n < 1024 * 1024
        ? `${nb.format(Math.round(n / 1024))} kB`
        : `${nb.format(Math.round(n / 104857.6) / 10)} MB`,
  source: 'Kilde',
  careLevel: 'Omsorgsnivå',
  status: 'Status',
  progress: 'Henter hendelser',
  progressText: (done: number, total: number, events: number) =>
    `Henter … ${nb.format(done)} av ${nb.format(total)} søk, ${count(nb, events, 'hendelse', 'hendelser')} så langt`,
  /** The servers' totals added up: "ca.", since what they count and what the timeline shows differ a little. */
  progressOf: (loaded: number, expected: number) =>
    `Henter … ${nb.format(loaded)} av ca. ${count(nb, expected, 'hendelse', 'hendelser')}`,
  completing: 'Viser de nyeste hendelsene og ordner resten …',
});

export type TimelineLabels = (typeof timelineLabels)['nb'];
