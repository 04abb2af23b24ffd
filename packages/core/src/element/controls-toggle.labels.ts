import { defineCatalogue } from '../i18n/catalogue.js';

export const controlsToggleLabels = defineCatalogue({
  filters: 'Filtrer og søk',
  inUse: (count: number) => `${String(count)} i bruk`,
});
