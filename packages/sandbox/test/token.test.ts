import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_LIFETIME_MS, startSandbox, type Sandbox } from '../src/index.js';
import {
  authorizeRedirect,
  endpoint,
  exchangeCode,
  launchToken,
  pkce,
  postForm,
  REDIRECT_URI,
  testData,
  type TokenBody,
} from './helpers.js';

let sandbox: Sandbox;
let clock = Date.parse('2026-11-23T08:00:00Z');
let clientKey: CryptoKey;
let clientJwks: JSONWebKeySet;

beforeAll(async () => {
  const pair = await generateKeyPair('RS384');
  clientKey = pair.privateKey;
  clientJwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'app-key', alg: 'RS384' }] };
  sandbox = await startSandbox({
    data: testData(),
    now: () => clock,
    clients: [
      { id: 'symmetric-app', redirectUris: [REDIRECT_URI], auth: { type: 'client_secret_basic', secret: 'hemmelig' } },
      { id: 'asymmetric-app', redirectUris: [REDIRECT_URI], auth: { type: 'private_key_jwt', jwks: clientJwks } },
      { id: 'no-persistent', redirectUris: [REDIRECT_URI], auth: { type: 'public' }, persistentAccess: false },
    ],
  });
});
afterAll(() => sandbox.close());

async function codeFor(
  personality: 'smart-v2' | 'epic' | 'oracle-health',
  scope: string,
  clientId = 'samspill-dev',
): Promise<string> {
  const { launch } = sandbox.createLaunch({
    personality,
    patient: 'kari',
    practitioner: 'lege-1',
    encounter: 'besok-1',
  });
  const redirect = await authorizeRedirect(sandbox, { personality, scope, launch, clientId });
  return redirect.searchParams.get('code') ?? '';
}

async function refresh(
  personality: 'smart-v2' | 'epic' | 'oracle-health',
  token: string,
): Promise<globalThis.Response> {
  return postForm(endpoint(sandbox, personality, 'token'), {
    grant_type: 'refresh_token',
    refresh_token: token,
    client_id: 'samspill-dev',
  });
}

async function assertion(audience: string, options: { jti?: string; lifetime?: number } = {}): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS384', kid: 'app-key' })
    .setIssuer('asymmetric-app')
    .setSubject('asymmetric-app')
    .setAudience(audience)
    .setJti(options.jti ?? crypto.randomUUID())
    .setExpirationTime(Math.floor(clock / 1000) + (options.lifetime ?? 120))
    .sign(clientKey);
}

