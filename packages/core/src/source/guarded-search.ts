// How a component's loader asks a FhirSource, so every view fails the same way: a source that throws
// anyway (the contract says it never does) becomes a failure of that search or read, each failure
// names its resource type, and a server that refuses `_include` is asked again without it.
import type { FhirSource, ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from './fhir-source.js';
import { reportPage } from './search-page.js';

/** The `_count` loaders ask for: the largest page most EHRs allow, so a long record takes few requests. */
export const LOADER_PAGE_SIZE = 100;

/** `source.search`, never rejecting; failures without a resource type get `resourceType`. */
export async function searchSafely(
  source: FhirSource,
  resourceType: string,
  params: SearchParams,
  options: SearchOptions = {},
): Promise<SearchResult> {
  // A callback that throws stays out of the search.
  const onPage =
    options.onPage &&
    ((page: SearchResult): void => {
      reportPage(options, page);
    });
  try {
    const result = await source.search(resourceType, params, onPage ? { ...options, onPage } : options);
    return {
      ...result,
      failures: result.failures.map((failure) => (failure.resourceType ? failure : { ...failure, resourceType })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The source threw.';
    return {
      resources: [],
      included: [],
      issues: [],
      failures: [{ kind: 'network', message, resourceType }],
      truncated: false,
    };
  }
}

/**
 * A search with `_include`s; when the server answers that it does not support them, the same search
 * without. The caller then reads the references itself: slower, but complete. The second search's
 * pages are reported only when the first reported none, so no resource comes twice through `onPage`.
 */
export async function searchWithIncludes(
  source: FhirSource,
  resourceType: string,
  params: SearchParams,
  includes: readonly string[],
  options: SearchOptions = {},
): Promise<SearchResult> {
  if (includes.length === 0) return searchSafely(source, resourceType, params, options);
  const first = { pages: 0 };
  const onPage = (page: SearchResult): void => {
    first.pages += 1;
    reportPage(options, page);
  };
  const withIncludes = { ...params, _include: includes };
  const result = await searchSafely(
    source,
    resourceType,
    withIncludes,
    options.onPage ? { ...options, onPage } : options,
  );
  if (!result.failures.some((failure) => failure.kind === 'unsupported')) return result;
  // Pages already passed on would come again: the second search's are then dropped.
  return searchSafely(source, resourceType, params, first.pages === 0 ? options : { ...options, onPage: ignored });
}

function ignored(): void {
  // A page that is not passed on.
}

/** `source.read`, never rejecting. */
export async function readSafely(
  source: FhirSource,
  reference: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await source.read(reference, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The source threw.';
    return { failure: { kind: 'network', message } };
  }
}
