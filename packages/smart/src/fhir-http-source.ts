import type { OperationOutcomeIssue, Reference, Resource } from 'fhir/r4.js';
import { DEFAULT_PAGE_LIMIT, readLocal } from '@samspill/core/data.js';
import type { FhirSource, SourceFailure } from '@samspill/core/data.js';
import type { ReadOptions, ReadResult, SearchOptions, SearchParams, SearchResult } from '@samspill/core/data.js';
import { bundlePage, isResource, type BundlePage } from './bundle-page.js';
import { failureKindOf, httpFailure, outcomeIssues } from './http-failure.js';
import { assertSecureEndpoint } from './secure-endpoint.js';
import {
  backoffDelay,
  realSleep,
  retryAfterDelay,
  retryPolicy,
  waitUnlessAborted,
  type RetryOptions,
  type RetryPolicy,
} from './retry.js';

export interface FhirHttpSourceOptions {
  /** The FHIR base URL (the launch's `iss`). */
  readonly baseUrl: string;
  /** The access token, read at each request; sent only to the base, only as a Bearer header. */
  readonly accessToken?: () => string | undefined;
  /** Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Retries of GETs refused with 429 or 503, or without a response. */
  readonly retry?: RetryOptions;
  /** How to wait between tries; injectable so tests never wait in real time. */
  readonly sleep?: (ms: number) => Promise<void>;
}

type Fetched = { readonly body: unknown; readonly failure?: undefined } | { readonly failure: SourceFailure };

// Statuses worth asking again for: the server said "later", not "no".
const RETRIED_STATUSES = new Set([429, 503]);

/**
 * A `FhirSource` over FHIR REST: searches follow `next` links up to the page limit, each page to
 * `onPage` as it arrives; reads resolve contained, included, relative and absolute references, and
 * every failure is returned as data. The token never leaves the base: a `next` link or reference
 * elsewhere is not requested. A base over plain http is refused (`insecure-endpoint`) unless it is loopback.
 */
export function createFhirHttpSource(options: FhirHttpSourceOptions): FhirSource {
  assertSecureEndpoint(options.baseUrl, 'FHIR server');
  const base = options.baseUrl.replace(/\/+$/, '');
  const baseOrigin = new URL(base).origin;
  const policy = retryPolicy(options.retry);
  const sleep = options.sleep ?? realSleep;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function get(url: string, resourceType: string | undefined, signal?: AbortSignal): Promise<Fetched> {
    return getWithRetries({ url, resourceType, signal, policy, sleep, fetchFn, token: options.accessToken });
  }

  async function search<T extends Resource = Resource>(
    resourceType: T['resourceType'],
    params: SearchParams = {},
    searchOptions: SearchOptions = {},
  ): Promise<SearchResult<T>> {
    const pageLimit = pageLimitOf(searchOptions.pageLimit);
    const resources: T[] = [];
    const included: Resource[] = [];
    const issues: OperationOutcomeIssue[] = [];
    const failures: SourceFailure[] = [];
    let total: number | undefined;
    let truncated = false;
    let url: string | undefined = searchUrl(base, resourceType, params);
    for (let page = 0; url !== undefined; page++) {
      if (page >= pageLimit) {
        truncated = true;
        break;
      }
      const fetched: Fetched = await get(url, resourceType, searchOptions.signal);
      if (fetched.failure) {
        failures.push(fetched.failure);
        break;
      }
      const bundle = bundlePage(fetched.body);
      if (!bundle) {
        failures.push(
          httpFailure('malformed', `The ${resourceType} search answered something that is not a Bundle.`, {
            resourceType,
            issues: outcomeIssues(fetched.body),
          }),
        );
        break;
      }
      if (page === 0) total = bundle.total;
      resources.push(...(bundle.matches as T[]));
      included.push(...bundle.included);
      issues.push(...bundle.issues);
      reportPage(searchOptions, bundle, total);
      url = undefined;
      if (bundle.next !== undefined) {
        const next = resolveNext(bundle.next, base);
        if (next?.origin === baseOrigin) url = next.href;
        else
          failures.push(
            httpFailure(
              'malformed',
              `The ${resourceType} search's next link is on another origin than the FHIR base; it was not followed.`,
              {
                resourceType,
              },
            ),
          );
      }
    }
    return { resources, included, issues, failures, truncated, ...(total !== undefined && { total }) };
  }

  async function read<T extends Resource = Resource>(
    reference: Reference | string,
    readOptions: ReadOptions = {},
  ): Promise<ReadResult<T>> {
    const local = readLocal<T>(reference, readOptions);
    if (local) return local;
    const text = typeof reference === 'string' ? reference : reference.reference;
    if (typeof text !== 'string' || text === '')
      return { failure: httpFailure('not-found', 'The reference has no literal reference to read.') };
    const path = pathUnderBase(text, base);
    if (path === undefined)
      return {
        failure: httpFailure('not-found', `${text} is not a Type/id reference on the FHIR base; it was not requested.`),
      };
    const [type] = path.split('/') as [string];
    const fetched = await get(`${base}/${path}`, type, readOptions.signal);
    if (fetched.failure) return { failure: fetched.failure };
    if (!isResource(fetched.body) || fetched.body.resourceType !== type)
      return {
        failure: httpFailure('malformed', `Reading ${path} answered something that is not a ${type}.`, {
          resourceType: type,
          issues: outcomeIssues(fetched.body),
        }),
      };
    return { resource: fetched.body as T };
  }

  return { search, read };
}

