// Sources that wrap other sources (merge, cache) call them through these guards: a source that breaks
// the contract (throws, rejects, resolves something else) becomes a failure next to the data that did
// load, never an exception that takes the whole view down.
import type { OperationOutcomeIssue, Reference, Resource } from 'fhir/r4.js';
import {
  FAILURE_KINDS,
  type FhirSource,
  type ReadOptions,
  type ReadResult,
  type SearchOptions,
  type SearchParams,
  type SearchResult,
  type SourceFailure,
} from './fhir-source.js';
import { isResource } from './resource-store.js';
import { reportPage } from './search-page.js';
import { abortedFailure, failedSearch, sourceFailure } from './source-failure.js';

export async function guardedSearch<T extends Resource = Resource>(
  source: FhirSource,
  resourceType: T['resourceType'],
  params?: SearchParams,
  options?: SearchOptions,
): Promise<SearchResult<T>> {
  // Pages are checked like the result, and a callback that throws stays out of the search.
  const onPage =
    options?.onPage &&
    ((page: SearchResult): void => {
      reportPage(options, checkedSearch(page, resourceType));
    });
  const guarded = onPage ? { ...options, onPage } : options;
  try {
    return checkedSearch<T>(await source.search<T>(resourceType, params, guarded), resourceType);
  } catch (error) {
    return failedSearch(thrownFailure(error, resourceType));
  }
}

export async function guardedRead<T extends Resource = Resource>(
  source: FhirSource,
  reference: Reference | string,
  options?: ReadOptions,
): Promise<ReadResult<T>> {
  try {
    return checkedRead<T>(await source.read<T>(reference, options));
  } catch (error) {
    return { failure: thrownFailure(error) };
  }
}

/** An AbortError is an abort; anything else thrown is a source that failed. */
export function thrownFailure(error: unknown, resourceType?: unknown): SourceFailure {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'AbortError') return abortedFailure(resourceType);
  return sourceFailure('unavailable', `The source failed: ${describe(error)}`, resourceType);
}

function checkedSearch<T extends Resource>(value: unknown, resourceType: unknown): SearchResult<T> {
  const result = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { resources, included, issues, failures, truncated, total } = result;
  if (!Array.isArray(resources) || !Array.isArray(included)) {
    return failedSearch(
      sourceFailure('malformed', 'The source answered with something that is not a search result.', resourceType),
    );
  }
  const kept = (resources as unknown[]).filter(isResource) as T[];
  const keptIncluded = (included as unknown[]).filter(isResource);
  const dropped = resources.length - kept.length + included.length - keptIncluded.length;
  const checkedFailures = Array.isArray(failures) ? (failures as unknown[]).filter(isFailure) : [];
  return {
    resources: kept,
    included: keptIncluded,
    issues: Array.isArray(issues) ? ((issues as unknown[]).filter(isObject) as OperationOutcomeIssue[]) : [],
    failures:
      dropped === 0
        ? checkedFailures
        : [...checkedFailures, sourceFailure('malformed', `${dropped} entries were not resources.`, resourceType)],
    truncated: truncated === true,
    ...(typeof total === 'number' ? { total } : {}),
  };
}

function checkedRead<T extends Resource>(value: unknown): ReadResult<T> {
  const { resource, failure } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (isResource(resource)) return { resource: resource as T };
  if (isFailure(failure)) return { failure };
  return { failure: sourceFailure('malformed', 'The source answered with something that is not a read result.') };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isFailure(value: unknown): value is SourceFailure {
  if (!isObject(value)) return false;
  const { kind, message } = value as Record<string, unknown>;
  return typeof message === 'string' && FAILURE_KINDS.some((known) => known === kind);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'an error that cannot be printed';
  }
}
