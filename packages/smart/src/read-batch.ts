// Reads asked for in the same turn of the event loop go to the server as one batch Bundle when its
// CapabilityStatement offers `batch`: a list resolving 40 references makes one request, not 40.
// Anything the batch cannot answer is read on its own, so batching never loses a result.
import type { Reference, Resource } from 'fhir/r4';
import { readLocal, type FhirSource, type ReadOptions, type ReadResult } from '@samspill/core/data.js';
import { isResource } from './bundle-page.js';
import { pathUnderBase } from './fhir-http-source.js';
import { failureKindOf, httpFailure, outcomeIssues } from './http-failure.js';

export interface ReadBatchOptions {
  readonly baseUrl: string;
  /** Sends the batch and asks for the CapabilityStatement (the session's fetch, with its token). */
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Entries per batch Bundle. Default 50. */
  readonly maxBatch?: number;
}

interface PendingRead {
  readonly reference: Reference | string;
  readonly options: ReadOptions;
  /** `Type/id` under the base. */
  readonly path: string;
  readonly resolve: (result: Promise<ReadResult> | ReadResult) => void;
}

/** `source` with its reads of `Type/id` on the base gathered into batches. */
export function withReadBatching(source: FhirSource, options: ReadBatchOptions): FhirSource {
  const base = options.baseUrl.replace(/\/+$/, '');
  const maxBatch = Math.max(2, options.maxBatch ?? 50);
  let batchSupported: Promise<boolean> | undefined;
  let queue: PendingRead[] = [];

  const alone = (read: PendingRead): void => {
    read.resolve(source.read(read.reference, read.options));
  };

  async function flush(): Promise<void> {
    const pending = queue;
    queue = [];
    const live = pending.filter((read) => read.options.signal?.aborted !== true);
    if (live.length < 2 || !(await (batchSupported ??= offersBatch(base, options.fetch)))) {
      pending.forEach(alone);
      return;
    }
    pending.filter((read) => !live.includes(read)).forEach(alone);
    for (let start = 0; start < live.length; start += maxBatch) {
      void sendBatch(live.slice(start, start + maxBatch));
    }
  }

  async function sendBatch(reads: PendingRead[]): Promise<void> {
    const paths = [...new Set(reads.map((read) => read.path))];
    const results = await batchResults(base, paths, options.fetch);
    for (const read of reads) {
      const result = results?.get(read.path);
      if (result) read.resolve(result);
      else alone(read);
    }
  }

  async function read<T extends Resource = Resource>(
    reference: Reference | string,
    readOptions: ReadOptions = {},
  ): Promise<ReadResult<T>> {
    const local = readLocal<T>(reference, readOptions);
    if (local) return local;
    const text = typeof reference === 'string' ? reference : reference.reference;
    const path = typeof text === 'string' ? pathUnderBase(text, base) : undefined;
    if (path === undefined || path.includes('/_history/')) return source.read<T>(reference, readOptions);
    return new Promise<ReadResult>((resolve) => {
      if (queue.length === 0) setTimeout(() => void flush(), 0);
      queue.push({ reference, options: readOptions, path, resolve });
    }) as Promise<ReadResult<T>>;
  }

  return { search: (...args) => source.search(...args), read };
}

/** Whether the CapabilityStatement lists the system interaction `batch`; false when it cannot be read. */
async function offersBatch(base: string, fetchFn: ReadBatchOptions['fetch']): Promise<boolean> {
  try {
    const response = await fetchFn(`${base}/metadata`);
    if (!response.ok) return false;
    const statement = (await response.json()) as { rest?: { interaction?: { code?: unknown }[] }[] };
    return (statement.rest ?? []).some((rest) => (rest.interaction ?? []).some((entry) => entry.code === 'batch'));
  } catch {
    return false;
  }
}

/** Each path's result from one batch, or undefined when the batch as a whole did not work. */
async function batchResults(
  base: string,
  paths: readonly string[],
  fetchFn: ReadBatchOptions['fetch'],
): Promise<Map<string, ReadResult> | undefined> {
  let body: unknown;
  try {
    const response = await fetchFn(base, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: paths.map((url) => ({ request: { method: 'GET', url } })),
      }),
    });
    if (!response.ok) return undefined;
    body = await response.json();
  } catch {
    return undefined;
  }
  const entries = (body as { resourceType?: unknown; entry?: unknown } | null)?.entry;
  if ((body as { resourceType?: unknown }).resourceType !== 'Bundle' || !Array.isArray(entries)) return undefined;
  if (entries.length !== paths.length) return undefined;
  const results = new Map<string, ReadResult>();
  paths.forEach((path, index) => {
    results.set(path, entryResult(path, entries[index] as unknown));
  });
  return results;
}

function entryResult(path: string, entry: unknown): ReadResult {
  const [type] = path.split('/') as [string];
  const { resource, response } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
    resource?: unknown;
    response?: { status?: unknown; outcome?: unknown };
  };
  // The status is text: "200 OK", "404 Not Found".
  const status = Number.parseInt(typeof response?.status === 'string' ? response.status : '', 10);
  if (status >= 200 && status < 300 && isResource(resource) && resource.resourceType === type) return { resource };
  const kind = Number.isNaN(status) ? 'malformed' : (failureKindOf(status) ?? 'malformed');
  return {
    failure: httpFailure(
      kind,
      `Reading ${path} in a batch answered ${Number.isNaN(status) ? 'no status' : String(status)}.`,
      {
        resourceType: type,
        ...(!Number.isNaN(status) && { status }),
        issues: outcomeIssues(response?.outcome ?? resource),
      },
    ),
  };
}
