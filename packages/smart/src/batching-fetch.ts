// GETs to the FHIR server made in the same turn of the event loop go out as one batch Bundle when its
// CapabilityStatement offers `batch`: the three searches of a medication list, or forty reads of the
// references in it, make one request. Each caller still gets its own Response (the batch entry's
// status and resource), so paging, retries and failures work as for a lone GET; when the batch as a
// whole fails, each GET is sent on its own, so batching never loses a result.

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface BatchingOptions {
  /** The FHIR base; only GETs under it are gathered. */
  readonly baseUrl: string;
  /** Entries per batch Bundle. Default 50. */
  readonly maxBatch?: number;
}

interface PendingGet {
  /** Relative to the base: `Patient/123`, `Observation?patient=123`. */
  readonly path: string;
  readonly url: string;
  readonly init: RequestInit | undefined;
  readonly resolve: (response: Promise<Response> | Response) => void;
}

/** `fetch` with its GETs under `baseUrl` gathered into batches. */
export function batchingFetch(fetch: Fetch, options: BatchingOptions): Fetch {
  const base = options.baseUrl.replace(/\/+$/, '');
  const maxBatch = Math.max(2, options.maxBatch ?? 50);
  let batchOffered: Promise<boolean> | undefined;
  let queue: PendingGet[] = [];

  const alone = (get: PendingGet): void => {
    get.resolve(fetch(get.url, get.init));
  };

  async function flush(): Promise<void> {
    const pending = queue.filter((get) => get.init?.signal?.aborted !== true);
    queue = [];
    if (pending.length < 2 || !(await (batchOffered ??= offersBatch(base, fetch)))) {
      pending.forEach(alone);
      return;
    }
    for (let start = 0; start < pending.length; start += maxBatch) {
      void send(pending.slice(start, start + maxBatch));
    }
  }

  async function send(gets: PendingGet[]): Promise<void> {
    const paths = [...new Set(gets.map((get) => get.path))];
    const answers = await batchAnswers(base, paths, fetch);
    for (const get of gets) {
      const answer = answers?.get(get.path);
      if (answer) get.resolve(answer.clone());
      else alone(get);
    }
  }

  return (url, init) => {
    const path = pathUnder(url, base);
    const method = (init?.method ?? 'GET').toUpperCase();
    if (path === undefined || method !== 'GET' || init?.body != null) return fetch(url, init);
    return new Promise<Response>((resolve, reject) => {
      if (queue.length === 0) setTimeout(() => void flush(), 0);
      queue.push({ path, url, init, resolve });
      init?.signal?.addEventListener('abort', () => {
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
    });
  };
}

/** The part of `url` after the base (`Type…`), or undefined for anything else. */
function pathUnder(url: string, base: string): string | undefined {
  if (!url.startsWith(`${base}/`)) return undefined;
  const path = url.slice(base.length + 1);
  // Resource-type paths only: not `metadata`, not `_history` at the base, not an operation on it.
  return /^[A-Z][A-Za-z]+(?:[/?]|$)/.test(path) ? path : undefined;
}

/** Whether the CapabilityStatement lists the system interaction `batch`; false when it cannot be read. */
async function offersBatch(base: string, fetch: Fetch): Promise<boolean> {
  try {
    const response = await fetch(`${base}/metadata`);
    if (!response.ok) return false;
    const statement = (await response.json()) as { rest?: { interaction?: { code?: unknown }[] }[] };
    return (statement.rest ?? []).some((rest) => (rest.interaction ?? []).some((entry) => entry.code === 'batch'));
  } catch {
    return false;
  }
}

/** Each path's answer as a Response, or undefined when the batch as a whole did not work. */
async function batchAnswers(
  base: string,
  paths: readonly string[],
  fetch: Fetch,
): Promise<Map<string, Response> | undefined> {
  let body: unknown;
  try {
    const response = await fetch(base, {
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
  const bundle = (typeof body === 'object' && body !== null ? body : {}) as { resourceType?: unknown; entry?: unknown };
  if (bundle.resourceType !== 'Bundle' || !Array.isArray(bundle.entry) || bundle.entry.length !== paths.length) {
    return undefined;
  }
  const entries = bundle.entry as unknown[];
  const answers = new Map<string, Response>();
  paths.forEach((path, index) => {
    const answer = entryResponse(entries[index]);
    if (answer) answers.set(path, answer);
  });
  return answers;
}

/** A batch entry as the Response a lone GET would have had; undefined when it has no status. */
function entryResponse(entry: unknown): Response | undefined {
  const { resource, response } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
    resource?: unknown;
    response?: { status?: unknown; outcome?: unknown };
  };
  // The status is text: "200 OK", "404 Not Found".
  const status = Number.parseInt(typeof response?.status === 'string' ? response.status : '', 10);
  if (!(status >= 200 && status <= 599)) return undefined;
  const body = resource ?? response?.outcome;
  return new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/fhir+json' },
  });
}
