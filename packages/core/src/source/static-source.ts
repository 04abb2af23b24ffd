import type { Bundle, Reference, Resource } from 'fhir/r4.js';
import type { FhirSource, ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from './fhir-source.js';
import { parseReference, referenceText } from './fhir-reference.js';
import { readLocal } from './read-local.js';
import { createStore, type ResourceStore } from './resource-store.js';
import { abortedFailure, failedSearch, sourceFailure } from './source-failure.js';
import { includedResources, parseInclude, type IncludeSpec } from './search-include.js';
import { compileFilter, type Predicate } from './search-match.js';
import { reportPage } from './search-page.js';
import { searchParam } from './search-paths.js';
import { DEFAULT_PAGE_LIMIT } from './fhir-source.js';
import { parseSearchParams, type Checked, type Filter } from './search-params.js';
import { compileSort, type Comparator } from './search-sort.js';
import { rememberedValues, type SearchValues } from './search-values.js';
import { createSearchIndex, type SearchIndex } from './static-index.js';

/**
 * A source that answers from resources in memory, as a FHIR server would: for designers, tests and
 * apps that bring their own data. Bundles are unpacked (nested ones too); search supports the
 * parameters in `search-paths.ts` plus `_id`, `_lastUpdated`, `_count`, `_sort`, `_include` and
 * `_revinclude`, and refuses any other parameter with an `unsupported` failure rather than ignore it.
 *
 * With `_count`, paging behaves like a server's: the first `pageLimit` pages of `_count` come back
 * and `truncated` says more were left; `total` counts every match. Without `_count`, every match
 * comes back in one page. `onPage` is called once, with the whole result.
 *
 * Each type is indexed (`static-index.ts`) the first time it is searched, so a search by id, patient,
 * subject, category, code or date looks only at the resources that can match, not every one of the type.
 */
export function createStaticSource(input: Resource | Bundle | readonly (Resource | Bundle)[]): FhirSource {
  const store = createStore(input);
  const values = rememberedValues((reference) => store.keyOfReference(reference));
  const indexes = new Map<string, SearchIndex>();
  // The data never changes after load, so each type's index is built once and kept.
  const indexOf = (type: string): SearchIndex => {
    let index = indexes.get(type);
    if (index === undefined) {
      index = createSearchIndex(type, store.ofType(type), values);
      indexes.set(type, index);
    }
    return index;
  };
  return {
    async search<T extends Resource = Resource>(
      resourceType: T['resourceType'],
      params?: SearchParams,
      options?: SearchOptions,
    ): Promise<SearchResult<T>> {
      // Answer asynchronously, like any source, so an abort right after the call still counts.
      await Promise.resolve();
      if (options?.signal?.aborted) return failedSearch(abortedFailure(resourceType));
      const plan = planSearch(values, resourceType, params);
      if (plan.error !== undefined) return failedSearch(sourceFailure('unsupported', plan.error, resourceType));
      const result = runSearch(
        store,
        indexOf(plan.value.resourceType),
        plan.value,
        options?.pageLimit,
      ) as SearchResult<T>;
      // Everything is at hand at once: one page, the whole result.
      reportPage(options, { ...result, resources: [...result.resources], included: [...result.included] });
      return result;
    },

    async read<T extends Resource = Resource>(
      reference: Reference | string,
      options?: ReadOptions,
    ): Promise<ReadResult<T>> {
      await Promise.resolve();
      if (options?.signal?.aborted) return { failure: abortedFailure() };
      const local = readLocal<T>(reference, options);
      if (local) return local;
      const text = referenceText(reference);
      const found = text === undefined ? undefined : store.resolve(text);
      if (found) return { resource: found as T };
      const message = text === undefined ? 'The reference has no literal reference to read.' : `${text} was not found.`;
      return { failure: sourceFailure('not-found', message, text && parseReference(text)?.type) };
    },
  };
}

interface SearchPlan {
  readonly resourceType: string;
  readonly filters: readonly Filter[];
  readonly predicates: readonly Predicate[];
  readonly comparator: Comparator | undefined;
  readonly count: number | undefined;
  readonly include: readonly IncludeSpec[];
  readonly revinclude: readonly IncludeSpec[];
}

// Everything that can be refused is refused here, before any resource is looked at.
function planSearch(values: SearchValues, resourceType: unknown, params: unknown): Checked<SearchPlan> {
  if (typeof resourceType !== 'string') return { error: 'The resource type must be a string.' };
  const parsed = parseSearchParams(params);
  if (parsed.error !== undefined) return parsed;
  const predicates: Predicate[] = [];
  for (const filter of parsed.value.filters) {
    const param = searchParam(resourceType, filter.name);
    if (param === undefined)
      return { error: `The search parameter '${filter.name}' is not supported on ${resourceType}.` };
    const predicate = compileFilter(filter, param, values);
    if (predicate.error !== undefined) return predicate;
    predicates.push(predicate.value);
  }
  const comparator = compileSort(resourceType, parsed.value.sort, values);
  if (comparator.error !== undefined) return comparator;
  const include = allChecked(parsed.value.include.map((value) => parseInclude(value, resourceType, '_include')));
  if (include.error !== undefined) return include;
  const revinclude = allChecked(
    parsed.value.revinclude.map((value) => parseInclude(value, resourceType, '_revinclude')),
  );
  if (revinclude.error !== undefined) return revinclude;
  return {
    value: {
      resourceType,
      filters: parsed.value.filters,
      predicates,
      comparator: comparator.value,
      count: parsed.value.count,
      include: include.value,
      revinclude: revinclude.value,
    },
  };
}

function runSearch(store: ResourceStore, index: SearchIndex, plan: SearchPlan, pageLimit: unknown): SearchResult {
  // The index only narrows; every predicate still decides on every candidate.
  const candidates = index.candidates(plan.filters) ?? store.ofType(plan.resourceType);
  const matches = candidates.filter((resource) => plan.predicates.every((matches) => matches(resource)));
  if (plan.comparator) matches.sort(plan.comparator);
  // `_count=0` asks for the total alone.
  const limit = plan.count === undefined ? Infinity : plan.count === 0 ? 0 : plan.count * pagesOf(pageLimit);
  const resources = matches.slice(0, limit);
  return {
    resources,
    included: includedResources(resources, plan.include, plan.revinclude, store),
    issues: [],
    failures: [],
    truncated: plan.count !== 0 && matches.length > limit,
    total: matches.length,
  };
}

// At least the first page is always read; anything that is not a number means the default.
function pagesOf(pageLimit: unknown): number {
  if (typeof pageLimit !== 'number' || Number.isNaN(pageLimit)) return DEFAULT_PAGE_LIMIT;
  return Math.max(1, Math.floor(pageLimit));
}

function allChecked<T>(items: readonly Checked<T>[]): Checked<T[]> {
  const values: T[] = [];
  for (const item of items) {
    if (item.error !== undefined) return item;
    values.push(item.value);
  }
  return { value: values };
}
