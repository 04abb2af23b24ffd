// `@samspill/core/testing.js`: FhirSources for tests, stories and benchmarks of components — a source
// that never answers (the loading state), one whose searches of some types fail (partial and error
// states), one that grants only some types (a SMART registration that lacks some), and one that
// records what was asked (request counts); and what a rendered view must never show a clinician
// (`unreadableTexts`), and what a page reports as going wrong while a test runs (`watchPageProblems`,
// and `watchCspViolations` for what its Content Security Policy refused).
// No Lit, no side effects.
import type { Reference, Resource } from 'fhir/r4.js';
import type { FhirSource, SearchParams, SearchResult, SourceFailure } from './source/fhir-source.js';
import { failedSearch } from './source/source-failure.js';
import { createStaticSource } from './source/static-source.js';

export { watchCspViolations, type CspViolation, type CspViolations } from './testing/csp-violations.js';
export { watchPageProblems, type PageProblems } from './testing/page-problems.js';
export { unreadableTexts, type UnreadableTextOptions } from './testing/unreadable-text.js';

/** A source whose searches and reads never settle. */
export const pendingSource: FhirSource = {
  search: () => new Promise<never>(() => undefined),
  read: () => new Promise<never>(() => undefined),
};

/** `resources` as a static source, except that searches of the types in `failures` fail with theirs. */
export function failingSource(
  resources: readonly Resource[],
  failures: Readonly<Partial<Record<string, SourceFailure>>>,
): FhirSource {
  return recordingSource(createStaticSource(resources), { failSearch: (type) => failures[type] }).source;
}

/** `resources` as a static source that grants reading every type but those in `withheld`. */
export function grantingSource(resources: readonly Resource[], withheld: readonly string[]): FhirSource {
  const refused = new Set(withheld);
  return { ...createStaticSource(resources), canRead: (resourceType) => !refused.has(resourceType) };
}

export interface RecordingSource {
  readonly source: FhirSource;
  readonly searches: { readonly type: string; readonly params: SearchParams | undefined }[];
  readonly reads: string[];
}

export interface RecordingOptions {
  /** A failure to answer this search with instead of asking the source. */
  readonly failSearch?: (type: string, params: SearchParams | undefined) => SourceFailure | undefined;
  /** A failure to answer this read with instead of asking the source. */
  readonly failRead?: (reference: string) => SourceFailure | undefined;
}

/** `inner`, recording every search and read, and failing those `options` say. It grants what `inner` grants. */
export function recordingSource(inner: FhirSource, options: RecordingOptions = {}): RecordingSource {
  const searches: RecordingSource['searches'] = [];
  const reads: string[] = [];
  const source: FhirSource = {
    ...(inner.canRead ? { canRead: inner.canRead.bind(inner) } : {}),
    async search<T extends Resource = Resource>(
      type: T['resourceType'],
      params?: SearchParams,
      searchOptions?: Parameters<FhirSource['search']>[2],
    ): Promise<SearchResult<T>> {
      searches.push({ type, params });
      const failure = options.failSearch?.(type, params);
      return failure ? failedSearch<T>(failure) : inner.search<T>(type, params, searchOptions);
    },
    read(reference: Reference | string, readOptions?: Parameters<FhirSource['read']>[1]) {
      const target = typeof reference === 'string' ? reference : (reference.reference ?? '');
      reads.push(target);
      const failure = options.failRead?.(target);
      return failure ? Promise.resolve({ failure }) : inner.read(reference, readOptions);
    },
  };
  return { source, searches, reads };
}
