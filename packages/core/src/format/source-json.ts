// The "show source" view every component offers: the raw FHIR behind a row, as indented JSON text
// (shown as text, never as markup).
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import { MAX_MARKS } from './display-text.js';
import type { FormatOptions } from './format-options.js';

export const messages = defineCatalogue({ unprintable: 'Kildedataene kan ikke vises.' });

// What the source view writes as JSON escapes rather than as characters: direction controls (so an
// override is seen, and reverses nothing), and the extending characters of a run beyond MAX_MARKS
// (whose layout would take time growing with the square of the run). `\u202e` in JSON is the same
// data as the character: the source view shows the record exactly, at a cost linear in its length.
const EXTENDING = String.raw`(?:[\p{M}\p{Emoji_Modifier}\u200C\u{E0020}-\u{E007F}]|\u200D)`;
const ESCAPED = new RegExp(
  `[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]|(?=${EXTENDING})(?<=${EXTENDING}{${String(MAX_MARKS)}})${EXTENDING}+`,
  'gu',
);

/** Each UTF-16 unit as a JSON escape, `\u0301`. */
const escape = (text: string) =>
  text.replace(/[\s\S]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One resource as itself, several as a list; a value JSON cannot hold (a cycle, a BigInt) says so. */
export function formatSourceJson(resources: readonly unknown[], options?: FormatOptions): string {
  const unprintable = messages[resolveLocale(options?.locale)].unprintable;
  try {
    // `undefined` (or a function) serialises to nothing, whatever the lib typing says.
    const json = JSON.stringify(resources.length === 1 ? resources[0] : resources, null, 2) as string | undefined;
    return json === undefined ? unprintable : json.replace(ESCAPED, escape);
  } catch {
    return unprintable;
  }
}
