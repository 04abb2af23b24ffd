// The national FHIR endpoint: for the patient of a DPoP-bound token, the national medication list (PLL)
// and Kjernejournal's critical information. Searches as any FHIR client makes them
// (`MedicationStatement?patient=`, `AllergyIntolerance?patient=`, `Flag?patient=`), and SFM's own
// operation for the whole document (`Patient/$getMedication`). Another patient than the token's is a
// 403; every error is an OperationOutcome.
import type {
  Bundle,
  CapabilityStatement,
  CapabilityStatementRestResource,
  Parameters,
  Patient,
  Resource,
} from 'fhir/r4.js';
import { FHIR_JSON, sendFhir, sendOutcome } from '../fhir/operation-outcome.js';
import type { Request, Response } from '../http.js';
import { reachOf } from '../scopes.js';
import type { SandboxState } from '../state.js';
import { criticalAllergies, criticalFlags } from './critical-information.js';
import { dpopAccess } from './dpop-access.js';
import type { NationalToken } from './national-tokens.js';
import { NATIONAL_FHIR_PATH, nationalFhirBase } from './paths.js';
import { nationalMedications, pllDocument } from './pll-document.js';

const GET_MEDICATION = 'Patient/$getMedication';
const SEARCHABLE = ['MedicationStatement', 'AllergyIntolerance', 'Flag'] as const;
type Searchable = (typeof SEARCHABLE)[number];

/** Search parameters the endpoint answers; any other is refused rather than ignored. */
const KNOWN_PARAMETERS = new Set(['patient', '_count', '_include', '_format']);

export async function nationalFhir(state: SandboxState, request: Request, response: Response): Promise<void> {
  // `$` may come percent-encoded (`%24getMedication`); it names the same operation.
  const path = request.url.pathname
    .slice(NATIONAL_FHIR_PATH.length)
    .replace(/^\/+|\/+$/g, '')
    .replace(/%24/gi, '$');
  const base = nationalFhirBase(state.origin);
  if (path === 'metadata') {
    if (request.method !== 'GET') sendOutcome(response, 405, 'not-supported', 'metadata takes GET.');
    else sendFhir(response, 200, capabilityStatement(base, new Date(state.now())));
    return;
  }
  const token = await dpopAccess(state, request, response);
  if (token === undefined) return;

  if (path === GET_MEDICATION) {
    await getMedication(state, token, request, response, base);
    return;
  }
  const type = SEARCHABLE.find((searchable) => searchable === path);
  if (type === undefined) {
    sendOutcome(
      response,
      404,
      'not-supported',
      `The national endpoint serves ${[...SEARCHABLE, GET_MEDICATION].join(', ')}.`,
    );
    return;
  }
  if (request.method !== 'GET') {
    sendOutcome(response, 405, 'not-supported', `${type} is searched with GET.`);
    return;
  }
  const query = request.url.searchParams;
  const unknown = [...query.keys()].find((name) => !KNOWN_PARAMETERS.has(name));
  if (unknown !== undefined) {
    sendOutcome(response, 400, 'not-supported', `The search parameter '${unknown}' is not supported here.`);
    return;
  }
  const include = query.getAll('_include').find((value) => value !== 'MedicationStatement:medication');
  if (include !== undefined) {
    sendOutcome(response, 400, 'not-supported', `Only _include=MedicationStatement:medication is supported.`);
    return;
  }
  const count = query.has('_count') ? Number(query.get('_count')) : Infinity;
  if (!(count >= 0) || (Number.isFinite(count) && !Number.isInteger(count))) {
    sendOutcome(response, 400, 'invalid', '_count must be a whole number.');
    return;
  }
  if (refusedFor(token, type, query.getAll('patient'), response)) return;
  const { matches, included } = searchResults(token, type);
  sendFhir(response, 200, searchset(base, request.url, matches.slice(0, count), matches.length, included));
}

/** Sends the refusal and answers true when the token may not search the type for the named patient. */
function refusedFor(token: NationalToken, type: string, named: readonly string[], response: Response): boolean {
  if (reachOf(token.scopes, type, 'search').length === 0) {
    sendOutcome(response, 403, 'forbidden', `The token's scopes do not allow searching ${type}.`);
    return true;
  }
  if (named.some((reference) => patientId(reference) !== token.patient)) {
    sendOutcome(response, 403, 'forbidden', 'The token is for another patient than the one named.');
    return true;
  }
  return false;
}

function searchResults(token: NationalToken, type: Searchable): { matches: Resource[]; included: Resource[] } {
  switch (type) {
    case 'MedicationStatement': {
      const { statements, medications } = nationalMedications(token.patient);
      const medicationsGranted = reachOf(token.scopes, 'Medication', 'read').length > 0;
      return { matches: statements, included: medicationsGranted ? medications : [] };
    }
    case 'AllergyIntolerance':
      return { matches: criticalAllergies(token.patient), included: [] };
    case 'Flag':
      return { matches: criticalFlags(token.patient), included: [] };
  }
}

