import { translate } from '../i18n/catalogue.js';
import { sourceViewLabels } from './source-view.labels.js';

translate(sourceViewLabels, 'nn', {
  showSource: 'Vis kjelde',
  sourceData: 'Kjeldedata (FHIR JSON)',
  shortened: '(forkorta; heile teksten står i kjelda)',
});
