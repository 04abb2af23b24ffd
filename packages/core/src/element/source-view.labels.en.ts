import { translate } from '../i18n/catalogue.js';
import { sourceViewLabels } from './source-view.labels.js';

translate(sourceViewLabels, 'en', {
  showSource: 'Show source',
  sourceData: 'Source data (FHIR JSON)',
  shortened: '(shortened; the full text is in the source)',
});
