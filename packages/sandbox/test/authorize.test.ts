import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { authorizeParams, authorizeRaw, authorizeRedirect, endpoint, exchangeCode, testData } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    clients: [{ id: 'registered-app', redirectUris: ['https://app.example/callback'], auth: { type: 'public' } }],
  });
});
afterAll(() => sandbox.close());

const scope = 'launch openid fhirUser patient/*.rs';

describe('authorize', () => {
  it('redirects an EHR launch back with a code and the state', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
    const redirect = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope, launch, state: 'abc' });
    expect(redirect.origin + redirect.pathname).toBe('http://localhost:5173/index.html');
    expect(redirect.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(redirect.searchParams.get('state')).toBe('abc');
  });

  it('accepts a form POST', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'epic', patient: 'kari' });
    const response = await fetch(endpoint(sandbox, 'epic', 'authorize'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: authorizeParams(sandbox, { personality: 'epic', scope, launch }).toString(),
    });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '').searchParams.has('code')).toBe(true);
  });

  it('never redirects to a redirect URI the client has not registered', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
    for (const redirectUri of ['https://evil.example/steal', 'http://localhost.evil.example/cb']) {
      const response = await authorizeRaw(sandbox, { personality: 'smart-v2', scope, launch, redirectUri });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
    }
    const registered = await authorizeRaw(sandbox, {
      personality: 'smart-v2',
      scope,
      clientId: 'registered-app',
      redirectUri: 'https://app.example/callback/other',
    });
    expect(registered.status).toBe(400);
    expect(registered.headers.get('location')).toBeNull();
  });

  it('lets a registered client use its exact redirect URI', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
    const redirect = await authorizeRedirect(sandbox, {
      personality: 'smart-v2',
      scope,
      launch,
      clientId: 'registered-app',
      redirectUri: 'https://app.example/callback',
    });
    expect(redirect.href.startsWith('https://app.example/callback?code=')).toBe(true);
  });

  it('shows a page, not a redirect, for an unknown client', async () => {
    const response = await authorizeRaw(sandbox, { personality: 'smart-v2', scope, clientId: 'nobody' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('nobody');
  });

  it('refuses a missing or wrong aud as an OAuth error on the redirect', async () => {
    for (const aud of [null, `${sandbox.url}/epic/api/FHIR/R4`]) {
      const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari' });
      const redirect = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope, launch, aud, state: 's1' });
      expect(redirect.searchParams.get('error')).toBe('invalid_request');
      expect(redirect.searchParams.get('error_description')).toMatch(/aud/);
      expect(redirect.searchParams.get('state')).toBe('s1');
      expect(redirect.searchParams.has('code')).toBe(false);
    }
  });

  it('refuses PKCE plain everywhere, and a missing challenge where S256 is advertised', async () => {
    for (const personality of ['smart-v2', 'epic', 'oracle-health'] as const) {
      const redirect = await authorizeRedirect(sandbox, { personality, scope, method: 'plain' });
      expect(redirect.searchParams.get('error')).toBe('invalid_request');
    }
    for (const personality of ['smart-v2', 'epic'] as const) {
      const redirect = await authorizeRedirect(sandbox, { personality, scope, pkce: null });
      expect(redirect.searchParams.get('error')).toBe('invalid_request');
      expect(redirect.searchParams.get('error_description')).toMatch(/PKCE/);
    }
  });

  it('lets oracle-health go without PKCE, as Cerner has none', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'oracle-health', patient: 'kari' });
    const redirect = await authorizeRedirect(sandbox, {
      personality: 'oracle-health',
      scope: 'launch user/Patient.read',
      launch,
      pkce: null,
    });
    const code = redirect.searchParams.get('code') ?? '';
    const response = await exchangeCode(sandbox, 'oracle-health', code, { code_verifier: '' });
    expect(response.status).toBe(200);
  });

  it('refuses response types other than code and a launch of another personality', async () => {
    const wrongType = await authorizeRedirect(sandbox, {
      personality: 'smart-v2',
      scope,
      extra: { response_type: 'token' },
    });
    expect(wrongType.searchParams.get('error')).toBe('unsupported_response_type');
    const { launch } = sandbox.createLaunch({ personality: 'epic', patient: 'kari' });
    const crossed = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope, launch });
    expect(crossed.searchParams.get('error')).toBe('invalid_request');
  });

  it('shows a patient picker (nb) for a standalone launch/patient, and launches the picked patient', async () => {
    const request = { personality: 'smart-v2' as const, scope: 'launch/patient patient/*.rs' };
    const page = await authorizeRaw(sandbox, request);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="nb"');
    expect(html).toContain('Velg pasient');
    expect(html).toContain('Kari Nordmann');
    expect(html).toContain('value="ola"');

    const params = authorizeParams(sandbox, request);
    params.set('samspill_patient', 'ola');
    const chosen = await fetch(endpoint(sandbox, 'smart-v2', 'authorize'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
    });
    const code = new URL(chosen.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const token = (await (await exchangeCode(sandbox, 'smart-v2', code)).json()) as Record<string, unknown>;
    expect(token.patient).toBe('ola');
  });

  it('creates launch contexts over HTTP', async () => {
    const response = await fetch(`${sandbox.url}/launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ personality: 'epic', patient: 'kari', encounter: 'besok-1' }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { iss: string; launch: string };
    expect(created.iss).toBe(`${sandbox.url}/epic/api/FHIR/R4`);
    const bad = await fetch(`${sandbox.url}/launch`, { method: 'POST', body: JSON.stringify({ patient: 'nobody' }) });
    expect(bad.status).toBe(400);
  });
});
