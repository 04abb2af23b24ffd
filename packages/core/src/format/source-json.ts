// The "show source" view every component offers: the raw FHIR behind a row, as indented JSON text
// (shown as text, never as markup).
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';

export const messages = defineCatalogue({ unprintable: 'Kildedataene kan ikke vises.' });

/** One resource as itself, several as a list; a value JSON cannot hold (a cycle, a BigInt) says so. */
export function formatSourceJson(resources: readonly unknown[], options?: FormatOptions): string {
  const unprintable = messages[resolveLocale(options?.locale)].unprintable;
  try {
    // `undefined` (or a function) serialises to nothing, whatever the lib typing says.
    const json = JSON.stringify(resources.length === 1 ? resources[0] : resources, null, 2) as string | undefined;
    return json ?? unprintable;
  } catch {
    return unprintable;
  }
}
