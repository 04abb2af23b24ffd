// What a conformance-testing client checks cheaply, by raw HTTP: RFC 6749 §5.2 errors at the token
// endpoint, refresh by public and confidential clients, SMART v2 granular scopes at the FHIR server,
// discovery, OpenID Connect discovery at the issuer, and SMART's introspection fields.
import type { Bundle, FhirResource, Observation } from 'fhir/r4.js';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type PersonalityName, type Sandbox } from '../src/index.js';
import {
  authorizeRedirect,
  endpoint,
  exchangeCode,
  fhirBase,
  fhirGet,
  launchToken,
  postForm,
  REDIRECT_URI,
  testData,
  type TokenBody,
} from './helpers.js';

const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const LAB_SCOPE = `patient/Observation.rs?category=${CATEGORY}|laboratory`;
const VITALS_SCOPE = `patient/Observation.rs?category=${CATEGORY}|vital-signs`;

function categorized(id: string, patient: string, category: string): FhirResource {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: CATEGORY, code: category }] }],
    code: { coding: [{ system: 'http://loinc.org', code: category === 'laboratory' ? '718-7' : '8480-6' }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: '2025-03-01',
  };
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: [
      ...testData(),
      categorized('lab-hb', 'kari', 'laboratory'),
      categorized('lab-crp', 'kari', 'laboratory'),
      categorized('vital-bp', 'kari', 'vital-signs'),
      categorized('lab-ola', 'ola', 'laboratory'),
    ],
    clients: [
      { id: 'symmetric-app', redirectUris: [REDIRECT_URI], auth: { type: 'client_secret_basic', secret: 'hemmelig' } },
      { id: 'other-public-app', redirectUris: [REDIRECT_URI], auth: { type: 'public' } },
    ],
  });
});
afterAll(() => sandbox.close());

const tokenUrl = (personality: PersonalityName = 'smart-v2') => endpoint(sandbox, personality, 'token');
const ids = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource?.id).sort();

async function expectOAuthError(response: globalThis.Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('pragma')).toBe('no-cache');
  const body = (await response.json()) as { error?: unknown; error_description?: unknown };
  expect(body.error).toBe(error);
  expect(typeof body.error_description).toBe('string');
}

