import type { Reference, Resource } from 'fhir/r4.js';
import type {
  FhirSource,
  ReadInteraction,
  ReadOptions,
  ReadResult,
  SearchOptions,
  SearchParams,
  SearchResult,
  SourceFailure,
  SourceOrigin,
} from './fhir-source.js';
import { parseReference, referenceText } from './fhir-reference.js';
import { readLocal } from './read-local.js';
import { reportPage } from './search-page.js';
import { abortedFailure, failedSearch, sourceFailure } from './source-failure.js';
import { guardedRead, guardedSearch } from './source-guard.js';

/** One source in a merge, and the organisation people should see it as. */
export interface MergeEntry {
  readonly source: FhirSource;
  readonly label: string;
  readonly organization?: Reference;
}

// Outside the resources, so that tagging never changes data that someone else may also hold.
const origins = new WeakMap<object, SourceOrigin>();

/** Where a resource returned by a merged source came from; `undefined` for any other resource. */
export function originOf(resource: Resource): SourceOrigin | undefined {
  return origins.get(resource);
}

/**
 * One source over several (kommune, sykehus, fastlege): every search asks them all at once and puts
 * the answers together, each resource tagged with its origin (see `originOf`) and each failure
 * carrying it, so one organisation that is down or refuses leaves the others' data on screen. Each
 * member's pages are passed on as they come, tagged the same way. A read asks the sources in turn
 * and takes the first that has the resource. A member that does not grant a type is not asked for
 * it; the merge grants what any member grants.
 */
export function mergeSources(entries: readonly MergeEntry[]): FhirSource {
  const sources = entries.map(({ source, label, organization }) => ({
    source,
    origin: organization === undefined ? { label } : { label, organization },
  }));

  const grants = (source: FhirSource, resourceType: string, interaction: ReadInteraction): boolean => {
    try {
      return source.canRead?.(resourceType, interaction) ?? true;
    } catch {
      return false;
    }
  };

  return {
    canRead: (resourceType, interaction = 'search') =>
      sources.some(({ source }) => grants(source, resourceType, interaction)),

    async search<T extends Resource = Resource>(
      resourceType: T['resourceType'],
      params?: SearchParams,
      options?: SearchOptions,
    ): Promise<SearchResult<T>> {
      const asked = sources.filter(({ source }) => grants(source, resourceType, 'search'));
      if (asked.length === 0 && sources.length > 0) {
        return failedSearch(sourceFailure('not-granted', `No source grants searching ${resourceType}.`, resourceType));
      }
      const results = await Promise.all(
        asked.map(async ({ source, origin }) => {
          const tagged = taggedOnce(origin);
          // Each member's pages as they come, tagged as in the result: a page's resource is the result's.
          const onPage = (page: SearchResult): void => {
            reportPage(options, {
              ...page,
              resources: page.resources.map(tagged),
              included: page.included.map(tagged),
              failures: page.failures.map((failure) => ({ ...failure, origin })),
            });
          };
          const memberOptions = options?.onPage ? { ...options, onPage } : options;
          return { tagged, origin, result: await guardedSearch<T>(source, resourceType, params, memberOptions) };
        }),
      );
      const totals = results.map(({ result }) => result.total);
      return {
        resources: results.flatMap(({ result, tagged }) => result.resources.map(tagged)),
        included: results.flatMap(({ result, tagged }) => result.included.map(tagged)),
        issues: results.flatMap(({ result }) => result.issues),
        failures: results.flatMap(({ result, origin }) => result.failures.map((failure) => ({ ...failure, origin }))),
        truncated: results.some(({ result }) => result.truncated),
        ...(totals.every((total) => total !== undefined)
          ? { total: totals.reduce((sum, total) => sum + total, 0) }
          : {}),
      };
    },

    async read<T extends Resource = Resource>(
      reference: Reference | string,
      options?: ReadOptions,
    ): Promise<ReadResult<T>> {
      const local = readLocal<T>(reference, options);
      if (local) {
        // A contained resource belongs where its container came from; an included one is tagged already.
        const origin = options?.container && originOf(options.container);
        return local.resource && origin && local.resource !== options.container
          ? { resource: tag(local.resource, origin) }
          : local;
      }
      const failures: SourceFailure[] = [];
      const text = referenceText(reference);
      const type = text === undefined ? undefined : parseReference(text)?.type;
      const granting = sources.filter(({ source }) => type === undefined || grants(source, type, 'read'));
      if (granting.length === 0 && sources.length > 0) {
        return { failure: sourceFailure('not-granted', `No source grants reading ${text ?? ''}.`, type) };
      }
      for (const { source, origin } of granting) {
        if (options?.signal?.aborted) return { failure: abortedFailure() };
        const result = await guardedRead<T>(source, reference, options);
        if (result.failure === undefined) return { resource: tag(result.resource, origin) };
        failures.push({ ...result.failure, origin });
      }
      return { failure: combined(failures) };
    },
  };
}

/**
 * Tags a resource with its origin. The same object from two origins (shared fixtures, one cached
 * source in two merges) is copied for the second, so neither origin is lost.
 */
function tag<T extends Resource>(resource: T, origin: SourceOrigin): T {
  const current = origins.get(resource);
  if (current === origin) return resource;
  const tagged = current === undefined ? resource : { ...resource };
  origins.set(tagged, origin);
  return tagged;
}

/**
 * `tag` for one member's search, giving the same object each time a resource comes (in a page, then
 * in the result), even when `tag` has to copy it.
 */
function taggedOnce(origin: SourceOrigin): <T extends Resource>(resource: T) => T {
  const copies = new Map<Resource, Resource>();
  return <T extends Resource>(resource: T): T => {
    const known = copies.get(resource) as T | undefined;
    if (known) return known;
    const tagged = tag(resource, origin);
    copies.set(resource, tagged);
    return tagged;
  };
}

// The failure to act on when no source had the resource: one that is not "not found" (a source that
// was down may have it), with every source's reason in the message.
function combined(failures: readonly SourceFailure[]): SourceFailure {
  const main = failures.find((failure) => failure.kind !== 'not-found') ?? failures[0];
  if (main === undefined) return sourceFailure('not-found', 'There are no sources to read from.');
  const reasons = failures.map((failure) => `${failure.origin?.label ?? '?'}: ${failure.message}`).join('; ');
  const issues = failures.flatMap((failure) => failure.issues ?? []);
  return { ...main, message: reasons, ...(issues.length > 0 ? { issues } : {}) };
}
