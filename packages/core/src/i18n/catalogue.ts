import type { Locale } from '../locale.js';

/** A user-facing string, or a function that builds one from values (counts, names, dates). */
export type Message = string | ((...args: never[]) => string);

/** One concept's strings in every locale Samspill supports. */
export type Catalogue<M extends Record<string, Message>> = Readonly<Record<Locale, M>>;

/**
 * Declares one concept's strings next to the code that uses them. Bokmål defines the keys and the
 * shape of every message; nynorsk and English must provide exactly the same, so a missing or
 * mistyped translation is a compile error, not a blank in front of a clinician.
 *
 * @example
 *   const messages = defineCatalogue({ empty: 'Ingen legemidler' }, { nn: { empty: 'Ingen legemiddel' }, en: { empty: 'No medications' } });
 *   messages[locale].empty
 */
export function defineCatalogue<M extends Record<string, Message>>(
  nb: M,
  translations: { readonly nn: NoInfer<M>; readonly en: NoInfer<M> },
): Catalogue<M> {
  return { nb, nn: translations.nn, en: translations.en };
}
