import type { Bundle, Reference, Resource } from 'fhir/r4.js';
import type { FhirSource, ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from './fhir-source.js';
import { failedSearch, sourceFailure } from './source-failure.js';

import type { createStaticSource } from './static-source.js';

/** How the search engine is fetched: a dynamic import, which bundlers split into a chunk of its own. */
export type LoadStaticSource = () => Promise<{ createStaticSource: typeof createStaticSource }>;

const loadEngine: LoadStaticSource = () => import('./static-source.js');

/**
 * `createStaticSource(input)` with its FHIR search engine fetched on first use, so a page whose
 * components get a `source` never downloads it. A failed fetch is a `network` failure of that search
 * or read, like any unreachable server, and the next call tries again.
 */
export function deferredStaticSource(
  input: Resource | Bundle | readonly (Resource | Bundle)[],
  load: LoadStaticSource = loadEngine,
): FhirSource {
  let source: Promise<FhirSource> | undefined;
  const loaded = (): Promise<FhirSource> => {
    source ??= load().then(
      ({ createStaticSource }) => createStaticSource(input),
      (error: unknown) => {
        source = undefined;
        throw error;
      },
    );
    return source;
  };
  const unloadable = (error: unknown, resourceType: unknown) =>
    sourceFailure(
      'network',
      `The search engine for the given resources could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      resourceType,
    );
  return {
    async search<T extends Resource = Resource>(
      resourceType: T['resourceType'],
      params?: SearchParams,
      options?: SearchOptions,
    ): Promise<SearchResult<T>> {
      let engine: FhirSource;
      try {
        engine = await loaded();
      } catch (error) {
        return failedSearch(unloadable(error, resourceType));
      }
      return engine.search<T>(resourceType, params, options);
    },
    async read<T extends Resource = Resource>(
      reference: Reference | string,
      options?: ReadOptions,
    ): Promise<ReadResult<T>> {
      let engine: FhirSource;
      try {
        engine = await loaded();
      } catch (error) {
        return { failure: unloadable(error, undefined) };
      }
      return engine.read<T>(reference, options);
    },
  };
}
