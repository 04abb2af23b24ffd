import { defineCatalogue } from '../i18n/catalogue.js';

export const sourceViewLabels = defineCatalogue({
  showSource: 'Vis kilde',
  sourceData: 'Kildedata (FHIR JSON)',
  shortened: '(forkortet; hele teksten står i kilden)',
});
