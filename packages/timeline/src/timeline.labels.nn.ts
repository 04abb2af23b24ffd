import { translate } from '@samspill/core/data.js';
import { timelineLabels, count, nb } from './timeline.labels.js';

translate(timelineLabels, 'nn', {
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
  overviewLoading: 'Hentar oversikta over tid …',
  overviewFailed:
    'Oversikta over tid kunne ikkje hentast. Last inn sida på nytt for å prøve igjen; hendingane nedanfor er ikkje påverka.',
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
});
