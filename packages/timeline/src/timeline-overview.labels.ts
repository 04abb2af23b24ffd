import { defineCatalogue } from '@samspill/core/data.js';

// Bokmål, nynorsk and English all have one singular: exactly 1.
const count = (n: string, one: boolean, singular: string, plural: string): string => `${n} ${one ? singular : plural}`;

/** The overview axis's own words: buttons, its name, and the window and selection in words. */
export const overviewLabels = defineCatalogue(
  {
    controls: 'Tidsakse',
    chart: 'Tidsakse over hendelser',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    showAll: 'Vis alt',
    filter: 'Filtrer til utsnittet',
    brush: 'Velg periode',
    clear: 'Nullstill',
    today: 'I dag',
    events: (n: string, one: boolean) => count(n, one, 'hendelse', 'hendelser'),
    showing: (period: string, events: string) => `Viser ${period}: ${events}.`,
    selected: (period: string) => `Valgt periode: ${period}.`,
    noEvents: 'Ingen hendelser å vise.',
    legend:
      'Større prikk: flere hendelser. Stolpe: opphold eller behandling over tid. Stiplet felt: bare år eller måned er kjent.',
    help: 'Piltastene flytter utsnittet, pluss og minus zoomer, Home og End går til første og siste hendelse, 0 viser alt, Enter filtrerer til utsnittet og Escape nullstiller. Dra for å flytte. Velg en periode ved å dra med Shift nede, eller med «Velg periode» slått på.',
    lanes: 'Hendelser i utsnittet etter kategori',
    category: 'Kategori',
    inWindow: 'I utsnittet',
    total: 'Totalt',
  },
  {
    nn: {
      controls: 'Tidsakse',
      chart: 'Tidsakse over hendingar',
      zoomIn: 'Zoom inn',
      zoomOut: 'Zoom ut',
      showAll: 'Vis alt',
      filter: 'Filtrer til utsnittet',
      brush: 'Vel periode',
      clear: 'Nullstill',
      today: 'I dag',
      events: (n, one) => count(n, one, 'hending', 'hendingar'),
      showing: (period, events) => `Viser ${period}: ${events}.`,
      selected: (period) => `Vald periode: ${period}.`,
      noEvents: 'Ingen hendingar å vise.',
      legend:
        'Større prikk: fleire hendingar. Stolpe: opphald eller behandling over tid. Stipla felt: berre år eller månad er kjent.',
      help: 'Piltastane flyttar utsnittet, pluss og minus zoomar, Home og End går til første og siste hending, 0 viser alt, Enter filtrerer til utsnittet og Escape nullstiller. Dra for å flytte. Vel ein periode ved å dra med Shift nede, eller med «Vel periode» slått på.',
      lanes: 'Hendingar i utsnittet etter kategori',
      category: 'Kategori',
      inWindow: 'I utsnittet',
      total: 'Totalt',
    },
    en: {
      controls: 'Time axis',
      chart: 'Time axis of events',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      showAll: 'Show all',
      filter: 'Filter to view',
      brush: 'Select period',
      clear: 'Clear',
      today: 'Today',
      events: (n, one) => count(n, one, 'event', 'events'),
      showing: (period, events) => `Showing ${period}: ${events}.`,
      selected: (period) => `Selected period: ${period}.`,
      noEvents: 'No events to show.',
      legend:
        'Larger dot: more events. Bar: a stay or treatment over time. Dashed box: only the year or month is known.',
      help: 'Arrow keys move the view, plus and minus zoom, Home and End go to the first and last event, 0 shows everything, Enter filters to the view and Escape clears. Drag to move. Select a period by dragging with Shift held, or with “Select period” switched on.',
      lanes: 'Events in view by category',
      category: 'Category',
      inWindow: 'In view',
      total: 'Total',
    },
  },
);

export type OverviewLabels = (typeof overviewLabels)['nb'];
