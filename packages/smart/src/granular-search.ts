// SMART v2 granular scopes (`patient/Observation.rs?category=…|laboratory`) grant only the resources
// that match their query, and a strict server refuses a search that could return others. So a search
// of a type whose every grant is restricted is asked once per granted query, narrowed by it, and the
// answers are put together as one result.
import type { Resource } from 'fhir/r4.js';
import {
  resourceKey,
  type FhirSource,
  type SearchOptions,
  type SearchParams,
  type SearchResult,
} from '@samspill/core/data.js';

type SearchValue = string | number;

/**
 * `source.search`, once per query in `queries` with that query's parameters added to `params`, the
 * results merged; with no queries, the one search as asked. `options` (and so `onPage`) goes to each
 * search: a resource that matches two queries can come in a page of each, but once in the result.
 */
export async function granularSearch<T extends Resource = Resource>(
  source: FhirSource,
  resourceType: T['resourceType'],
  params: SearchParams,
  options: SearchOptions | undefined,
  queries: readonly string[],
): Promise<SearchResult<T>> {
  if (queries.length === 0) return source.search<T>(resourceType, params, options);
  const results = await Promise.all(
    queries.map((query) => source.search<T>(resourceType, narrowedParams(params, query), options)),
  );
  return mergedResults(results);
}

/**
 * `params` with the parameters of a granted query (`category=…&code=…`) added. A parameter both name is
 * repeated, which FHIR reads as AND: the caller's filter still holds, inside the grant.
 */
export function narrowedParams(params: SearchParams, query: string): SearchParams {
  const narrowed = new Map<string, readonly SearchValue[]>();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) narrowed.set(name, valuesOf(value));
  }
  for (const [name, value] of new URLSearchParams(query)) {
    const values = narrowed.get(name) ?? [];
    if (!values.some((existing) => String(existing) === value)) narrowed.set(name, [...values, value]);
  }
  // fromEntries, not assignment: a parameter named `__proto__` stays a parameter.
  return Object.fromEntries(
    [...narrowed].map(([name, values]): [string, SearchValue | readonly SearchValue[]] => [
      name,
      values.length === 1 && values[0] !== undefined ? values[0] : values,
    ]),
  );
}

function valuesOf(value: SearchValue | readonly SearchValue[]): readonly SearchValue[] {
  return typeof value === 'string' || typeof value === 'number' ? [value] : value;
}

/**
 * One result from several searches of one type: each resource once (by `Type/id`), in the order of
 * the searches; a total only when every search gave one (queries can overlap, so it may count a
 * resource twice).
 */
function mergedResults<T extends Resource>(results: readonly SearchResult<T>[]): SearchResult<T> {
  const totals = results.map((result) => result.total);
  const total = totals.every((each): each is number => each !== undefined)
    ? totals.reduce((sum, each) => sum + each, 0)
    : undefined;
  return {
    resources: once(results.flatMap((result) => result.resources)),
    included: once(results.flatMap((result) => result.included)),
    issues: results.flatMap((result) => result.issues),
    failures: results.flatMap((result) => result.failures),
    truncated: results.some((result) => result.truncated),
    ...(total !== undefined && { total }),
  };
}

/** The first of each `Type/id`; a resource without an id cannot be matched, so it is kept. */
function once<R extends Resource>(resources: readonly R[]): R[] {
  const seen = new Set<string>();
  return resources.filter((resource) => {
    const key = resourceKey(resource);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
