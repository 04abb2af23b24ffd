// Every Intl formatter for a Samspill locale comes from here, so nynorsk works in every browser. Builds
// with reduced ICU data (Debian's Chromium among them) have no nynorsk and fall back to English for
// `nn-NO`; nn then uses bokmål's data, which has nynorsk's numbers, collation and plural rules, with
// nynorsk's words put into dates. Intl objects are costly to build and cheap to use, and a timeline
// formats thousands of dates: each is built once per locale and options.
import { intlLocale, type Locale } from '../locale.js';
import { nynorskDates, type DateTimeFormatter } from './nynorsk-dates.js';

export type { DateTimeFormatter } from './nynorsk-dates.js';

interface IntlService {
  supportedLocalesOf(locales: string[]): readonly string[];
}

const nynorskIn = new Map<IntlService, boolean>();

/** Whether the runtime has nynorsk data for an Intl service (`Intl.DateTimeFormat`, …); asked once. */
export function hasNynorsk(service: IntlService): boolean {
  let supported = nynorskIn.get(service);
  if (supported === undefined) {
    supported = service.supportedLocalesOf(['nn']).length > 0;
    nynorskIn.set(service, supported);
  }
  return supported;
}

// One cache for every kind: the key starts with the kind.
const built = new Map<string, unknown>();

function cached<T>(kind: string, locale: Locale, options: object, nynorsk: boolean, build: (tag: string) => T): T {
  const tag = locale === 'nn' && !nynorsk ? intlLocale('nb') : intlLocale(locale);
  const key = `${kind} ${locale} ${tag} ${JSON.stringify(options)}`;
  let value = built.get(key) as T | undefined;
  if (value === undefined) {
    value = build(tag);
    built.set(key, value);
  }
  return value;
}

/**
 * Dates and times in a locale. `nynorsk` says whether the runtime has nynorsk dates (it is asked
 * when left out); without, nn is bokmål's format with nynorsk's weekdays and other words.
 */
export function dateTimeFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions = {},
  nynorsk = hasNynorsk(Intl.DateTimeFormat),
): DateTimeFormatter {
  return cached('date', locale, options, nynorsk, (tag) => {
    const format = new Intl.DateTimeFormat(tag, options);
    return locale === 'nn' && !nynorsk ? nynorskDates(format, options) : format;
  });
}

/** Numbers in a locale: "1 234,5" in nb and nn, "1,234.5" in en. */
export function numberFormat(
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
  nynorsk = hasNynorsk(Intl.NumberFormat),
): Intl.NumberFormat {
  return cached('number', locale, options, nynorsk, (tag) => new Intl.NumberFormat(tag, options));
}

/** Sorting and comparing text in a locale (æ, ø, å after z in nb and nn). */
export function collator(
  locale: Locale,
  options: Intl.CollatorOptions = {},
  nynorsk = hasNynorsk(Intl.Collator),
): Intl.Collator {
  return cached('collator', locale, options, nynorsk, (tag) => new Intl.Collator(tag, options));
}

/** Plural categories in a locale ("one" for 1 tablett, "other" for 2 tabletter). */
export function pluralRules(
  locale: Locale,
  options: Intl.PluralRulesOptions = {},
  nynorsk = hasNynorsk(Intl.PluralRules),
): Intl.PluralRules {
  return cached('plural', locale, options, nynorsk, (tag) => new Intl.PluralRules(tag, options));
}

/** Names of regions, languages, … in a locale; nn's region names are near enough bokmål's where missing. */
export function displayNames(
  locale: Locale,
  options: Intl.DisplayNamesOptions,
  nynorsk = hasNynorsk(Intl.DisplayNames),
): Intl.DisplayNames {
  return cached('names', locale, options, nynorsk, (tag) => new Intl.DisplayNames([tag], options));
}
