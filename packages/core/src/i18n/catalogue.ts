import type { Locale } from '../locale.js';

/** A user-facing string, or a function that builds one from values (counts, names, dates). */
export type Message = string | ((...args: never[]) => string);

/** One concept's strings in every locale Samspill supports. */
export type Catalogue<M extends Record<string, Message>> = Readonly<Record<Locale, M>>;

/** The locales whose strings may be loaded on demand; bokmål is always in the bundle. */
export type TranslatedLocale = Exclude<Locale, 'nb'>;

type AnyCatalogue = Catalogue<Record<string, Message>>;

const translations = new WeakMap<AnyCatalogue, Partial<Record<TranslatedLocale, unknown>>>();
// Every catalogue waiting for translations, so a test can find one whose translations are missing.
const deferred: AnyCatalogue[] = [];

/**
 * Declares one concept's strings next to the code that uses them. Bokmål defines the keys and the
 * shape of every message; nynorsk and English must provide exactly the same, so a missing or
 * mistyped translation is a compile error, not a blank in front of a clinician.
 *
 * Given only bokmål, the other locales come later through `translate`, from modules a locale pack
 * loads on demand (`locale-pack.ts`), so a page carries one language's strings, not three. Until
 * they arrive, `catalogue.nn` is the bokmål.
 *
 * @example
 *   const messages = defineCatalogue({ empty: 'Ingen legemidler' }, { nn: { empty: 'Ingen legemiddel' }, en: { empty: 'No medications' } });
 *   messages[locale].empty
 */
export function defineCatalogue<M extends Record<string, Message>>(
  nb: M,
  given?: { readonly nn: NoInfer<M>; readonly en: NoInfer<M> },
): Catalogue<M> {
  if (given) return { nb, nn: given.nn, en: given.en };
  const loaded: Partial<Record<TranslatedLocale, M>> = {};
  const catalogue: Catalogue<M> = {
    nb,
    get nn() {
      return loaded.nn ?? nb;
    },
    get en() {
      return loaded.en ?? nb;
    },
  };
  translations.set(catalogue, loaded);
  deferred.push(catalogue);
  return catalogue;
}

/** Supplies a catalogue's strings in one locale: what a locale pack's modules do when loaded. */
export function translate<M extends Record<string, Message>>(
  catalogue: Catalogue<M>,
  locale: TranslatedLocale,
  messages: NoInfer<M>,
): void {
  const loaded = translations.get(catalogue);
  if (!loaded) throw new TypeError('translate() takes a catalogue defined with bokmål alone.');
  loaded[locale] = messages;
}

/** Whether a catalogue has its own strings for a locale (bokmål always has). */
export function isTranslated(catalogue: AnyCatalogue, locale: Locale): boolean {
  if (locale === 'nb') return true;
  const loaded = translations.get(catalogue);
  return loaded === undefined || loaded[locale] !== undefined;
}

/** The catalogues defined with bokmål alone so far, with the locales they still lack. */
export function untranslatedCatalogues(): { readonly catalogue: AnyCatalogue; readonly missing: TranslatedLocale[] }[] {
  return deferred
    .map((catalogue) => ({
      catalogue,
      missing: (['nn', 'en'] as const).filter((locale) => !isTranslated(catalogue, locale)),
    }))
    .filter(({ missing }) => missing.length > 0);
}
