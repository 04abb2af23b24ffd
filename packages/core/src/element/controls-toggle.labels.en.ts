import { translate } from '../i18n/catalogue.js';
import { controlsToggleLabels } from './controls-toggle.labels.js';

translate(controlsToggleLabels, 'en', {
  filters: 'Filter and search',
  inUse: (count: number) => `${String(count)} in use`,
});
