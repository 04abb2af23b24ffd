// The national flow end to end over HTTP: HelseID's discovery, token exchange (RFC 8693) from an EHR
// launch on every personality to a DPoP-bound token, and the national FHIR endpoint serving the
// patient's PLL document and Kjernejournal's critical information, with every refusal RFC 9449 asks
// of a resource server.
import { decodeJwt, calculateJwkThumbprint } from 'jose';
import type { Bundle, OperationOutcome, Parameters as FhirParameters } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type Sandbox } from '../src/index.js';
import { authorizeRedirect, exchangeCode, launchToken, testData, type TokenBody } from './helpers.js';
import {
  ACCESS_TOKEN_TYPE,
  dpopKey,
  exchange,
  exchangeForm,
  makeProof,
  nationalBase,
  nationalRequest,
  postExchange,
  tokenUrl,
  type NationalSession,
} from './national-helpers.js';

const START = Date.parse('2025-11-25T10:00:00Z');
let clock = START;
const seconds = (): number => Math.floor(clock / 1000);
const SCOPE = 'launch openid fhirUser patient/Patient.read';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData(), now: () => clock });
});
afterAll(() => sandbox.close());

async function ehrToken(
  personality: (typeof PERSONALITY_NAMES)[number] = 'smart-v2',
  patient = 'kari',
): Promise<string> {
  clock = START;
  return (await launchToken(sandbox, SCOPE, { personality, patient })).access_token;
}

async function session(): Promise<NationalSession> {
  return exchange(sandbox, await ehrToken(), seconds());
}

async function challenge(response: globalThis.Response): Promise<{ error: string | undefined; header: string }> {
  const header = response.headers.get('www-authenticate') ?? '';
  const outcome = (await response.json()) as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  return { error: /error="([^"]+)"/.exec(header)?.[1], header };
}

describe('HelseID discovery', () => {
  it('advertises token exchange and ES256 DPoP proofs', async () => {
    const response = await fetch(`${sandbox.url}/helseid/.well-known/openid-configuration`);
    const document = (await response.json()) as Record<string, unknown>;
    expect(document).toMatchObject({
      issuer: `${sandbox.url}/helseid`,
      token_endpoint: tokenUrl(sandbox),
      dpop_signing_alg_values_supported: ['ES256'],
    });
    expect(document.grant_types_supported).toContain('urn:ietf:params:oauth:grant-type:token-exchange');
    const jwks = await fetch(String(document.jwks_uri));
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });
});

