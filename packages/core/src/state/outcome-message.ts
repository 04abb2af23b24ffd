// What a view says about the searches that did not simply load, besides failures
// (failure-message.ts): types the app was not granted, and searches the page limit cut short.
import { formatNumber } from '../format/quantity.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { formatList } from '../i18n/list.js';
import { intlLocale, type Locale } from '../locale.js';
import { resourceNoun } from './failure-message.js';

export const messages = defineCatalogue({
  notShared: (what: string) => `${what} er ikke delt med denne appen.`,
  nothingShared: 'Ingenting er registrert i det som er delt med denne appen.',
  truncatedHeading: 'Ikke alt er hentet',
  truncated: (count: string, what: string) => `Bare ${count} ${what} er hentet; det finnes flere.`,
});

/**
 * "Mål og behandlerteam er ikke delt med denne appen.": what the app was not granted, in neutral
 * words — never as a failure, and never as "none". Empty for no types.
 */
export function notSharedMessage(resourceTypes: readonly string[], locale: Locale): string {
  if (resourceTypes.length === 0) return '';
  const nouns = [...new Set(resourceTypes.map((type) => resourceNoun(type, locale)))];
  const listed = formatList(nouns, locale);
  // Norwegian starts the sentence with the list; English names it after a colon.
  return messages[locale].notShared(locale === 'en' ? listed : capitalise(listed, locale));
}

/** What an empty view says when some of what it shows was not shared: never a plain "none". */
export function nothingSharedMessage(locale: Locale): string {
  return messages[locale].nothingShared;
}

/** The heading over searches cut short. */
export function truncatedHeading(locale: Locale): string {
  return messages[locale].truncatedHeading;
}

/** "Bare 2 000 målinger og prøvesvar er hentet; det finnes flere." */
export function truncatedMessage(resourceType: string, count: number, locale: Locale): string {
  return messages[locale].truncated(formatNumber(count, { locale }), resourceNoun(resourceType, locale));
}

function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}
