import { intlLocale, type Locale } from '../locale.js';

// Intl objects are costly to build and cheap to use; a long list formats thousands of counts.
const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in a locale ("one" for 1 tablett, "other" for 2 tabletter). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let localeRules = rules.get(locale);
  if (!localeRules) {
    localeRules = new Intl.PluralRules(intlLocale(locale));
    rules.set(locale, localeRules);
  }
  return localeRules.select(count);
}
