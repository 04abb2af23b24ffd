// The words for a date that was written but cannot be read, the same in every component.
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';

export const unknownDateLabels = defineCatalogue({
  unknownDate: 'ukjent dato',
  written: 'Skrevet som',
  show: 'Vis verdien',
});

/** "ukjent dato": what a view says where a date was written but cannot be read. */
export function unknownDateText(locale: Locale): string {
  return unknownDateLabels[locale].unknownDate;
}
