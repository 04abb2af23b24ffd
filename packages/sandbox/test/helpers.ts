// A small, known data set and the steps of a SMART launch, over real HTTP, for the conformance tests.
import { createHash, randomBytes } from 'node:crypto';
import type { Bundle, FhirResource, Resource } from 'fhir/r4.js';
import { DEFAULT_SUBSCRIPTION_KEY, type LaunchOptions, type PersonalityName, type Sandbox } from '../src/index.js';

export const REDIRECT_URI = 'http://localhost:5173/index.html';

export function testData(): FhirResource[] {
  const observation = (id: string, patient: string, date: string, code = '8867-4'): FhirResource => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: date,
    performer: [{ reference: 'Practitioner/lege-1' }],
  });
  return [
    { resourceType: 'Patient', id: 'kari', name: [{ given: ['Kari'], family: 'Nordmann' }] },
    { resourceType: 'Patient', id: 'ola', name: [{ given: ['Ola'], family: 'Nordmann' }] },
    { resourceType: 'Practitioner', id: 'lege-1', name: [{ given: ['Lise'], family: 'Lege' }] },
    {
      resourceType: 'Encounter',
      id: 'besok-1',
      status: 'in-progress',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/kari' },
    },
    { resourceType: 'Medication', id: 'paracet', code: { text: 'Paracetamol 500 mg' } },
    {
      resourceType: 'MedicationRequest',
      id: 'resept-1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/kari' },
      medicationReference: { reference: 'Medication/paracet' },
      authoredOn: '2024-03-01',
    },
    { resourceType: 'Condition', id: 'diagnose-1', subject: { reference: 'Patient/kari' }, code: { text: 'Astma' } },
    observation('puls-2020', 'kari', '2020-05-01'),
    observation('puls-2021', 'kari', '2021-05-01'),
    observation('puls-2022', 'kari', '2022-05-01'),
    observation('puls-2023', 'kari', '2023-05-01'),
    observation('puls-2024a', 'kari', '2024-01-15'),
    observation('puls-2024b', 'kari', '2024-06-15'),
    observation('puls-2025', 'kari', '2025-02-01'),
    observation('ola-puls', 'ola', '2024-02-01'),
  ];
}

export interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function fhirBase(sandbox: Sandbox, personality: PersonalityName): string {
  return sandbox.url + sandbox.personalities[personality].paths.fhir;
}

export function endpoint(
  sandbox: Sandbox,
  personality: PersonalityName,
  name: 'authorize' | 'token' | 'introspect' | 'jwks',
): string {
  return sandbox.url + sandbox.personalities[personality].paths[name];
}

export interface AuthorizeRequest {
  readonly personality: PersonalityName;
  readonly scope: string;
  readonly launch?: string;
  readonly clientId?: string;
  readonly redirectUri?: string;
  readonly aud?: string | null;
  readonly pkce?: Pkce | null;
  readonly method?: string;
  readonly state?: string;
  readonly extra?: Record<string, string>;
}

export function authorizeParams(sandbox: Sandbox, request: AuthorizeRequest): URLSearchParams {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId ?? 'samspill-dev',
    redirect_uri: request.redirectUri ?? REDIRECT_URI,
    scope: request.scope,
    state: request.state ?? 'tilstand-123',
    ...request.extra,
  });
  const aud = request.aud === undefined ? fhirBase(sandbox, request.personality) : request.aud;
  if (aud !== null) params.set('aud', aud);
  if (request.launch !== undefined) params.set('launch', request.launch);
  if (request.pkce !== null) {
    params.set('code_challenge', (request.pkce ?? FIXED_PKCE).challenge);
    params.set('code_challenge_method', request.method ?? 'S256');
  }
  return params;
}

/** Sends the authorize request and returns the redirect it answered with (or the response when none). */
export async function authorizeRaw(sandbox: Sandbox, request: AuthorizeRequest): Promise<globalThis.Response> {
  const url = `${endpoint(sandbox, request.personality, 'authorize')}?${authorizeParams(sandbox, request).toString()}`;
  return fetch(url, { redirect: 'manual' });
}

export async function authorizeRedirect(sandbox: Sandbox, request: AuthorizeRequest): Promise<URL> {
  const response = await authorizeRaw(sandbox, request);
  const location = response.headers.get('location');
  if (response.status !== 302 || location === null) throw new Error(`authorize answered ${response.status}`);
  return new URL(location);
}

export const FIXED_PKCE = pkce();

export async function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<globalThis.Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export async function exchangeCode(
  sandbox: Sandbox,
  personality: PersonalityName,
  code: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<globalThis.Response> {
  return postForm(
    endpoint(sandbox, personality, 'token'),
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: 'samspill-dev',
      code_verifier: FIXED_PKCE.verifier,
      ...extra,
    },
    headers,
  );
}

export type TokenBody = Record<string, unknown> & { access_token: string };

/** A whole EHR launch: launch context, authorize, token. */
export async function launchToken(
  sandbox: Sandbox,
  scope: string,
  launch: Partial<LaunchOptions> & { personality: PersonalityName },
): Promise<TokenBody> {
  const created = sandbox.createLaunch({ patient: 'kari', practitioner: 'lege-1', ...launch });
  const redirect = await authorizeRedirect(sandbox, { personality: launch.personality, scope, launch: created.launch });
  const code = redirect.searchParams.get('code');
  if (code === null) throw new Error(`no code: ${redirect.href}`);
  const response = await exchangeCode(sandbox, launch.personality, code);
  const body = (await response.json()) as TokenBody;
  if (response.status !== 200) throw new Error(`token answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

export async function fhirGet(
  sandbox: Sandbox,
  personality: PersonalityName,
  path: string,
  token?: string,
): Promise<{ status: number; body: Resource & Bundle; response: globalThis.Response }> {
  const response = await fetch(`${fhirBase(sandbox, personality)}/${path}`, {
    headers: {
      ...(token !== undefined && { Authorization: `Bearer ${token}` }),
      ...gatewayHeaders(sandbox, personality),
    },
  });
  return { status: response.status, body: (await response.json()) as Resource & Bundle, response };
}

/** What an app sends a personality's API gateway (dips): the built-in client's subscription key. */
export function gatewayHeaders(sandbox: Sandbox, personality: PersonalityName): Record<string, string> {
  const header = sandbox.personalities[personality].subscriptionKeyHeader;
  return header === undefined ? {} : { [header]: DEFAULT_SUBSCRIPTION_KEY };
}