describe('token: authorization_code', () => {
  it('answers with an opaque bearer token, the launch context and no-store', async () => {
    const response = await exchangeCode(sandbox, 'smart-v2', await codeFor('smart-v2', 'launch patient/*.rs'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as TokenBody;
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      patient: 'kari',
      encounter: 'besok-1',
      need_patient_banner: true,
    });
    expect(body.smart_style_url).toBe(`${sandbox.url}/smart-v2/auth/smart-style.json`);
    expect(body).not.toHaveProperty('refresh_token');
    expect(body).not.toHaveProperty('id_token');
  });

  it('echoes v1 and v2 scopes as they were requested', async () => {
    const v2 = await launchToken(sandbox, 'launch patient/Observation.rs patient/Patient.r', {
      personality: 'smart-v2',
    });
    expect(v2.scope).toBe('launch patient/Observation.rs patient/Patient.r');
    const v1 = await launchToken(sandbox, 'launch user/Observation.read', { personality: 'smart-v2' });
    expect(v1.scope).toBe('launch user/Observation.read');
  });

  it('carries intent and fhirContext from the launch', async () => {
    const body = await launchToken(sandbox, 'launch patient/*.rs', {
      personality: 'smart-v2',
      intent: 'reconcile-medications',
      fhirContext: ['MedicationRequest/resept-1'],
    });
    expect(body.intent).toBe('reconcile-medications');
    expect(body.fhirContext).toEqual([{ reference: 'MedicationRequest/resept-1' }]);
  });

  it('rejects a PKCE verifier that does not match', async () => {
    const response = await exchangeCode(sandbox, 'smart-v2', await codeFor('smart-v2', 'launch'), {
      code_verifier: pkce().verifier,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('uses a code once', async () => {
    const code = await codeFor('epic', 'launch');
    expect((await exchangeCode(sandbox, 'epic', code)).status).toBe(200);
    const again = await exchangeCode(sandbox, 'epic', code);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('binds the code to its redirect URI and client, and lets it live 60 seconds', async () => {
    const wrongRedirect = await exchangeCode(sandbox, 'smart-v2', await codeFor('smart-v2', 'launch'), {
      redirect_uri: 'http://localhost:5173/other',
    });
    expect(await wrongRedirect.json()).toMatchObject({ error: 'invalid_grant' });
    const code = await codeFor('smart-v2', 'launch');
    clock += CODE_LIFETIME_MS + 1;
    const late = await exchangeCode(sandbox, 'smart-v2', code);
    expect(await late.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses an unknown client and an unsupported grant type', async () => {
    const unknown = await exchangeCode(sandbox, 'smart-v2', 'x', { client_id: 'nobody' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client' });
    const password = await postForm(endpoint(sandbox, 'smart-v2', 'token'), {
      grant_type: 'password',
      client_id: 'samspill-dev',
    });
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('signs an id_token that verifies against the JWKS and carries fhirUser', async () => {
    const jwks = createLocalJWKSet(
      (await (await fetch(endpoint(sandbox, 'smart-v2', 'jwks'))).json()) as JSONWebKeySet,
    );
    const smart = await launchToken(sandbox, 'launch openid fhirUser', { personality: 'smart-v2' });
    const { payload, protectedHeader } = await jwtVerify(String(smart.id_token), jwks, {
      issuer: `${sandbox.url}/smart-v2/fhir`,
      audience: 'samspill-dev',
      currentDate: new Date(clock),
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.fhirUser).toBe('Practitioner/lege-1');
    expect(payload.sub).toBe('lege-1');

    const epic = await launchToken(sandbox, 'launch openid fhirUser', { personality: 'epic' });
    const epicToken = await jwtVerify(String(epic.id_token), jwks, {
      issuer: `${sandbox.url}/epic/oauth2`,
      currentDate: new Date(clock),
    });
    expect(epicToken.payload.fhirUser).toBe(`${sandbox.url}/epic/api/FHIR/R4/Practitioner/lege-1`);
  });
});

describe('token: personalities', () => {
  it('epic: need_patient_banner as a string, registration scopes with mixed-case duplicates, Epic extras', async () => {
    const body = await launchToken(sandbox, 'launch patient/Observation.rs openid fhirUser', { personality: 'epic' });
    expect(body.need_patient_banner).toBe('true');
    const hidden = await launchToken(sandbox, 'launch', { personality: 'epic', needPatientBanner: false });
    expect(hidden.need_patient_banner).toBe('false');
    const scopes = String(body.scope).split(' ');
    expect(scopes).toEqual(
      expect.arrayContaining([
        'launch',
        'openid',
        'fhirUser',
        'user/Patient.read',
        'user/Patient.Read',
        'user/MedicationRequest.read',
      ]),
    );
    expect(scopes).not.toContain('patient/Observation.rs');
    expect(body['__epic.dstu2.patient']).toMatch(/^T[0-9A-F]+$/);
    expect(body.deptID).toBe('100016');
    expect(body.state).toBe('tilstand-123');
    expect(String(body.smart_style_url)).toMatch(/\/epic\/api\/epic\/2016\/EDI\/HTTP\/style\/100016\/.+\.json$/);
  });

  it('epic: a refresh token only with offline_access and a persistent-access registration', async () => {
    expect(await launchToken(sandbox, 'launch online_access', { personality: 'epic' })).not.toHaveProperty(
      'refresh_token',
    );
    const offline = await launchToken(sandbox, 'launch offline_access', { personality: 'epic' });
    expect(typeof offline.refresh_token).toBe('string');
    // Granted, but not named in the scope string (client-js #138).
    expect(String(offline.scope).split(' ')).not.toContain('offline_access');
    const smartV2 = await launchToken(sandbox, 'launch offline_access', { personality: 'smart-v2' });
    expect(String(smartV2.scope).split(' ')).toContain('offline_access');
    const refreshed = (await (await refresh('epic', String(offline.refresh_token))).json()) as TokenBody;
    expect(refreshed.access_token).not.toBe(offline.access_token);
    expect(typeof refreshed.refresh_token).toBe('string');
    const replayed = await refresh('epic', String(offline.refresh_token));
    expect(await replayed.json()).toMatchObject({ error: 'invalid_grant' });

    const code = await codeFor('epic', 'launch offline_access', 'no-persistent');
    const body = (await (
      await exchangeCode(sandbox, 'epic', code, { client_id: 'no-persistent' })
    ).json()) as TokenBody;
    expect(body).not.toHaveProperty('refresh_token');
  });

  it('smart-v2: refresh with offline_access or online_access, bound to the client', async () => {
    const online = await launchToken(sandbox, 'launch online_access', { personality: 'smart-v2' });
    const response = await refresh('smart-v2', String(online.refresh_token));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenBody;
    expect(body.scope).toBe('launch online_access');
    expect(typeof body.refresh_token).toBe('string');
    const stolen = await postForm(endpoint(sandbox, 'smart-v2', 'token'), {
      grant_type: 'refresh_token',
      refresh_token: String(online.refresh_token),
      client_id: 'no-persistent',
    });
    expect(await stolen.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('oracle-health: 570-second tokens, the tenant, and a refresh without a new refresh token', async () => {
    const body = await launchToken(sandbox, 'launch user/Patient.read patient/*.read offline_access', {
      personality: 'oracle-health',
    });
    expect(body.expires_in).toBe(570);
    expect(body.tenant).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.need_patient_banner).toBe(true);
    expect(String(body.scope).split(' ')).not.toContain('patient/*.read');
    const refreshed = await refresh('oracle-health', String(body.refresh_token));
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).not.toHaveProperty('refresh_token');
    expect((await refresh('oracle-health', String(body.refresh_token))).status).toBe(200);
  });

  it('honours a configured access-token lifetime', async () => {
    const short = await startSandbox({ data: testData(), accessTokenLifetime: 300 });
    try {
      expect((await launchToken(short, 'launch', { personality: 'smart-v2' })).expires_in).toBe(300);
    } finally {
      await short.close();
    }
  });
});

describe('token: confidential clients', () => {
  it('symmetric: HTTP Basic with the right secret only', async () => {
    const basic = (secret: string) => ({
      Authorization: `Basic ${Buffer.from(`symmetric-app:${secret}`).toString('base64')}`,
    });
    const wrong = await exchangeCode(
      sandbox,
      'smart-v2',
      await codeFor('smart-v2', 'launch', 'symmetric-app'),
      {},
      basic('feil'),
    );
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    const right = await exchangeCode(
      sandbox,
      'smart-v2',
      await codeFor('smart-v2', 'launch', 'symmetric-app'),
      {},
      basic('hemmelig'),
    );
    expect(right.status).toBe(200);
  });

  it('asymmetric: a private_key_jwt assertion for the token URL, each jti once', async () => {
    const tokenUrl = endpoint(sandbox, 'smart-v2', 'token');
    const exchange = async (clientAssertion: string) =>
      exchangeCode(sandbox, 'smart-v2', await codeFor('smart-v2', 'launch', 'asymmetric-app'), {
        client_id: 'asymmetric-app',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: clientAssertion,
      });
    const good = await assertion(tokenUrl, { jti: 'engang' });
    expect((await exchange(good)).status).toBe(200);
    expect(await (await exchange(await assertion(tokenUrl, { jti: 'engang' }))).json()).toMatchObject({
      error: 'invalid_client',
    });
    expect((await exchange(await assertion(`${sandbox.url}/elsewhere`))).status).toBe(401);
    expect((await exchange(await assertion(tokenUrl, { lifetime: 3600 }))).status).toBe(401);
    const missing = await exchangeCode(sandbox, 'smart-v2', await codeFor('smart-v2', 'launch', 'asymmetric-app'), {
      client_id: 'asymmetric-app',
    });
    expect(missing.status).toBe(401);
  });
});

describe('introspection and CORS', () => {
  it('describes an active token to an authorized caller, and an unknown or expired one as inactive', async () => {
    const body = await launchToken(sandbox, 'launch openid fhirUser patient/*.rs', { personality: 'smart-v2' });
    const url = endpoint(sandbox, 'smart-v2', 'introspect');
    const asClient = { Authorization: `Basic ${Buffer.from('symmetric-app:hemmelig').toString('base64')}` };
    const asHolder = { Authorization: `Bearer ${body.access_token}` };
    const active = (await (await postForm(url, { token: body.access_token }, asClient)).json()) as Record<
      string,
      unknown
    >;
    expect(active).toMatchObject({
      active: true,
      scope: 'launch openid fhirUser patient/*.rs',
      client_id: 'samspill-dev',
      patient: 'kari',
      fhirUser: 'Practitioner/lege-1',
      iss: `${sandbox.url}/smart-v2/fhir`,
      sub: 'lege-1',
    });
    expect(active.exp).toBe(Math.floor(clock / 1000) + 3600);
    expect(await (await postForm(url, { token: body.access_token }, asHolder)).json()).toMatchObject({ active: true });
    expect(await (await postForm(url, { token: 'nope' }, asClient)).json()).toEqual({ active: false });
    clock += 3600_000;
    expect(await (await postForm(url, { token: body.access_token }, asClient)).json()).toEqual({ active: false });
  });

  it('refuses introspection to a caller without credentials or a valid bearer token', async () => {
    const url = endpoint(sandbox, 'smart-v2', 'introspect');
    const anonymous = await postForm(url, { token: 'x', client_id: 'samspill-dev' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrongSecret = { Authorization: `Basic ${Buffer.from('symmetric-app:feil').toString('base64')}` };
    expect((await postForm(url, { token: 'x' }, wrongSecret)).status).toBe(401);
    expect((await postForm(url, { token: 'x' }, { Authorization: 'Bearer ukjent' })).status).toBe(401);
  });

  it('answers preflights for the token endpoint from localhost only, allowing Authorization', async () => {
    const preflight = (origin: string) =>
      fetch(endpoint(sandbox, 'epic', 'token'), {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const local = await preflight('http://localhost:5173');
    expect(local.status).toBe(204);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
