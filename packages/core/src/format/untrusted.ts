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