/**
 * SFM's `$getMedication`: the whole PLL document, in a Parameters resource as SFM answers. POSTed with
 * a Parameters resource whose `patient` is the Patient (by id or fødselsnummer) or a reference; as a
 * sandbox convenience also GET with `?patient=<id>` or no patient at all (the token's).
 */
async function getMedication(
  state: SandboxState,
  token: NationalToken,
  request: Request,
  response: Response,
  base: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'POST') {
    sendOutcome(response, 405, 'not-supported', `${GET_MEDICATION} takes GET or POST.`);
    return;
  }
  const patient = await patientResource(state, token.patient);
  const named =
    request.method === 'GET' ? request.url.searchParams.getAll('patient') : postedPatient(request.body, patient);
  if (typeof named === 'string') {
    sendOutcome(response, 400, 'invalid', named);
    return;
  }
  if (refusedFor(token, 'MedicationStatement', named, response)) return;
  const now = new Date(state.now());
  const result: Parameters = {
    resourceType: 'Parameters',
    parameter: [
      { name: 'medication', resource: pllDocument(patient, base, now) },
      { name: 'KJHentetTidspunkt', valueDateTime: now.toISOString() },
      { name: 'RFHentetTidspunkt', valueDateTime: now.toISOString() },
    ],
  };
  sendFhir(response, 200, result);
}

/**
 * The patient a POSTed Parameters names, as the patient ids it stands for: the token's when it is the
 * token's Patient by id or by an identifier they share, else what it names. A string says why it
 * cannot be read.
 */
function postedPatient(body: string, own: Patient): string[] | string {
  const parameters = parseJson(body) as Partial<Parameters> | undefined;
  if (parameters?.resourceType !== 'Parameters' || !Array.isArray(parameters.parameter))
    return 'The body must be a Parameters resource.';
  const named = parameters.parameter.filter(
    (parameter) => (parameter as { name?: unknown } | null)?.name === 'patient',
  );
  if (named.length !== 1) return 'Parameters must name one patient (parameter "patient").';
  const { resource, valueReference } = named[0] as { resource?: unknown; valueReference?: unknown };
  const reference = (valueReference as { reference?: unknown } | undefined)?.reference;
  if (typeof reference === 'string') return [reference];
  const posted = resource as Partial<Patient> | undefined;
  if (posted?.resourceType !== 'Patient') return 'The "patient" parameter must be a Patient or a reference.';
  const key = (identifier: unknown): string => {
    const { system, value } = (identifier ?? {}) as { system?: unknown; value?: unknown };
    return typeof system === 'string' && typeof value === 'string' ? `${system} ${value}` : '';
  };
  const identifiers = new Set((own.identifier ?? []).map(key).filter(Boolean));
  const shared =
    Array.isArray(posted.identifier) && posted.identifier.some((identifier) => identifiers.has(key(identifier)));
  if (shared) return [own.id ?? ''];
  return [typeof posted.id === 'string' ? posted.id : ''];
}

/** A patient named as `id`, `Patient/id` or a URL ending in `Patient/id`. */
function patientId(reference: string): string {
  const match = /(?:^|\/)Patient\/([^/]+)$/.exec(reference);
  return match?.[1] ?? reference;
}

async function patientResource(state: SandboxState, id: string): Promise<Patient> {
  const read = await state.source.read<Patient>(`Patient/${id}`);
  return read.resource ?? { resourceType: 'Patient', id };
}

function searchset(base: string, url: URL, matches: Resource[], total: number, included: Resource[]): Bundle {
  const entry = (resource: Resource, mode: 'match' | 'include'): NonNullable<Bundle['entry']>[number] => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: [{ relation: 'self', url: base + url.pathname.slice(NATIONAL_FHIR_PATH.length) + url.search }],
    entry: [
      ...matches.map((resource) => entry(resource, 'match')),
      ...included.map((resource) => entry(resource, 'include')),
    ],
  };
}

function capabilityStatement(base: string, now: Date): CapabilityStatement {
  const search = (type: Searchable): CapabilityStatementRestResource[] => [
    {
      type,
      interaction: [{ code: 'search-type' }],
      searchParam: [{ name: 'patient', type: 'reference' }],
    },
  ];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: now.toISOString(),
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: [FHIR_JSON],
    implementation: { description: 'Samspill sandbox: national services (PLL, Kjernejournal)', url: base },
    rest: [
      {
        mode: 'server',
        security: { description: 'DPoP-bound access tokens (RFC 9449) from the HelseID-like server at /helseid.' },
        resource: SEARCHABLE.flatMap(search),
        operation: [{ name: 'getMedication', definition: `${base}/OperationDefinition/getMedication` }],
      },
    ],
  };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
