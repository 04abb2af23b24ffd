// A FhirSource wrapper that records every search and read, and can make some of them fail.
import type { Reference, Resource } from 'fhir/r4';
import type { FhirSource, SearchParams, SearchResult, SourceFailure } from '@samspill/core/data.js';

export interface CountingSource {
  readonly source: FhirSource;
  readonly searches: { readonly type: string; readonly params: SearchParams | undefined }[];
  readonly reads: string[];
}

export interface CountingOptions {
  /** A failure to answer this search with instead of asking the source. */
  readonly failSearch?: (type: string, params: SearchParams | undefined) => SourceFailure | undefined;
  /** A failure to answer this read with instead of asking the source. */
  readonly failRead?: (reference: string) => SourceFailure | undefined;
}

export function countingSource(inner: FhirSource, options: CountingOptions = {}): CountingSource {
  const searches: CountingSource['searches'] = [];
  const reads: string[] = [];
  const source: FhirSource = {
    async search<T extends Resource = Resource>(
      type: T['resourceType'],
      params?: SearchParams,
      searchOptions?: Parameters<FhirSource['search']>[2],
    ): Promise<SearchResult<T>> {
      searches.push({ type, params });
      const failure = options.failSearch?.(type, params);
      if (failure) return { resources: [], included: [], issues: [], failures: [failure], truncated: false };
      return inner.search<T>(type, params, searchOptions);
    },
    read(reference: Reference | string, readOptions?: Parameters<FhirSource['read']>[1]) {
      const target = typeof reference === 'string' ? reference : (reference.reference ?? '');
      reads.push(target);
      const failure = options.failRead?.(target);
      if (failure) return Promise.resolve({ failure });
      return inner.read(reference, readOptions);
    },
  };
  return { source, searches, reads };
}
