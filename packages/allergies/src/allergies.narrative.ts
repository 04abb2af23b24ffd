// The words of a resource's narrative (`text.div`, XHTML) as plain text: what an allergy without a
// code still says ("Allergy: amoxicillin"). Markup is taken out, never interpreted; the view shows
// the result as text.
import { untrusted } from '@samspill/core/data.js';

const { element } = untrusted;

/** Enough to read what the record is about; the whole is in "Vis kilde". */
export const NARRATIVE_LENGTH = 300;

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

function decode(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  const known = ENTITIES.get(name);
  if (known !== undefined) return known;
  const code = name.startsWith('#x')
    ? Number.parseInt(name.slice(2), 16)
    : name.startsWith('#')
      ? Number(name.slice(1))
      : NaN;
  // Control characters and what is not a character at all are left out.
  return Number.isInteger(code) && code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '';
}

/** The narrative's text, one line, at most `NARRATIVE_LENGTH` characters (an ellipsis says it was cut); '' without one. */
export function narrativeText(narrative: unknown): string {
  const div = element(narrative)?.div;
  if (typeof div !== 'string') return '';
  const plain = div
    .slice(0, 20_000)
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h\d)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(?:#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, decode)
    .replace(/\s+/g, ' ')
    .trim();
  // By code point, so a character outside the BMP is never cut in half.
  const points = Array.from(plain);
  return points.length > NARRATIVE_LENGTH
    ? `${points
        .slice(0, NARRATIVE_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : plain;
}
