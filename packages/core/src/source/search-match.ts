import type { Resource } from 'fhir/r4.js';
import { DATE_PREFIXES, dateRange, rangeMatches, type DatePrefix, type DateRange } from './fhir-date-range.js';
import { parseReference } from './fhir-reference.js';
import type { SearchParamDefinition } from './search-paths.js';
import { splitUnescaped, unescape, type Checked, type Filter } from './search-params.js';
import type { SearchValues, TokenCode } from './search-values.js';

export type { KeyOfReference } from './search-values.js';

export type Predicate = (resource: Resource) => boolean;

/**
 * One filter as a predicate: true when any of its values matches (FHIR's comma OR). A value the
 * parameter's type cannot read is an error naming the parameter, never a filter that matches nothing.
 */
export function compileFilter(filter: Filter, param: SearchParamDefinition, values: SearchValues): Checked<Predicate> {
  const predicates: Predicate[] = [];
  for (const value of filter.values) {
    const predicate = compileValue(value, param, values);
    if (predicate === undefined)
      return { error: `'${value}' is not a valid value for the search parameter '${filter.name}'.` };
    predicates.push(predicate);
  }
  return { value: (resource) => predicates.some((matches) => matches(resource)) };
}

function compileValue(value: string, param: SearchParamDefinition, values: SearchValues): Predicate | undefined {
  switch (param.kind) {
    case 'token': {
      const token = parseToken(value);
      return token && ((resource) => values.tokenCodes(resource, param).some((code) => tokenMatches(token, code)));
    }
    case 'date': {
      const search = parseDate(value);
      return (
        search &&
        ((resource) =>
          values.dateRanges(resource, param).some((range) => rangeMatches(search.prefix, search.range, range)))
      );
    }
    case 'reference': {
      const wanted = parseReferenceValue(value);
      return (
        wanted &&
        ((resource) =>
          values
            .referenceKeys(resource, param)
            .some(
              (key) =>
                key.id === wanted.id &&
                (param.target === undefined || key.type === param.target) &&
                (wanted.type === undefined || key.type === wanted.type),
            ))
      );
    }
  }
}

/** `code`, `system|code`, `|code` (no system) or `system|` (any code of the system). */
interface Token {
  readonly system?: string;
  readonly code?: string;
}

export function parseToken(value: string): Token | undefined {
  const parts = splitUnescaped(value, '|');
  const [first = '', second] = parts.map(unescape);
  if (parts.length === 1) return { code: first };
  if (parts.length > 2 || second === undefined || (first === '' && second === '')) return undefined;
  return second === '' ? { system: first } : { system: first, code: second };
}

/**
 * FHIR token matching. A plain `code` element (`status`) has its system only through its binding,
 * so it matches on the code alone.
 */
export function tokenMatches(token: Token, candidate: TokenCode): boolean {
  if (candidate.implicit) return token.code !== undefined && token.code === candidate.code;
  if (token.code !== undefined && token.code !== candidate.code) return false;
  if (token.system === undefined) return true;
  return token.system === ''
    ? candidate.system === undefined || candidate.system === ''
    : token.system === candidate.system;
}

export function parseDate(value: string): { prefix: DatePrefix; range: DateRange } | undefined {
  const written = /^[a-z]{2}/.test(value) ? value.slice(0, 2) : undefined;
  const prefix = DATE_PREFIXES.find((known) => known === (written ?? 'eq'));
  const range = dateRange(written === undefined ? value : value.slice(2));
  return prefix && range ? { prefix, range } : undefined;
}

/** `123`, `Patient/123` or a URL ending in `Patient/123`. */
export function parseReferenceValue(value: string): { type?: string; id: string } | undefined {
  const text = unescape(value);
  if (/^[A-Za-z0-9\-.]{1,64}$/.test(text)) return { id: text };
  return parseReference(text);
}
