import type { Resource } from 'fhir/r4.js';
import { parseReferenceValue, parseToken } from './search-match.js';
import type { Filter } from './search-params.js';
import { searchParam, searchParameters, type SearchParamDefinition } from './search-paths.js';
import type { SearchValues } from './search-values.js';
import type { Narrower, Narrowing } from './narrowing.js';
import { dateNarrower } from './static-date-index.js';

/**
 * The token and reference parameters indexed by key: identity, the patient a resource belongs to,
 * and the codes most searches of a patient's record narrow by. Every date parameter is indexed too.
 */
export const KEYED_PARAMS: readonly string[] = ['_id', 'patient', 'subject', 'category', 'code'];

/**
 * Narrows a search to the resources that can match it, never deciding a match itself: the search's
 * predicates still run on every candidate, so an index changes how fast a search is, never what it finds.
 */
export interface SearchIndex {
  /** Candidates for the ANDed filters in store order; undefined when no filter can narrow the search. */
  candidates(filters: readonly Filter[]): readonly Resource[] | undefined;
}

/** Indexes one type's resources by `KEYED_PARAMS` and by every date parameter the type has. */
export function createSearchIndex(
  resourceType: string,
  resources: readonly Resource[],
  values: SearchValues,
): SearchIndex {
  const narrowers = new Map<string, Narrower>();
  for (const name of KEYED_PARAMS) {
    const param = searchParam(resourceType, name);
    if (param?.kind === 'reference' || param?.kind === 'token')
      narrowers.set(name, keyNarrower(resources, param, values));
  }
  for (const { name } of searchParameters(resourceType)) {
    const param = searchParam(resourceType, name);
    if (param?.kind === 'date') narrowers.set(name, dateNarrower(resources, param, values));
  }
  return {
    candidates(filters) {
      // Filters are ANDed, so any one filter's candidates hold every match: take the fewest.
      let narrowest: Narrowing | undefined;
      for (const filter of filters) {
        const narrower = narrowers.get(filter.name);
        const narrowing = narrower && unionOf(filter.values.map(narrower));
        if (narrowing && (narrowest === undefined || narrowing.size < narrowest.size)) narrowest = narrowing;
      }
      return narrowest?.positions().flatMap((position) => {
        const resource = resources[position];
        return resource === undefined ? [] : [resource];
      });
    },
  };
}

/**
 * By key: a filter value matches a resource only when one of the resource's keys (the id a
 * reference points at, the code of a token) equals the value's, so that key's postings hold every
 * resource the value can match.
 */
export function keyNarrower(
  resources: readonly Resource[],
  param: SearchParamDefinition,
  values: SearchValues,
): Narrower {
  const postings = new Map<string, number[]>();
  resources.forEach((resource, position) => {
    for (const key of keysOf(resource, param, values)) {
      const positions = postings.get(key);
      if (positions) positions.push(position);
      else postings.set(key, [position]);
    }
  });
  return (value) => {
    const key = wantedKey(param, value);
    if (key === undefined) return undefined;
    const positions = postings.get(key) ?? [];
    return { size: positions.length, positions: () => positions };
  };
}

/** The keys a resource holds for one parameter, each once. */
export function keysOf(resource: Resource, param: SearchParamDefinition, values: SearchValues): string[] {
  const keys =
    param.kind === 'reference'
      ? values.referenceKeys(resource, param).map((key) => key.id)
      : values.tokenCodes(resource, param).flatMap((code) => (code.code === undefined ? [] : [code.code]));
  return [...new Set(keys)];
}

/**
 * The key a filter value needs a resource to hold: a reference's id, a token's code. Undefined when
 * matching does not need one (`system|` matches any code of the system) or the value is unreadable.
 */
export function wantedKey(param: SearchParamDefinition, value: string): string | undefined {
  return param.kind === 'reference' ? parseReferenceValue(value)?.id : parseToken(value)?.code;
}

// A filter's values are ORed: the union of their narrowings, in store order. Undefined when one
// value cannot be narrowed, since that value alone may match anything.
function unionOf(narrowings: readonly (Narrowing | undefined)[]): Narrowing | undefined {
  const known = narrowings.filter((narrowing): narrowing is Narrowing => narrowing !== undefined);
  if (known.length !== narrowings.length) return undefined;
  const [only] = known;
  if (only !== undefined && known.length === 1) return only;
  return {
    size: known.reduce((sum, narrowing) => sum + narrowing.size, 0),
    positions: () => [...new Set(known.flatMap((narrowing) => narrowing.positions()))].sort((a, b) => a - b),
  };
}
