import type { Reference, Resource } from 'fhir/r4.js';
import type { FhirSource, ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from './fhir-source.js';
import { referenceText } from './fhir-reference.js';
import { readLocal } from './read-local.js';
import { reportPage } from './search-page.js';
import { abortedFailure, failedSearch } from './source-failure.js';
import { guardedRead, guardedSearch } from './source-guard.js';

/** A source that asks its source once per distinct search or read, and remembers the answers. */
export interface CachedSource extends FhirSource {
  /** Forgets every answer, so the next search or read asks the source again. */
  clear(): void;
}

const wrappers = new WeakSet<FhirSource>();
const shared = new WeakMap<FhirSource, CachedSource>();

/**
 * The one cached wrapper of `source` for the whole page, so that every component given the same
 * source shares its requests: three views asking for the same search cause one request.
 */
export function sharedCache(source: FhirSource): CachedSource {
  if (wrappers.has(source)) return source as CachedSource;
  const existing = shared.get(source);
  if (existing) return existing;
  const cached = cachedSource(source);
  shared.set(source, cached);
  return cached;
}

/**
 * Wraps a source so that identical searches (same type, parameters and page limit) and reads share
 * one request while it is in flight, and complete answers are kept until `clear()`. Answers with
 * failures are not kept: asking again retries. A caller that aborts gets an `aborted` failure at
 * once; the shared request is aborted only when every caller waiting for it has aborted.
 *
 * Callers get their own result arrays, but the resources in them are shared: treat them as read-only.
 *
 * `onPage` is passed on only by the call that starts a request: a caller answered from the cache or
 * joining a request in flight gets no pages, only the result (which the contract allows).
 */
export function cachedSource(source: FhirSource): CachedSource {
  const searches = sharedRequests<SearchResult>((result) => result.failures.length > 0);
  const reads = sharedRequests<ReadResult>((result) => result.failure !== undefined);

  const cached: CachedSource = {
    ...(source.canRead ? { canRead: source.canRead.bind(source) } : {}),

    async search<T extends Resource = Resource>(
      resourceType: T['resourceType'],
      params?: SearchParams,
      options?: SearchOptions,
    ): Promise<SearchResult<T>> {
      const key = searchKey(resourceType, params, options?.pageLimit);
      const pageLimit = options?.pageLimit === undefined ? {} : { pageLimit: options.pageLimit };
      // Pages go to the caller whose call starts the request, until it gives up; see above.
      const onPage = (page: SearchResult): void => {
        if (!options?.signal?.aborted) reportPage(options, page);
      };
      const paged = options?.onPage ? { onPage } : {};
      const result = await searches.request(
        key,
        options?.signal,
        (signal) => guardedSearch(source, resourceType, params, { ...pageLimit, ...paged, signal }),
        () => failedSearch(abortedFailure(resourceType)),
      );
      const { resources, included, issues, failures } = result;
      return {
        ...result,
        resources: [...resources],
        included: [...included],
        issues: [...issues],
        failures: [...failures],
      } as SearchResult<T>;
    },

    async read<T extends Resource = Resource>(
      reference: Reference | string,
      options?: ReadOptions,
    ): Promise<ReadResult<T>> {
      const local = readLocal<T>(reference, options);
      if (local) return local;
      const result = await reads.request(
        referenceText(reference),
        options?.signal,
        (signal) => guardedRead(source, reference, { signal }),
        () => ({ failure: abortedFailure() }),
      );
      return { ...result } as ReadResult<T>;
    },

    clear() {
      searches.clear();
      reads.clear();
    },
  };
  wrappers.add(cached);
  return cached;
}

interface Shared<R> {
  readonly controller: AbortController;
  readonly promise: Promise<R>;
  waiting: number;
  settled: boolean;
}

/**
 * Requests shared by key. `start` must never reject (the guards see to that); `failed` answers are
 * dropped once settled. Without a key (an answer that cannot be named), every call asks anew.
 */
function sharedRequests<R>(failed: (result: R) => boolean) {
  const entries = new Map<string, Shared<R>>();

  function begin(key: string, start: (signal: AbortSignal) => Promise<R>): Shared<R> {
    const controller = new AbortController();
    const entry: Shared<R> = {
      controller,
      waiting: 0,
      settled: false,
      promise: start(controller.signal).then((result) => {
        entry.settled = true;
        if (failed(result) && entries.get(key) === entry) entries.delete(key);
        return result;
      }),
    };
    entries.set(key, entry);
    return entry;
  }

  function wait(key: string, entry: Shared<R>, signal: AbortSignal | undefined, aborted: () => R): Promise<R> {
    if (entry.settled) return entry.promise;
    // A caller without a signal waits for good, so the shared request is never aborted under it.
    entry.waiting += 1;
    if (!signal) return entry.promise;
    return new Promise((resolve) => {
      const leave = (): void => {
        resolve(aborted());
        entry.waiting -= 1;
        if (entry.waiting > 0 || entry.settled) return;
        if (entries.get(key) === entry) entries.delete(key);
        entry.controller.abort();
      };
      signal.addEventListener('abort', leave, { once: true });
      void entry.promise.then((result) => {
        signal.removeEventListener('abort', leave);
        resolve(result);
      });
    });
  }

  return {
    request(
      key: string | undefined,
      signal: AbortSignal | undefined,
      start: (signal: AbortSignal) => Promise<R>,
      aborted: () => R,
    ): Promise<R> {
      if (signal?.aborted) return Promise.resolve(aborted());
      if (key === undefined) return start(signal ?? new AbortController().signal);
      const entry = entries.get(key) ?? begin(key, start);
      return wait(key, entry, signal, aborted);
    },
    clear: () => {
      entries.clear();
    },
  };
}

/**
 * Searches that mean the same share a key: parameter names in any order, a single value or a
 * one-element array, numbers or their text. Repeated values (ANDed) are sorted, except `_sort`'s,
 * whose order is the order. Comma lists are kept as written: reordering them is not always harmless.
 */
function searchKey(resourceType: unknown, params: unknown, pageLimit: unknown): string | undefined {
  if (typeof resourceType !== 'string') return undefined;
  if (typeof params !== 'object' && params !== undefined) return undefined;
  if (typeof pageLimit !== 'number' && pageLimit !== undefined) return undefined;
  const named: [string, string[]][] = [];
  for (const [name, raw] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    if (raw === undefined || raw === null) continue;
    const items: unknown[] = Array.isArray(raw) ? (raw as unknown[]) : [raw];
    if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) return undefined;
    const values = items.map(String);
    if (values.length === 0) continue;
    named.push([name, name === '_sort' ? values : values.sort()]);
  }
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([resourceType, pageLimit === undefined ? null : String(pageLimit), named]);
}