describe('token endpoint errors (RFC 6749 §5.2)', () => {
  it('a missing grant_type is invalid_request; an unknown one is unsupported_grant_type', async () => {
    await expectOAuthError(await postForm(tokenUrl(), { client_id: 'samspill-dev' }), 400, 'invalid_request');
    await expectOAuthError(
      await postForm(tokenUrl(), { grant_type: 'password', client_id: 'samspill-dev' }),
      400,
      'unsupported_grant_type',
    );
    // Not granted by the sandbox, and so not advertised: no backend services.
    await expectOAuthError(
      await postForm(tokenUrl('epic'), { grant_type: 'client_credentials', scope: 'system/Patient.rs' }),
      400,
      'unsupported_grant_type',
    );
  });

  it('a JSON body, a GET, or a repeated parameter is invalid_request', async () => {
    const json = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code: 'x', client_id: 'samspill-dev' }),
    });
    await expectOAuthError(json, 400, 'invalid_request');
    await expectOAuthError(await fetch(`${tokenUrl()}?grant_type=authorization_code`), 400, 'invalid_request');
    const repeated = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code&code=a&code=b&client_id=samspill-dev',
    });
    await expectOAuthError(repeated, 400, 'invalid_request');
  });

  it('failed client authentication is 401 invalid_client with a WWW-Authenticate challenge', async () => {
    const basic = await postForm(
      tokenUrl(),
      { grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT_URI },
      { Authorization: `Basic ${Buffer.from('symmetric-app:feil').toString('base64')}` },
    );
    await expectOAuthError(basic, 401, 'invalid_client');
    expect(basic.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+"$/);
    const unknown = await postForm(tokenUrl('oracle-health'), {
      grant_type: 'authorization_code',
      code: 'x',
      client_id: 'nobody',
    });
    await expectOAuthError(unknown, 401, 'invalid_client');
    expect(unknown.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  it('a bad code is invalid_grant, a widened refresh is invalid_scope, both 400 without a challenge', async () => {
    const code = await exchangeCode(sandbox, 'smart-v2', 'not-a-code');
    await expectOAuthError(code, 400, 'invalid_grant');
    expect(code.headers.get('www-authenticate')).toBeNull();
    const { refresh_token } = await launchToken(sandbox, 'launch patient/Patient.rs offline_access', {
      personality: 'smart-v2',
    });
    const widened = await postForm(tokenUrl(), {
      grant_type: 'refresh_token',
      refresh_token: String(refresh_token),
      scope: 'patient/Patient.rs patient/Observation.rs',
    });
    await expectOAuthError(widened, 400, 'invalid_scope');
  });
});

describe('refresh (RFC 6749 §6)', () => {
  it('a public client refreshes by its refresh token alone; a client_id, when sent, must match', async () => {
    for (const personality of PERSONALITY_NAMES) {
      const scope =
        personality === 'oracle-health' ? 'launch patient/Patient.read offline_access' : 'launch offline_access';
      const { refresh_token } = await launchToken(sandbox, scope, { personality });
      const wrong = await postForm(tokenUrl(personality), {
        grant_type: 'refresh_token',
        refresh_token: String(refresh_token),
        client_id: 'other-public-app',
      });
      await expectOAuthError(wrong, 400, 'invalid_grant');
      const alone = await postForm(tokenUrl(personality), {
        grant_type: 'refresh_token',
        refresh_token: String(refresh_token),
      });
      expect(alone.status, personality).toBe(200);
      expect(((await alone.json()) as TokenBody).token_type).toBe('Bearer');
    }
    const unknown = await postForm(tokenUrl(), { grant_type: 'refresh_token', refresh_token: 'ukjent' });
    await expectOAuthError(unknown, 400, 'invalid_grant');
  });

  it('a confidential client must still authenticate to refresh', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
    const redirect = await authorizeRedirect(sandbox, {
      personality: 'smart-v2',
      scope: 'launch offline_access',
      launch,
      clientId: 'symmetric-app',
    });
    const basic = { Authorization: `Basic ${Buffer.from('symmetric-app:hemmelig').toString('base64')}` };
    const tokens = (await (
      await exchangeCode(sandbox, 'smart-v2', redirect.searchParams.get('code') ?? '', {}, basic)
    ).json()) as TokenBody;
    const bare = await postForm(tokenUrl(), {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.refresh_token),
    });
    await expectOAuthError(bare, 401, 'invalid_client');
    const authenticated = await postForm(
      tokenUrl(),
      { grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) },
      basic,
    );
    expect(authenticated.status).toBe(200);
  });

  it('narrows the new access token to the requested scopes, while the new refresh token keeps them all', async () => {
    const first = await launchToken(sandbox, 'launch patient/Patient.rs patient/Observation.rs offline_access', {
      personality: 'smart-v2',
    });
    const narrowed = (await (
      await postForm(tokenUrl(), {
        grant_type: 'refresh_token',
        refresh_token: String(first.refresh_token),
        scope: 'patient/Patient.rs',
      })
    ).json()) as TokenBody;
    expect(narrowed.scope).toBe('patient/Patient.rs');
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', narrowed.access_token)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/lab-hb', narrowed.access_token)).status).toBe(403);
    const again = (await (
      await postForm(tokenUrl(), { grant_type: 'refresh_token', refresh_token: String(narrowed.refresh_token) })
    ).json()) as TokenBody;
    expect(again.scope).toBe('launch patient/Patient.rs patient/Observation.rs offline_access');
  });
});

