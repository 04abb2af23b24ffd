import type { Locale } from '../locale.js';
import { pluralRules } from './intl-format.js';

/** The plural category of a count in a locale ("one" for 1 tablett, "other" for 2 tabletter). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}
