// The sandbox against a client no one here wrote: fhirclient 2.6.3, launched through its Node entry
// exactly as an app would, on all four personalities. What fhirclient does differently from our own
// tests (no client_id on refresh, PKCE only when advertised, scope-string checks before refresh) is
// what these tests are for.
import type { Bundle, Observation, Patient } from 'fhir/r4.js';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBSCRIPTION_KEY,
  DIPS_ROLES,
  SUBSCRIPTION_KEY_HEADER,
  startSandbox,
  type PersonalityName,
  type Sandbox,
} from '../src/index.js';
import { launchWithFhirclient, type FhirclientLaunch } from './fhirclient-app.js';
import { endpoint, fhirBase, fhirGet, postForm, testData, type TokenBody } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData() });
});
afterAll(() => sandbox.close());

async function ehrLaunch(personality: PersonalityName, scope: string): Promise<FhirclientLaunch> {
  const created = sandbox.createLaunch({ personality, patient: 'kari', practitioner: 'lege-1', encounter: 'besok-1' });
  return launchWithFhirclient({ scope, iss: created.iss, launch: created.launch });
}

/** The authorize request fhirclient sent, as the sandbox received it. */
function authorizeHop(launch: FhirclientLaunch, personality: PersonalityName): URLSearchParams {
  const hop = launch.hops.find((url) => url.href.startsWith(endpoint(sandbox, personality, 'authorize')));
  if (!hop) throw new Error(`fhirclient never reached ${personality}'s authorize endpoint`);
  return hop.searchParams;
}

function tokenResponse(launch: FhirclientLaunch): TokenBody {
  return launch.client.state.tokenResponse as TokenBody;
}