describe('token exchange', () => {
  it.each(PERSONALITY_NAMES)(
    'exchanges a %s launch token for a DPoP-bound token for the same patient and user',
    async (personality) => {
      const key = await dpopKey();
      const national = await exchange(sandbox, await ehrToken(personality), seconds(), key);
      expect(national.body).toMatchObject({
        token_type: 'DPoP',
        issued_token_type: ACCESS_TOKEN_TYPE,
        expires_in: 300,
        patient: 'kari',
      });
      const claims = decodeJwt(national.accessToken);
      expect(claims).toMatchObject({ patient: 'kari', sub: 'lege-1', aud: nationalBase(sandbox) });
      expect(claims.cnf).toEqual({ jkt: await calculateJwkThumbprint(key.jwk, 'sha256') });
    },
  );

  it('first answers use_dpop_nonce with a DPoP-Nonce, and takes the retry that carries it', async () => {
    const key = await dpopKey();
    const form = exchangeForm(sandbox, await ehrToken());
    const first = await postExchange(
      sandbox,
      form,
      await makeProof(key, { method: 'POST', url: tokenUrl(sandbox), iat: seconds() }),
    );
    expect(first.status).toBe(400);
    expect(await first.json()).toMatchObject({ error: 'use_dpop_nonce' });
    const nonce = first.headers.get('dpop-nonce') ?? '';
    expect(nonce).not.toBe('');
    const wrong = await postExchange(
      sandbox,
      form,
      await makeProof(key, { method: 'POST', url: tokenUrl(sandbox), iat: seconds(), nonce: 'gjettet' }),
    );
    expect(await wrong.json()).toMatchObject({ error: 'use_dpop_nonce' });
    const retry = await postExchange(
      sandbox,
      form,
      await makeProof(key, { method: 'POST', url: tokenUrl(sandbox), iat: seconds(), nonce }),
    );
    expect(retry.status).toBe(200);
    expect(retry.headers.get('cache-control')).toBe('no-store');
  });

  async function refusal(form: Record<string, string>, proof?: string): Promise<Record<string, unknown>> {
    const response = await postExchange(sandbox, form, proof);
    expect(response.status).toBe(400);
    return (await response.json()) as Record<string, unknown>;
  }

  async function goodProof(): Promise<string> {
    const key = await dpopKey();
    const probe = await postExchange(sandbox, {}, undefined);
    const nonce = probe.headers.get('dpop-nonce') ?? '';
    return makeProof(key, { method: 'POST', url: tokenUrl(sandbox), iat: seconds(), nonce });
  }

  it('refuses an unknown or expired subject token with invalid_grant', async () => {
    const token = await ehrToken();
    expect(await refusal(exchangeForm(sandbox, 'ikke-et-token'), await goodProof())).toMatchObject({
      error: 'invalid_grant',
    });
    clock = START + 3_600_000;
    expect(await refusal(exchangeForm(sandbox, token), await goodProof())).toMatchObject({ error: 'invalid_grant' });
    clock = START;
  });

  it('answers 503 for a launch with the national_unavailable fault, and the EHR still serves it', async () => {
    clock = START;
    const token = (
      await launchToken(sandbox, SCOPE, { personality: 'epic', patient: 'kari', fault: 'national_unavailable' })
    ).access_token;
    const response = await postExchange(sandbox, exchangeForm(sandbox, token), await goodProof());
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: 'temporarily_unavailable' });
    const fhir = sandbox.url + sandbox.personalities.epic.paths.fhir;
    const patient = await fetch(`${fhir}/Patient/kari`, { headers: { authorization: `Bearer ${token}` } });
    expect(patient.status).toBe(200);
  });

  it('refuses a subject token with no patient in context', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', practitioner: 'lege-1' });
    const scope = 'launch openid fhirUser user/Patient.read';
    const redirect = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope, launch });
    const response = await exchangeCode(sandbox, 'smart-v2', redirect.searchParams.get('code') ?? '');
    const token = ((await response.json()) as TokenBody).access_token;
    expect(await refusal(exchangeForm(sandbox, token), await goodProof())).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a request without a proof, or with a proof for another endpoint, with invalid_dpop_proof', async () => {
    const form = exchangeForm(sandbox, await ehrToken());
    expect(await refusal(form)).toMatchObject({ error: 'invalid_dpop_proof' });
    const key = await dpopKey();
    const elsewhere = await makeProof(key, { method: 'POST', url: `${sandbox.url}/annet`, iat: seconds() });
    expect(await refusal(form, elsewhere)).toMatchObject({ error: 'invalid_dpop_proof' });
  });

  it('refuses a resource other than the national endpoint, a wrong token type and scopes it cannot grant', async () => {
    const form = exchangeForm(sandbox, await ehrToken());
    expect(await refusal({ ...form, resource: 'https://evil.example/fhir' }, await goodProof())).toMatchObject({
      error: 'invalid_target',
    });
    expect(
      await refusal({ ...form, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token' }, await goodProof()),
    ).toMatchObject({ error: 'invalid_request' });
    expect(await refusal({ ...form, scope: 'patient/Observation.rs' }, await goodProof())).toMatchObject({
      error: 'invalid_scope',
    });
    expect(await refusal({ ...form, grant_type: 'client_credentials' }, await goodProof())).toMatchObject({
      error: 'unsupported_grant_type',
    });
  });
});

