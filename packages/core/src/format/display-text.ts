// Text from a record, made safe to lay out, sort and search at a cost linear in its length. Two kinds
// of hostile text are handled: long runs of characters that extend the one before them (combining
// marks, emoji skin tones, tags, joiners), whose layout, normalisation and collation cost grows with
// the square of the run; and explicit bidirectional controls (U+202E and its kin), which would
// reverse whatever follows them on the line.

/**
 * The most extending characters kept after one base character: Unicode's stream-safe limit
 * (UAX #15, §13), beyond which no real text goes. A longer run is cut to this many.
 */
export const MAX_MARKS = 30;

// Combining marks (Mn, Mc, Me: diacritics, variation selectors), emoji modifiers, ZWNJ, ZWJ and tags:
// everything that extends a grapheme cluster. A run of up to MAX_MARKS is kept; the rest is cut.
const EXTENDING = String.raw`(?:[\p{M}\p{Emoji_Modifier}\u200C\u{E0020}-\u{E007F}]|\u200D)`;
const LONG_RUN = new RegExp(`(${EXTENDING}{${String(MAX_MARKS)}})${EXTENDING}+`, 'gu');

/** `text` with every run of extending characters cut to `MAX_MARKS`; the same text when none is longer. */
export function capMarks(text: string): string {
  return text.replace(LONG_RUN, '$1');
}

// LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI, FSI, PDI (U+2066–2069).
const BIDI_CONTROL = String.raw`\u202A-\u202E\u2066-\u2069`;
// Right-to-left scripts (Hebrew to NKo, Arabic presentation forms, the historic RTL planes) and the
// invisible marks that make text run right to left.
const RIGHT_TO_LEFT = String.raw`\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}`;
const TURNS_TEXT = new RegExp(`[${BIDI_CONTROL}${RIGHT_TO_LEFT}]`, 'u');
const ISOLATE_MARK = /[\u2066-\u2069]/g;

/**
 * `text` kept from turning the text around it: wrapped in FSI … PDI (a first-strong isolate, what
 * `<bdi>` does) when it holds a right-to-left character or a direction control. The closing PDI ends
 * every embedding and override opened inside, so an unterminated U+202E cannot reverse what follows.
 * A PDI with no isolate of its own to close is dropped (it would close ours; alone it does nothing).
 * Other text is returned as it is.
 */
export function isolateBidi(text: string): string {
  if (!TURNS_TEXT.test(text)) return text;
  let open = 0;
  const balanced = text.replace(ISOLATE_MARK, (mark) => {
    if (mark !== '\u2069') open++;
    else if (open > 0) open--;
    else return '';
    return mark;
  });
  return `\u2068${balanced}\u2069`;
}

/**
 * Text from a record as a view shows it: long runs of extending characters cut (`capMarks`), and
 * isolated from its neighbours (`isolateBidi`); `shortened` when something was cut, which the view
 * must say, the full text staying in the source view.
 */
export function displayText(text: string): { readonly text: string; readonly shortened: boolean } {
  const capped = capMarks(text);
  return { text: isolateBidi(capped), shortened: capped.length !== text.length };
}