describe('granular scopes (SMART v2)', () => {
  const token = async (scope: string) =>
    (await launchToken(sandbox, `launch ${scope}`, { personality: 'smart-v2' })).access_token;

  it('a lab-only Observation scope finds laboratory results and never a vital sign', async () => {
    const lab = await token(LAB_SCOPE);
    const all = await fhirGet(sandbox, 'smart-v2', 'Observation', lab);
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual(['lab-crp', 'lab-hb']);
    expect(all.body.total).toBe(2);
    const vitals = await fhirGet(sandbox, 'smart-v2', `Observation?category=${CATEGORY}|vital-signs`, lab);
    expect(vitals.body.entry ?? []).toEqual([]);
    const byId = await fhirGet(sandbox, 'smart-v2', 'Observation?_id=vital-bp,lab-hb', lab);
    expect(ids(byId.body)).toEqual(['lab-hb']);
    const paged = await fhirGet(sandbox, 'smart-v2', 'Observation?_count=1', lab);
    expect(paged.body.total).toBe(2);
  });

  it('refuses to read a vital sign by id, and another patient’s lab result, under a lab-only scope', async () => {
    const lab = await token(LAB_SCOPE);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/lab-hb', lab)).status).toBe(200);
    const vital = await fhirGet(sandbox, 'smart-v2', 'Observation/vital-bp', lab);
    expect(vital.status).toBe(403);
    expect(vital.body.resourceType).toBe('OperationOutcome');
    expect(JSON.stringify(vital.body)).not.toContain('8480-6');
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/lab-ola', lab)).status).toBe(403);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/puls-2020', lab)).status).toBe(403);
  });

  it('keeps a vital sign out of a batch and out of a search by POST', async () => {
    const lab = await token(LAB_SCOPE);
    const headers = { Authorization: `Bearer ${lab}` };
    const batch = await fetch(fhirBase(sandbox, 'smart-v2'), {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { request: { method: 'GET', url: 'Observation/vital-bp' } },
          { request: { method: 'GET', url: `Observation?category=${encodeURIComponent(`${CATEGORY}|vital-signs`)}` } },
        ],
      }),
    });
    const entries = ((await batch.json()) as Bundle).entry ?? [];
    expect(entries[0]?.response?.status).toMatch(/^403/);
    expect((entries[1]?.resource as Bundle | undefined)?.entry ?? []).toEqual([]);
    const posted = await fetch(`${fhirBase(sandbox, 'smart-v2')}/Observation/_search`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `category=${encodeURIComponent(`${CATEGORY}|vital-signs`)}`,
    });
    expect(((await posted.json()) as Bundle).entry ?? []).toEqual([]);
  });

  it('takes several granular scopes for one type as their union, and a whole-type scope as everything', async () => {
    const both = await token(`${LAB_SCOPE} ${VITALS_SCOPE}`);
    expect(ids((await fhirGet(sandbox, 'smart-v2', 'Observation', both)).body)).toEqual([
      'lab-crp',
      'lab-hb',
      'vital-bp',
    ]);
    const wider = await token(`${LAB_SCOPE} patient/Observation.rs`);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation', wider)).body.total).toBe(10);
    const users = await token(`user/Observation.rs?category=${CATEGORY}|laboratory`);
    expect(ids((await fhirGet(sandbox, 'smart-v2', 'Observation', users)).body)).toEqual([
      'lab-crp',
      'lab-hb',
      'lab-ola',
    ]);
  });

  it('a read-only granular scope cannot search; a query the server cannot evaluate refuses', async () => {
    const readOnly = await token(`patient/Observation.r?category=${CATEGORY}|laboratory`);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/lab-hb', readOnly)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/vital-bp', readOnly)).status).toBe(403);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation', readOnly)).status).toBe(403);
    const unknown = await token('patient/Observation.rs?unknown-param=x');
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation', unknown)).status).toBe(403);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/lab-hb', unknown)).status).toBe(403);
  });

  it('leaves out of _include what a granular scope does not reach', async () => {
    const lab = await token(`${LAB_SCOPE} patient/Patient.rs`);
    const included = await fhirGet(sandbox, 'smart-v2', 'Patient?_id=kari&_revinclude=Observation:subject', lab);
    const revIncluded = (included.body.entry ?? []).filter((entry) => entry.search?.mode === 'include');
    expect(revIncluded.map((entry) => (entry.resource as Observation).id).sort()).toEqual(['lab-crp', 'lab-hb']);
  });
});

