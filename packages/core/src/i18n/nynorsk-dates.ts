// Nynorsk dates from bokmål's Intl data, for browsers built without nynorsk (Debian's Chromium among
// them: `nn-NO` formats in English there). Months, numbers and patterns are the same in both written
// standards; the words below are what differs (CLDR's nynorsk, checked against a full-ICU runtime).

/** What Samspill uses of an `Intl.DateTimeFormat`; a native one is one. */
export interface DateTimeFormatter {
  format(date?: Date | number): string;
  formatToParts(date?: Date | number): Intl.DateTimeFormatPart[];
  formatRange(start: Date | number, end: Date | number): string;
}

// Monday first. Abbreviations differ in a date ("to. 15. jan.") from the weekday alone ("tor");
// the narrow letters are bokmål's.
const WEEKDAYS = {
  long: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
  short: ['må.', 'ty.', 'on.', 'to.', 'fr.', 'la.', 'sø.'],
  shortAlone: ['mån', 'tys', 'ons', 'tor', 'fre', 'lau', 'søn'],
} as const;

// Bokmål's word → nynorsk's, for the other parts that differ. Time zone names only for Central
// European time, the zone Samspill shows unless told otherwise.
const WORDS: Partial<Record<Intl.DateTimeFormatPartTypes, ReadonlyMap<string, string>>> = {
  dayPeriod: new Map([
    ['a.m.', 'f.m.'],
    ['p.m.', 'e.m.'],
    ['på natten', 'på natta'],
    ['på morgenen', 'på morgonen'],
  ]),
  timeZoneName: new Map([
    ['sentraleuropeisk normaltid', 'sentraleuropeisk standardtid'],
    ['sentraleuropeisk sommertid', 'sentraleuropeisk sommartid'],
  ]),
};

// Fields that put a weekday in a date rather than alone.
const DATE_FIELDS = [
  'era',
  'year',
  'month',
  'day',
  'dayPeriod',
  'hour',
  'minute',
  'second',
  'fractionalSecondDigits',
  'timeZoneName',
  'dateStyle',
  'timeStyle',
] as const;

/**
 * A formatter that writes nynorsk with `bokmal` (an nb-NO formatter built with `options`): bokmål's
 * parts with nynorsk's words. `bokmal` itself when no part it gives can differ.
 */
export function nynorskDates(bokmal: Intl.DateTimeFormat, options: Intl.DateTimeFormatOptions): DateTimeFormatter {
  const types = new Set(bokmal.formatToParts(0).map((part) => part.type));
  if (!types.has('weekday') && !types.has('dayPeriod') && !types.has('timeZoneName')) return bokmal;
  const weekdays = types.has('weekday') ? weekdayWords(bokmal, options) : new Map<string, string>();
  const rewrite = <Part extends Intl.DateTimeFormatPart>(parts: Part[]): Part[] =>
    parts.map((part) => {
      const words = part.type === 'weekday' ? weekdays : WORDS[part.type];
      const word = words?.get(part.value);
      return word === undefined ? part : { ...part, value: word };
    });
  return {
    format: (date = Date.now()) => withWords(bokmal.format(date), bokmal.formatToParts(date), rewrite),
    formatToParts: (date) => rewrite(bokmal.formatToParts(date)),
    formatRange: (start, end) =>
      withWords(bokmal.formatRange(start, end), bokmal.formatRangeToParts(start, end), rewrite),
  };
}

/**
 * `text` with the rewritten parts' words in place. `format()` may space differently from its parts
 * (V8 shows U+202F as a plain space there), one character for one: its text is kept around the words.
 */
function withWords<Part extends Intl.DateTimeFormatPart>(
  text: string,
  parts: Part[],
  rewrite: (parts: Part[]) => Part[],
): string {
  const words = rewrite(parts);
  let at = 0;
  let written = '';
  parts.forEach((part, index) => {
    const word = words[index] ?? part;
    written += word === part ? text.slice(at, at + part.value.length) : word.value;
    at += part.value.length;
  });
  return at === text.length ? written : words.map((part) => part.value).join('');
}

/** Bokmål's weekday words in this format → nynorsk's, learnt from a known week in UTC. */
function weekdayWords(bokmal: Intl.DateTimeFormat, options: Intl.DateTimeFormatOptions): Map<string, string> {
  const width = options.weekday ?? 'long'; // only dateStyle 'full' brings a weekday of its own, a long one
  const alone = DATE_FIELDS.every((field) => options[field] === undefined);
  const nynorsk = width === 'long' ? WEEKDAYS.long : width === 'short' && alone ? WEEKDAYS.shortAlone : WEEKDAYS.short;
  const words = new Map<string, string>();
  // Narrow letters are the same in both, and two of them ("T") would be ambiguous here.
  if (width === 'narrow') return words;
  const utc = new Intl.DateTimeFormat(bokmal.resolvedOptions().locale, { ...options, timeZone: 'UTC' });
  nynorsk.forEach((word, index) => {
    // 1 January 2024 was a Monday.
    const parts = utc.formatToParts(Date.UTC(2024, 0, 1 + index, 12));
    const bokmalWord = parts.find((part) => part.type === 'weekday')?.value;
    if (bokmalWord !== undefined) words.set(bokmalWord, word);
  });
  return words;
}