describe('the national FHIR endpoint', () => {
  it('serves the PLL document by $getMedication, with the patient swapped in', async () => {
    const national = await session();
    const response = await nationalRequest(sandbox, national, {
      path: 'Patient/$getMedication',
      nowSeconds: seconds(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('dpop-nonce')).not.toBeNull();
    const parameters = (await response.json()) as FhirParameters;
    const document = parameters.parameter?.find((parameter) => parameter.name === 'medication')?.resource as Bundle;
    expect(document.type).toBe('document');
    const resources = (document.entry ?? []).map((entry) => entry.resource);
    expect(resources[0]).toMatchObject({ resourceType: 'Composition', subject: { reference: 'Patient/kari' } });
    expect(resources.find((resource) => resource?.resourceType === 'Patient')).toMatchObject({
      id: 'kari',
      name: [{ given: ['Kari'] }],
    });
    const statements = resources.filter((resource) => resource?.resourceType === 'MedicationStatement');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).toMatchObject({ subject: { reference: 'Patient/kari' } });
    expect(JSON.stringify(document)).not.toContain('pll-pasient');
  });

  it('takes $getMedication POSTed with a Parameters naming the patient, and refuses another patient', async () => {
    const national = await session();
    const post = (reference: string): Promise<globalThis.Response> =>
      nationalRequest(sandbox, national, {
        path: 'Patient/$getMedication',
        method: 'POST',
        nowSeconds: seconds(),
        body: JSON.stringify({
          resourceType: 'Parameters',
          parameter: [{ name: 'patient', valueReference: { reference } }],
        }),
      });
    expect((await post('Patient/kari')).status).toBe(200);
    expect((await post('Patient/ola')).status).toBe(403);
  });

  it('serves MedicationStatement, AllergyIntolerance and Flag searches for the token patient', async () => {
    const national = await session();
    const search = async (path: string): Promise<Bundle> => {
      const response = await nationalRequest(sandbox, national, { path, nowSeconds: seconds() });
      expect(response.status).toBe(200);
      return (await response.json()) as Bundle;
    };
    const medications = await search('MedicationStatement?patient=kari&_include=MedicationStatement:medication');
    const modes = (medications.entry ?? []).map(
      (entry) => `${entry.resource?.resourceType ?? ''}:${entry.search?.mode ?? ''}`,
    );
    expect(modes).toContain('MedicationStatement:match');
    expect(modes).toContain('Medication:include');
    const allergies = await search('AllergyIntolerance?patient=Patient/kari');
    expect(allergies.total).toBeGreaterThan(0);
    expect(allergies.entry?.every((entry) => entry.resource?.resourceType === 'AllergyIntolerance')).toBe(true);
    expect(JSON.stringify(allergies)).toContain('"criticality":"high"');
    const flags = await search('Flag?patient=kari');
    expect(flags.entry?.[0]?.resource).toMatchObject({ resourceType: 'Flag', subject: { reference: 'Patient/kari' } });
  });

  it('refuses another patient with 403 and an OperationOutcome', async () => {
    const national = await session();
    for (const path of [
      'AllergyIntolerance?patient=ola',
      'MedicationStatement?patient=Patient/ola',
      'Patient/$getMedication?patient=ola',
    ]) {
      const response = await nationalRequest(sandbox, national, { path, nowSeconds: seconds() });
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as OperationOutcome).resourceType).toBe('OperationOutcome');
    }
  });

  it('refuses a Bearer token with 401 and a DPoP challenge', async () => {
    const national = await session();
    const response = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      authorization: `Bearer ${national.accessToken}`,
    });
    expect(response.status).toBe(401);
    const { header, error } = await challenge(response);
    expect(header).toMatch(/^DPoP /);
    expect(error).toBe('invalid_token');
  });

  it('asks for DPoP when no token comes at all', async () => {
    const response = await fetch(`${nationalBase(sandbox)}/AllergyIntolerance`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('DPoP algs="ES256"');
  });

  it('refuses an EHR token sent as a DPoP token', async () => {
    const national = await session();
    const ehr = await ehrToken();
    const response = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      authorization: `DPoP ${ehr}`,
      proof: { accessToken: ehr },
    });
    expect((await challenge(response)).error).toBe('invalid_token');
  });

  it('refuses a replayed proof (the same jti)', async () => {
    const national = await session();
    const proof = { jti: 'en-gang' };
    const first = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      proof,
    });
    expect(first.status).toBe(200);
    const again = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      proof,
    });
    expect(again.status).toBe(401);
    expect((await challenge(again)).error).toBe('invalid_dpop_proof');
  });

  const refusals: [string, (national: NationalSession) => Partial<Parameters<typeof nationalRequest>[2]>][] = [
    ['a wrong htu', () => ({ proof: { url: `${nationalBase(sandbox)}/MedicationStatement` } })],
    ['an htu on another server', () => ({ proof: { url: `http://evil.example/nasjonal/fhir/AllergyIntolerance` } })],
    ['a wrong htm', () => ({ proof: { method: 'POST' } })],
    ['a missing ath', () => ({ proof: { accessToken: undefined, claims: { ath: undefined } } })],
    ['a wrong ath', () => ({ proof: { accessToken: 'et-annet-token' } })],
    ['an old iat', () => ({ proof: { iat: seconds() - 120 } })],
    ['a future iat', () => ({ proof: { iat: seconds() + 60 } })],
  ];
  it.each(refusals)('refuses %s with invalid_dpop_proof', async (_, change) => {
    const national = await session();
    const response = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      ...change(national),
    });
    expect(response.status).toBe(401);
    expect((await challenge(response)).error).toBe('invalid_dpop_proof');
  });

  it('refuses a proof by another key than the token is bound to', async () => {
    const national = await session();
    const response = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      proofKey: await dpopKey(),
    });
    const { error, header } = await challenge(response);
    expect(error).toBe('invalid_dpop_proof');
    expect(header).toContain('another key');
  });

  it('takes htu without query and fragment, and with the host written otherwise', async () => {
    const national = await session();
    const url = `${nationalBase(sandbox).replace('http://', 'HTTP://')}/AllergyIntolerance#fragment`;
    const response = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance?patient=kari',
      nowSeconds: seconds(),
      proof: { url },
    });
    expect(response.status).toBe(200);
  });

  it('asks for a nonce when the proof has none or an old one, and takes the retry with the fresh one', async () => {
    const national = await session();
    const missing = await nationalRequest(sandbox, national, {
      path: 'AllergyIntolerance',
      nowSeconds: seconds(),
      proof: { nonce: undefined, claims: { nonce: undefined } },
    });
    expect(missing.status).toBe(401);
    expect((await challenge(missing)).error).toBe('use_dpop_nonce');
    const fresh = missing.headers.get('dpop-nonce') ?? '';
    expect(fresh).toBe(national.nonce);

    const retried = await nationalRequest(
      sandbox,
      { ...national, nonce: fresh },
      {
        path: 'AllergyIntolerance',
        nowSeconds: seconds(),
      },
    );
    expect(retried.status).toBe(200);
  });

  it('asks again when a nonce is two windows old', async () => {
    const ehr = await ehrToken();
    const old = (await postExchange(sandbox, {})).headers.get('dpop-nonce') ?? '';
    clock = START + 11 * 60_000;
    const later = await exchange(sandbox, ehr, seconds());
    const stale = await nationalRequest(sandbox, { ...later, nonce: old }, { path: 'Flag', nowSeconds: seconds() });
    expect((await challenge(stale)).error).toBe('use_dpop_nonce');
    const fresh = stale.headers.get('dpop-nonce') ?? '';
    expect(fresh).not.toBe(old);
    const retried = await nationalRequest(sandbox, { ...later, nonce: fresh }, { path: 'Flag', nowSeconds: seconds() });
    expect(retried.status).toBe(200);
    clock = START;
  });

  it('refuses the national token once it has expired', async () => {
    const national = await session();
    clock = START + 301_000;
    const response = await nationalRequest(sandbox, national, { path: 'AllergyIntolerance', nowSeconds: seconds() });
    expect((await challenge(response)).error).toBe('invalid_token');
    clock = START;
  });

  it('ends the national token when the EHR grant it came from is revoked (a replayed code)', async () => {
    clock = START;
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari', practitioner: 'lege-1' });
    const redirect = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope: SCOPE, launch });
    const code = redirect.searchParams.get('code') ?? '';
    const ehr = ((await (await exchangeCode(sandbox, 'smart-v2', code)).json()) as TokenBody).access_token;
    const national = await exchange(sandbox, ehr, seconds());
    const before = await nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds() });
    expect(before.status).toBe(200);
    expect((await exchangeCode(sandbox, 'smart-v2', code)).status).toBe(400);
    const after = await nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds() });
    expect((await challenge(after)).error).toBe('invalid_token');
  });

  it('lets a browser send DPoP and read DPoP-Nonce across origins', async () => {
    const preflight = await fetch(`${nationalBase(sandbox)}/AllergyIntolerance`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization, dpop',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/\bDPoP\b/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/\bAuthorization\b/);
    expect(preflight.headers.get('access-control-expose-headers')).toMatch(/\bDPoP-Nonce\b/);
    expect(preflight.headers.get('access-control-expose-headers')).toMatch(/\bWWW-Authenticate\b/);
  });
});
