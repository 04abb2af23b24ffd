/** Either a value or why there is none: what every step of reading a search returns. */
export type Checked<T> = { readonly value: T; readonly error?: undefined } | { readonly error: string };

/** One occurrence of a filtering parameter: its values (comma-separated in FHIR) are ORed. */
export interface Filter {
  readonly name: string;
  readonly values: readonly string[];
}

export interface SortKey {
  readonly name: string;
  readonly descending: boolean;
}

/** A search's parameters, read: filters (ANDed), paging, order and what to include. */
export interface ParsedSearch {
  readonly filters: readonly Filter[];
  readonly count?: number;
  readonly sort: readonly SortKey[];
  readonly include: readonly string[];
  readonly revinclude: readonly string[];
}

// Parameters that change how a result is delivered, not which resources it holds.
const HARMLESS = new Set(['_total', '_elements', '_format']);

/**
 * Reads `SearchParams` (or anything else, refused with a reason): `undefined` (and `null`) means absent and empty values are dropped, as
 * servers do; an array repeats the parameter (AND); a comma inside one value separates alternatives
 * (OR) unless escaped as `\,`. Modifiers (`code:text`) and chains (`subject.name`) are refused by name.
 */
export function parseSearchParams(params: unknown): Checked<ParsedSearch> {
  if (params === undefined || params === null) return { value: { filters: [], sort: [], include: [], revinclude: [] } };
  if (typeof params !== 'object') return { error: 'Search parameters must be an object.' };
  const filters: Filter[] = [];
  const sort: SortKey[] = [];
  const include: string[] = [];
  const revinclude: string[] = [];
  let count: number | undefined;
  for (const [name, raw] of Object.entries(params as Record<string, unknown>)) {
    const values = valuesOf(raw);
    if (values === undefined)
      return { error: `The value of the search parameter '${name}' is not a string or a number.` };
    if (values.length === 0 || HARMLESS.has(name)) continue;
    if (name === '_count') {
      const [only] = values;
      if (values.length > 1 || only === undefined || !/^\d+$/.test(only)) {
        return { error: `The search parameter '_count' must be one whole number, not '${values.join("', '")}'.` };
      }
      count = Number(only);
    } else if (name === '_sort') {
      sort.push(...sortKeys(values));
    } else if (name === '_include') {
      include.push(...values);
    } else if (name === '_revinclude') {
      revinclude.push(...values);
    } else if (/[:.]/.test(name)) {
      return { error: `The search parameter '${name}' uses a modifier or a chain, which is not supported.` };
    } else {
      for (const value of values) filters.push({ name, values: splitUnescaped(value, ',').filter(Boolean) });
    }
  }
  return { value: { filters, sort, include, revinclude, ...(count === undefined ? {} : { count }) } };
}

/**
 * Splits on a separator that is not escaped with a backslash, keeping the escapes (a token's `|` is
 * split after its `,`); `unescape` removes them at the end.
 */
export function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '\\' && i + 1 < text.length) {
      current += char + text.charAt(i + 1);
      i += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  return [...parts, current];
}

export function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function valuesOf(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return [];
  const items: unknown[] = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const values: string[] = [];
  for (const item of items) {
    if (typeof item === 'number') values.push(String(item));
    else if (typeof item === 'string') values.push(item);
    else return undefined;
  }
  return values.filter((value) => value !== '');
}

function sortKeys(values: readonly string[]): SortKey[] {
  return values
    .flatMap((value) => value.split(','))
    .filter(Boolean)
    .map((key) => (key.startsWith('-') ? { name: key.slice(1), descending: true } : { name: key, descending: false }));
}