describe('discovery', () => {
  it('smart-configuration: JSON whatever Accept says, with the fields SMART requires', async () => {
    for (const personality of PERSONALITY_NAMES) {
      const response = await fetch(`${fhirBase(sandbox, personality)}/.well-known/smart-configuration`, {
        headers: { Accept: 'application/fhir+json' },
      });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const config = (await response.json()) as Record<string, unknown> & { capabilities: string[] };
      expect(config.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code']));
      expect(config.grant_types_supported).not.toContain('client_credentials');
      expect(config.token_endpoint).toBe(tokenUrl(personality));
      expect(config.authorization_endpoint).toBe(endpoint(sandbox, personality, 'authorize'));
      expect(config.capabilities).toEqual(expect.arrayContaining(['launch-ehr', 'launch-standalone', 'client-public']));
      if (config.capabilities.includes('sso-openid-connect')) {
        expect(typeof config.issuer).toBe('string');
        expect(typeof config.jwks_uri).toBe('string');
      }
      // Oracle Health advertises no PKCE, as Cerner's own document; the others S256 and never plain.
      if (personality !== 'oracle-health') expect(config.code_challenge_methods_supported).toEqual(['S256']);
    }
  });

  it('serves OpenID Connect discovery at each issuer, so an id_token verifies from its iss alone', async () => {
    for (const personality of PERSONALITY_NAMES) {
      const scope =
        personality === 'oracle-health' ? 'launch openid fhirUser patient/Patient.read' : 'launch openid fhirUser';
      const body = await launchToken(sandbox, scope, { personality });
      const iss = String(decodeJwt(String(body.id_token)).iss);
      const response = await fetch(`${iss.replace(/\/$/, '')}/.well-known/openid-configuration`);
      expect(response.status, personality).toBe(200);
      const config = (await response.json()) as { issuer: string; jwks_uri: string };
      expect(config.issuer).toBe(iss);
      const { payload } = await jwtVerify(String(body.id_token), createRemoteJWKSet(new URL(config.jwks_uri)), {
        issuer: iss,
        audience: 'samspill-dev',
      });
      expect(payload.sub).toBe('lege-1');
    }
  });
});

describe('authorize', () => {
  it('an empty response_type is unsupported, a missing one invalid_request, sent back with the state', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
    const redirect = await authorizeRedirect(sandbox, {
      personality: 'smart-v2',
      scope: 'launch',
      launch,
      state: 'egen-tilstand',
      extra: { response_type: '' },
    });
    expect(redirect.searchParams.get('error')).toBe('unsupported_response_type');
    const params = new URLSearchParams({
      client_id: 'samspill-dev',
      redirect_uri: REDIRECT_URI,
      scope: 'launch',
      state: 'egen-tilstand',
      aud: fhirBase(sandbox, 'smart-v2'),
      launch,
    });
    const missing = await fetch(`${endpoint(sandbox, 'smart-v2', 'authorize')}?${params.toString()}`, {
      redirect: 'manual',
    });
    const location = new URL(missing.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('egen-tilstand');
  });
});

describe('introspection (SMART)', () => {
  it("repeats the token response's scope and context, and the id_token's iss, sub, fhirUser", async () => {
    const body = await launchToken(sandbox, 'launch openid fhirUser patient/Observation.read offline_access', {
      personality: 'epic',
      intent: 'gjennomgang',
      fhirContext: ['Encounter/besok-1'],
    });
    const response = await postForm(
      endpoint(sandbox, 'epic', 'introspect'),
      { token: body.access_token },
      { Authorization: `Bearer ${body.access_token}` },
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    const active = (await response.json()) as Record<string, unknown>;
    expect(active).toMatchObject({
      active: true,
      scope: body.scope,
      client_id: 'samspill-dev',
      patient: 'kari',
      intent: 'gjennomgang',
      fhirContext: [{ reference: 'Encounter/besok-1' }],
      need_patient_banner: 'true',
      smart_style_url: body.smart_style_url,
      iss: `${sandbox.url}/epic/oauth2`,
      sub: 'lege-1',
      fhirUser: `${fhirBase(sandbox, 'epic')}/Practitioner/lege-1`,
    });
    expect(typeof active.exp).toBe('number');
  });

  it('wants the token parameter, and a form body', async () => {
    const { access_token } = await launchToken(sandbox, 'launch', { personality: 'smart-v2' });
    const url = endpoint(sandbox, 'smart-v2', 'introspect');
    const bearer = { Authorization: `Bearer ${access_token}` };
    await expectOAuthError(await postForm(url, {}, bearer), 400, 'invalid_request');
    const json = await fetch(url, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: access_token }),
    });
    await expectOAuthError(json, 400, 'invalid_request');
  });
});
