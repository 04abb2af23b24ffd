// A FhirSource within the granted scopes: `canRead` says what the app may read, so loaders ask before
// they search and a view says "not shared" rather than showing a failure; direct callers get the same
// answer from a gate that sends nothing the grants rule out.
import type { Reference, Resource } from 'fhir/r4.js';
import { failedSearch, parseReference } from '@samspill/core/data.js';
import type { FhirSource, ReadInteraction, SourceFailure } from '@samspill/core/data.js';
import type { ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from '@samspill/core/data.js';
import { granularSearch } from './granular-search.js';
import { httpFailure } from './http-failure.js';
import type { GrantedScopes } from './scopes.js';

/**
 * `source` within the scopes `grants()` returns (asked at each call: a refresh can change them).
 * Searching needs `s`, reading by reference `r`, in any context (v1 `.read` and `.*` give both).
 * A token response that lists no resource scopes at all leaves the judgement to the server.
 */
export function withinGrantedScopes(source: FhirSource, grants: () => GrantedScopes): FhirSource {
  function canRead(resourceType: string, interaction: ReadInteraction = 'search'): boolean {
    const scopes = grants();
    return scopes.resources.length === 0 || scopes.can(resourceType, interaction);
  }

  function search<T extends Resource = Resource>(
    resourceType: T['resourceType'],
    params: SearchParams = {},
    options?: SearchOptions,
  ): Promise<SearchResult<T>> {
    if (!canRead(resourceType, 'search')) return Promise.resolve(failedSearch<T>(notGranted(resourceType, 'search')));
    return granularSearch<T>(source, resourceType, params, options, grants().restrictions(resourceType, 'search'));
  }

  // Also for a reference to a resource at hand (`included`): what canRead refuses is not shown.
  function read<T extends Resource = Resource>(
    reference: Reference | string,
    options?: ReadOptions,
  ): Promise<ReadResult<T>> {
    const type = referencedType(reference);
    if (type !== undefined && !canRead(type, 'read')) return Promise.resolve({ failure: notGranted(type, 'read') });
    return source.read<T>(reference, options);
  }

  return { search, read, canRead };
}

/** The type a literal reference points at; `undefined` for `#id`, `urn:` and anything unreadable. */
function referencedType(reference: Reference | string): string | undefined {
  const text = typeof reference === 'string' ? reference : reference.reference;
  return typeof text === 'string' ? parseReference(text)?.type : undefined;
}

function notGranted(resourceType: string, interaction: ReadInteraction): SourceFailure {
  const verb = interaction === 'search' ? 'searching' : 'reading';
  return httpFailure('not-granted', `The granted scopes do not allow ${verb} ${resourceType}; it was not requested.`, {
    resourceType,
  });
}
