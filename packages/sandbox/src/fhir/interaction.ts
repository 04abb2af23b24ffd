// One FHIR interaction relative to the base (`Type/id`, `Type?query`, `Type/_search`), checked against
// the token's scopes. Plain requests and batch entries (batch.ts) both come through here.
import { accessFor, reaches } from './access.js';
import type { FhirContext } from './fhir-context.js';
import { failure, type FhirResult } from './fhir-result.js';
import { otherPatientRefusal } from './named-patient.js';
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
    return otherPatientRefusal(type, query, access.rules) ?? search(context, type, query, access.rules);
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

/** A batch entry's url (`Type/id`, `Type?query`, a leading `/` allowed) as path segments and query. */
export function relative(url: string): [string[], URLSearchParams] {
  const [path = '', query = ''] = url.replace(/^\//, '').split('?', 2);
  return [path.split('/').filter(Boolean), new URLSearchParams(query)];
}