/** A refresh_token grant by raw HTTP, as a public client: no client_id, only the refresh token. */
async function rawRefresh(personality: PersonalityName, refreshToken: string): Promise<globalThis.Response> {
  return postForm(endpoint(sandbox, personality, 'token'), {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
}

describe('fhirclient 2.6.3: smart-v2', () => {
  it('EHR launch: aud, launch, S256 PKCE and state sent, state back, launch context read', async () => {
    const launch = await ehrLaunch('smart-v2', 'launch openid fhirUser patient/*.rs offline_access');
    const sent = authorizeHop(launch, 'smart-v2');
    expect(sent.get('aud')).toBe(fhirBase(sandbox, 'smart-v2'));
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect(sent.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const back = launch.hops[launch.hops.length - 1];
    expect(back?.searchParams.get('state')).toBe(sent.get('state'));

    const { client } = launch;
    expect(client.patient.id).toBe('kari');
    expect(client.encounter.id).toBe('besok-1');
    expect(client.user.fhirUser).toBe('Practitioner/lege-1');
    expect(client.getIdToken()?.fhirUser).toBe('Practitioner/lege-1');
    expect(tokenResponse(launch)).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      need_patient_banner: true,
      smart_style_url: `${sandbox.url}/smart-v2/auth/smart-style.json`,
      scope: 'launch openid fhirUser patient/*.rs offline_access',
    });
  });

  it('reads and searches through the Client, the patient search parameter found in /metadata', async () => {
    const { client } = await ehrLaunch('smart-v2', 'launch patient/*.rs');
    const patient: Patient = await client.patient.read();
    expect(patient.name?.[0]?.family).toBe('Nordmann');
    const observations = await client.patient.request<Bundle<Observation>>('Observation');
    expect(observations.entry?.map((entry) => entry.resource?.subject?.reference)).toEqual(
      Array<string>(7).fill('Patient/kari'),
    );
    await expect(client.request('Patient/ola')).rejects.toMatchObject({ status: 403 });
  });

  it('client.refresh() works for a public client sending no client_id; the old refresh token is spent', async () => {
    const launch = await ehrLaunch('smart-v2', 'launch patient/*.rs offline_access');
    const first = { ...tokenResponse(launch) };
    expect(typeof first.refresh_token).toBe('string');
    await launch.client.refresh();
    const second = tokenResponse(launch);
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await launch.client.request<Patient>('Patient/kari')).id).toBe('kari');
    // Refreshed twice in a row: the rotated token works, the first one is spent.
    await launch.client.refresh();
    expect(tokenResponse(launch).access_token).not.toBe(second.access_token);
    expect(await (await rawRefresh('smart-v2', String(first.refresh_token))).json()).toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('standalone launch: fhirclient is sent to the patient picker, and the picked patient is the context', async () => {
    const launch = await launchWithFhirclient({
      scope: 'launch/patient patient/*.rs openid fhirUser',
      iss: fhirBase(sandbox, 'smart-v2'),
      pickPatient: 'ola',
    });
    expect(authorizeHop(launch, 'smart-v2').has('launch')).toBe(false);
    expect(launch.client.patient.id).toBe('ola');
    expect(((await launch.client.patient.read()) as Patient).name?.[0]?.given).toEqual(['Ola']);
  });
});

describe('fhirclient 2.6.3: oracle-health', () => {
  it('EHR launch without PKCE (none advertised), 570-second tokens and the tenant', async () => {
    const launch = await ehrLaunch(
      'oracle-health',
      'launch openid fhirUser patient/Patient.read patient/Observation.read offline_access',
    );
    const sent = authorizeHop(launch, 'oracle-health');
    expect(sent.get('aud')).toBe(fhirBase(sandbox, 'oracle-health'));
    expect(sent.has('code_challenge')).toBe(false);
    expect(tokenResponse(launch)).toMatchObject({ expires_in: 570, need_patient_banner: true, patient: 'kari' });
    expect(String(tokenResponse(launch).tenant)).toMatch(/^[0-9a-f-]{36}$/);
    expect(launch.client.user.fhirUser).toBe('Practitioner/lege-1');
    const bundle = await launch.client.request<Bundle>('Observation?patient=kari');
    expect(bundle.total).toBe(7);
  });

  it('refreshes with client.refresh() and keeps the one refresh token Oracle Health never rotates', async () => {
    const launch = await ehrLaunch('oracle-health', 'launch patient/Patient.read online_access');
    const first = { ...tokenResponse(launch) };
    await launch.client.refresh();
    expect(tokenResponse(launch).access_token).not.toBe(first.access_token);
    expect(tokenResponse(launch).refresh_token).toBe(first.refresh_token);
    await launch.client.refresh();
    expect((await launch.client.request<Patient>('Patient/kari')).id).toBe('kari');
  });
});

describe('fhirclient 2.6.3: epic', () => {
  it('EHR launch with S256, need_patient_banner as a string, an absolute fhirUser fhirclient shortens', async () => {
    const launch = await ehrLaunch('epic', 'launch openid fhirUser patient/Observation.read offline_access');
    expect(authorizeHop(launch, 'epic').get('code_challenge_method')).toBe('S256');
    const body = tokenResponse(launch);
    expect(body.need_patient_banner).toBe('true');
    expect(decodeJwt(String(body.id_token)).fhirUser).toBe(`${fhirBase(sandbox, 'epic')}/Practitioner/lege-1`);
    expect(launch.client.user.fhirUser).toBe('Practitioner/lege-1');
    expect((await launch.client.request<Patient>('Patient/kari')).id).toBe('kari');
  });

  it('fhirclient will not refresh without offline_access in the scope echo; a raw grant works', async () => {
    const launch = await ehrLaunch('epic', 'launch patient/Observation.read offline_access');
    const body = tokenResponse(launch);
    expect(String(body.scope).split(' ')).not.toContain('offline_access');
    expect(typeof body.refresh_token).toBe('string');
    // fhirclient checks the scope string before it sends anything, and throws at once.
    expect(() => launch.client.refresh()).toThrow(/No offline_access or online_access scope found/);

    const refreshed = await rawRefresh('epic', String(body.refresh_token));
    expect(refreshed.status).toBe(200);
    const fresh = (await refreshed.json()) as TokenBody;
    expect(fresh.access_token).not.toBe(body.access_token);
    expect(typeof fresh.refresh_token).toBe('string');
    expect((await fhirGet(sandbox, 'epic', 'Patient/kari', fresh.access_token)).status).toBe(200);
  });
});

describe('fhirclient 2.6.3: dips', () => {
  it('discovers without the key, launches with S256, and reads only with the key in headers', async () => {
    const launch = await ehrLaunch('dips', 'launch openid fhirUser patient/*.rs');
    expect(authorizeHop(launch, 'dips').get('code_challenge_method')).toBe('S256');
    expect(tokenResponse(launch).dips_role).toMatchObject({ id: DIPS_ROLES[0]?.id });
    const key = { [SUBSCRIPTION_KEY_HEADER]: DEFAULT_SUBSCRIPTION_KEY };
    const patient = await launch.client.request<Patient>({ url: 'Patient/kari', headers: key });
    expect(patient.meta?.profile).toEqual(['http://dips.no/fhir/R4/StructureDefinition/DIPSPatient']);
    // fhirclient's own helpers send no custom header: the gateway refuses them.
    await expect(launch.client.patient.read()).rejects.toMatchObject({ status: 401 });
  });
});