/** One page to the caller's `onPage`, as it arrives; a callback that throws does not stop the search. */
function reportPage(options: SearchOptions, bundle: BundlePage, total: number | undefined): void {
  try {
    options.onPage?.({
      resources: bundle.matches,
      included: bundle.included,
      issues: bundle.issues,
      failures: [],
      truncated: false,
      ...(total !== undefined && { total }),
    });
  } catch {
    // The caller's trouble; the result still brings everything.
  }
}

// At least one page, and never unbounded: a NaN or Infinity would follow a looping server forever.
function pageLimitOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : DEFAULT_PAGE_LIMIT;
}

/** `{base}/{type}?{params}`; an array repeats its parameter, `undefined` leaves it out. */
export function searchUrl(base: string, resourceType: string, params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values: readonly (string | number)[] = Array.isArray(value) ? value : [value as string | number];
    for (const item of values) query.append(name, String(item));
  }
  const text = query.toString();
  return `${base}/${encodeURIComponent(resourceType)}${text === '' ? '' : `?${text}`}`;
}

function resolveNext(next: string, base: string): URL | undefined {
  try {
    return new URL(next, `${base}/`);
  } catch {
    return undefined;
  }
}

const RELATIVE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** `Type/id[/_history/v]` relative to the base, from a relative reference or an absolute one under the base. */
function pathUnderBase(reference: string, base: string): string | undefined {
  if (RELATIVE.test(reference)) return reference;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(reference)) return undefined;
  let url: URL;
  let baseUrl: URL;
  try {
    url = new URL(reference);
    baseUrl = new URL(`${base}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== baseUrl.origin || url.search !== '' || url.hash !== '') return undefined;
  if (!url.pathname.startsWith(baseUrl.pathname)) return undefined;
  const path = url.pathname.slice(baseUrl.pathname.length);
  return RELATIVE.test(path) ? path : undefined;
}

interface GetRequest {
  readonly url: string;
  readonly resourceType: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly policy: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly fetchFn: typeof fetch;
  readonly token: (() => string | undefined) | undefined;
}

/** One GET, tried again on 429, 503 and a lost connection; the answer parsed as JSON, or why not. */
async function getWithRetries(request: GetRequest): Promise<Fetched> {
  const { url, resourceType, signal, policy } = request;
  const aborted = (): Fetched => ({ failure: httpFailure('aborted', 'The request was aborted.', { resourceType }) });
  const where = `GET ${new URL(url).pathname}`;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return aborted();
    const last = attempt >= policy.attempts;
    const wait = async (ms: number): Promise<boolean> => waitUnlessAborted(request.sleep, ms, signal);
    let response: Response;
    let text: string;
    try {
      const token = request.token?.();
      const headers: Record<string, string> = { Accept: 'application/fhir+json' };
      if (token !== undefined && token !== '') headers.Authorization = `Bearer ${token}`;
      response = await request.fetchFn(url, { method: 'GET', headers, ...(signal && { signal }) });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) return aborted();
      if (!last && (await wait(backoffDelay(policy, attempt)))) continue;
      if (signal?.aborted) return aborted();
      return {
        failure: httpFailure('network', `${where} got no complete response: ${describe(error)}`, { resourceType }),
      };
    }
    const kind = failureKindOf(response.status);
    if (kind !== undefined) {
      if (!last && RETRIED_STATUSES.has(response.status)) {
        const delay =
          retryAfterDelay(response.headers.get('retry-after'), policy.maxDelayMs) ?? backoffDelay(policy, attempt);
        if (await wait(delay)) continue;
        return aborted();
      }
      return {
        failure: httpFailure(kind, `${where} answered ${response.status}${tries(attempt)}.`, {
          resourceType,
          status: response.status,
          issues: outcomeIssues(parseJson(text)),
        }),
      };
    }
    const body = parseJson(text);
    if (body === undefined)
      return {
        failure: httpFailure('malformed', `${where} answered ${response.status} with a body that is not JSON.`, {
          resourceType,
          status: response.status,
        }),
      };
    return { body };
  }
}

function tries(attempt: number): string {
  return attempt > 1 ? ` after ${attempt} tries` : '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
