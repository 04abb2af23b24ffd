// A batch Bundle of reads and searches (`POST` to the base), answered entry by entry as a
// batch-response. The Bundle as a whole is refused with 400 and an OperationOutcome when it is no
// batch, when an entry carries no request, or when it asks more of the sandbox than one request
// should: more than MAX_BATCH_ENTRIES entries, or searches whose pages together pass
// MAX_BATCH_SEARCH_RESULTS results.
import type { Bundle, BundleEntry } from 'fhir/r4.js';
import { MAX_BATCH_ENTRIES, MAX_BATCH_SEARCH_RESULTS } from '../limits.js';
import { percentDecodable } from '../percent-encoding.js';
import type { FhirContext } from './fhir-context.js';
import { failure, type FhirResult } from './fhir-result.js';
import { interact, relative } from './interaction.js';
import { DEFAULT_PAGE_SIZE, requestedPageSize } from './search.js';

/** What one entry asks for. */
interface EntryRequest {
  readonly method: string;
  readonly url: string;
}

export async function batch(context: FhirContext, body: unknown): Promise<FhirResult> {
  const requests = entryRequests(body);
  if (!Array.isArray(requests)) return requests;
  const tooCostly = costProblem(requests);
  if (tooCostly !== undefined) return failure(400, 'too-costly', tooCostly);
  const entry: BundleEntry[] = [];
  for (const request of requests) {
    const result = await answer(context, request);
    entry.push({ resource: result.resource, response: { status: statusLine(result.status) } });
  }
  const response: Bundle = { resourceType: 'Bundle', type: 'batch-response', entry };
  return { status: 200, resource: response };
}

/** Only GET entries: the sandbox reads. */
async function answer(context: FhirContext, request: EntryRequest): Promise<FhirResult> {
  if (request.method !== 'GET') return failure(405, 'not-supported', 'Only GET entries are supported in a batch.');
  if (!percentDecodable(request.url))
    return failure(400, 'invalid', 'The entry url has percent-encoding that does not decode as UTF-8.');
  return interact(context, 'GET', ...relative(request.url));
}

/** Each entry's request, or the refusal of a Bundle that is no batch of requests. */
function entryRequests(value: unknown): EntryRequest[] | FhirResult {
  if (!isObject(value) || value.resourceType !== 'Bundle' || value.type !== 'batch')
    return failure(400, 'invalid', 'POST to the base takes a Bundle of type batch.');
  const entries = value.entry ?? [];
  if (!Array.isArray(entries)) return failure(400, 'invalid', 'The batch Bundle’s entry must be an array.');
  // Counted before anything else is looked at: a Bundle too long is refused however its entries look.
  if (entries.length > MAX_BATCH_ENTRIES)
    return failure(
      400,
      'too-costly',
      `A batch may hold at most ${MAX_BATCH_ENTRIES.toLocaleString('en')} entries; this one has ${entries.length.toLocaleString('en')}.`,
    );
  const requests: EntryRequest[] = [];
  for (const [index, entry] of (entries as unknown[]).entries()) {
    const request = isObject(entry) ? entry.request : undefined;
    if (!isObject(request) || typeof request.method !== 'string' || typeof request.url !== 'string')
      return failure(400, 'invalid', `entry[${index}] needs a request with a method and a url.`);
    requests.push({ method: request.method, url: request.url });
  }
  return requests;
}

/** Why the searches ask for too much together, or undefined. A read by id costs nothing here. */
function costProblem(requests: readonly EntryRequest[]): string | undefined {
  let results = 0;
  for (const { method, url } of requests) {
    const [segments, query] = relative(url);
    const search = segments.length === 1 || segments[1] === '_search';
    if (method === 'GET' && search) results += requestedPageSize(query);
  }
  if (results <= MAX_BATCH_SEARCH_RESULTS) return undefined;
  return (
    `The searches of a batch may ask for at most ${MAX_BATCH_SEARCH_RESULTS.toLocaleString('en')} results ` +
    `together (the sum of their page sizes: _count, or ${DEFAULT_PAGE_SIZE}); ` +
    `these ask for ${results.toLocaleString('en')}.`
  );
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function statusLine(status: number): string {
  return `${status} ${REASONS[status] ?? ''}`.trim();
}
