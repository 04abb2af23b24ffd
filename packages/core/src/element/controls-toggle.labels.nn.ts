import { translate } from '../i18n/catalogue.js';
import { controlsToggleLabels } from './controls-toggle.labels.js';

translate(controlsToggleLabels, 'nn', {
  filters: 'Filtrer og søk',
  inUse: (count: number) => `${String(count)} i bruk`,
});
