import type { Resource } from 'fhir/r4.js';
import type { FailureKind, SearchResult, SourceFailure } from './fhir-source.js';

/** A failure, with the resource type only when there is one (`exactOptionalPropertyTypes`). */
export function sourceFailure(kind: FailureKind, message: string, resourceType?: unknown): SourceFailure {
  return typeof resourceType === 'string' ? { kind, message, resourceType } : { kind, message };
}

/** A search that loaded nothing, and why. */
export function failedSearch<T extends Resource>(failure: SourceFailure): SearchResult<T> {
  return { resources: [], included: [], issues: [], failures: [failure], truncated: false };
}

export function abortedFailure(resourceType?: unknown): SourceFailure {
  return sourceFailure('aborted', 'The request was aborted.', resourceType);
}
