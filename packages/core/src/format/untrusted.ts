// Reading FHIR JSON that came from outside: a formatter is handed whatever a server sent, typed or not,
// so every field stays `unknown` until one of these has checked it.

/** An element's fields, not yet checked. */
export type Fields = Readonly<Partial<Record<string, unknown>>>;

/** An object-shaped FHIR element, or undefined for anything else (a string, an array, null). */
export function element(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** A repeating element; a lone value where a list belongs is tolerated as a list of one. */
export function list(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  return value === undefined || value === null ? [] : [value];
}

/** A string field as one line of text; anything that is not a string reads as empty. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** A repeating string field's non-empty lines of text. */
export function texts(value: unknown): string[] {
  return list(value).map(text).filter(Boolean);
}

/**
 * The extensions of an element whose url is `url` (a complex extension's parts by their short url,
 * "reseptdate"); compared without case, as servers write SFM's urls in either.
 */
export function extensions(fields: unknown, url: string): Fields[] {
  const wanted = url.toLowerCase();
  return list(element(fields)?.extension).flatMap((item) => {
    const extension = element(item);
    return extension && text(extension.url).toLowerCase() === wanted ? [extension] : [];
  });
}

// Text a broken serialiser leaves behind is never shown.
const PLACEHOLDER = /^(?:undefined|null|nan|-?infinity|\[object \w+\])$/i;

/** A string field as one line of text that is safe to show: '' for anything else and for "undefined", "NaN", "[object Object]". */
export function clean(value: unknown): string {
  const line = text(value);
  return PLACEHOLDER.test(line) ? '' : line;
}

/** Which of `names` are present on `fields` but not an object (a string where an element belongs). */
export function misshapenObjects(fields: Fields, names: readonly string[]): string[] {
  return names.filter((name) => {
    const value = fields[name];
    return value !== undefined && value !== null && element(value) === undefined;
  });
}

/** Which of `names` are present on `fields` but not a list of objects (one object is tolerated as a list). */
export function misshapenLists(fields: Fields, names: readonly string[]): string[] {
  return names.filter((name) => {
    const value = fields[name];
    if (value === undefined || value === null) return false;
    return Array.isArray(value) ? value.some((item) => element(item) === undefined) : element(value) === undefined;
  });
}
