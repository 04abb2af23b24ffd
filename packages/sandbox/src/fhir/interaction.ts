// One FHIR interaction relative to the base (`Type/id`, `Type?query`, `Type/_search`), checked against
// the token's scopes. Plain requests and batch entries both come through here.
import type { Bundle, BundleEntry } from 'fhir/r4.js';
import { accessFor, reaches } from './access.js';
import type { FhirContext } from './fhir-context.js';
import { failure, type FhirResult } from './fhir-result.js';
import { search } from './search.js';

const TYPE = /^[A-Z][A-Za-z]+$/;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;

export async function interact(
  context: FhirContext,
  method: string,
  segments: readonly string[],
  query: URLSearchParams,
): Promise<FhirResult> {
  const [type, second, ...rest] = segments;
  if (type === undefined || !TYPE.test(type) || rest.length > 0)
    return failure(404, 'not-found', `No FHIR interaction at '${segments.join('/')}'.`);
  const grant = context.access.grant;
  if (second === undefined || second === '_search') {
    if (method !== (second === undefined ? 'GET' : 'POST'))
      return failure(405, 'not-supported', 'Search is GET Type?params or POST Type/_search.');
    const access = accessFor(grant, type, 'search');
    if ('refused' in access) return access.refused;
    return search(context, type, query, access.rules);
  }
  if (method !== 'GET') return failure(405, 'not-supported', 'This sandbox only reads: GET Type/id.');
  if (!ID.test(second)) return failure(400, 'invalid', `'${second}' is not a FHIR id.`);
  const access = accessFor(grant, type, 'read');
  if ('refused' in access) return access.refused;
  const found = await context.source.read(`${type}/${second}`);
  if (!found.resource) return failure(404, 'not-found', `${type}/${second} was not found.`);
  // Outside what the scopes reach (another patient's, another category's): refused, never shown.
  if (!(await reaches(context.source, context.patientLinked, type, second, access.rules)))
    return failure(403, 'forbidden', `${type}/${second} is outside what the granted scopes reach.`);
  return { status: 200, resource: found.resource };
}

/** A batch of reads and searches; anything but GET entries is refused per entry. */
export async function batch(context: FhirContext, bundle: unknown): Promise<FhirResult> {
  if (!isBatch(bundle)) return failure(400, 'invalid', 'POST to the base takes a Bundle of type batch.');
  const entry: BundleEntry[] = [];
  for (const item of bundle.entry ?? []) {
    const request = item.request;
    const result =
      request?.method !== 'GET'
        ? failure(405, 'not-supported', 'Only GET entries are supported in a batch.')
        : await interact(context, 'GET', ...relative(request.url));
    entry.push({ resource: result.resource, response: { status: statusLine(result.status) } });
  }
  const response: Bundle = { resourceType: 'Bundle', type: 'batch-response', entry };
  return { status: 200, resource: response };
}

export function relative(url: string): [string[], URLSearchParams] {
  const [path = '', query = ''] = url.replace(/^\//, '').split('?', 2);
  return [path.split('/').filter(Boolean), new URLSearchParams(query)];
}

function isBatch(value: unknown): value is Bundle {
  if (typeof value !== 'object' || value === null) return false;
  const bundle = value as { resourceType?: unknown; type?: unknown; entry?: unknown };
  return (
    bundle.resourceType === 'Bundle' &&
    bundle.type === 'batch' &&
    (bundle.entry === undefined || Array.isArray(bundle.entry))
  );
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
