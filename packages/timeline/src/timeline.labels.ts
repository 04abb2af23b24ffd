import { defineCatalogue, numberFormat } from '@samspill/core/data.js';

// Bokmål, nynorsk and English all have one singular: exactly 1. Numbers grouped as each language does.
const nb = numberFormat('nb');
const en = numberFormat('en');
const count = (format: Intl.NumberFormat, n: number, one: string, other: string): string =>
  `${format.format(n)} ${n === 1 ? one : other}`;

/** The element's own words (filters, buttons, notices), next to the model's in timeline.messages.ts. */
export const timelineLabels = defineCatalogue(
  {
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
  },
  {
    nn: {
      heading: 'Tidslinje',
      empty: 'Ingen hendingar er registrerte.',
      events: (n) => count(nb, n, 'hending', 'hendingar'),
      noMatches: 'Ingen hendingar passar filteret.',
      matches: (n) => `${count(nb, n, 'hending', 'hendingar')} passar søket.`,
      shown: (n, total) => `Viser ${nb.format(n)} av ${count(nb, total, 'hending', 'hendingar')}`,
      filters: 'Filtrer hendingar',
      types: 'Hendingstypar',
      sources: 'Kjelder',
      moreFilters: 'Typar og kjelder',
      overview: 'Oversikt over tid',
      narrowed: 'avgrensa',
      range: 'Tidsrom',
      'preset-7d': 'Siste 7 dagar',
      'preset-30d': 'Siste 30 dagar',
      'preset-1y': 'Siste år',
      'preset-all': 'Alt',
      custom: 'Eigendefinert',
      from: 'Frå',
      to: 'Til',
      search: 'Søk i hendingar',
      clearFilters: 'Nullstill filter',
      list: 'Hendingar',
      upcoming: 'Kommande',
      details: (title) => `Detaljar om ${title}`,
      results: 'Resultat',
      name: 'Namn',
      value: 'Verdi',
      date: 'Dato',
      related: 'Relatert',
      attachments: 'Vedlegg',
      open: 'Opne',
      download: 'Last ned',
      attachment: 'Vedlegg',
      bytes: (n) =>
        n < 1024
          ? `${nb.format(n)} B`
          : n < 1024 * 1024
            ? `${nb.format(Math.round(n / 1024))} kB`
            : `${nb.format(Math.round(n / 104857.6) / 10)} MB`,
      source: 'Kjelde',
      careLevel: 'Omsorgsnivå',
      status: 'Status',
      progress: 'Hentar hendingar',
      progressText: (done, total, events) =>
        `Hentar … ${nb.format(done)} av ${nb.format(total)} søk, ${count(nb, events, 'hending', 'hendingar')} så langt`,
      progressOf: (loaded, expected) =>
        `Hentar … ${nb.format(loaded)} av ca. ${count(nb, expected, 'hending', 'hendingar')}`,
      completing: 'Viser dei nyaste hendingane og ordnar resten …',
    },
    en: {
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
      progressOf: (loaded, expected) =>
        `Loading … ${en.format(loaded)} of about ${count(en, expected, 'event', 'events')}`,
      completing: 'Showing the newest events and sorting the rest …',
    },
  },
);

export type TimelineLabels = (typeof timelineLabels)['nb'];
