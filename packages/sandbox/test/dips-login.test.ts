// The dips personality's authorization server: DIPS's discovery documents, PKCE S256 required, and the
// role (organisation and department) a user logs in with, carried by the token response, the
// id_token and introspection, from an EHR launch, the launcher and the standalone login page.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIPS_ROLES, RESH_SYSTEM, startSandbox, type Sandbox } from '../src/index.js';
import {
  authorizeParams,
  authorizeRaw,
  authorizeRedirect,
  endpoint,
  exchangeCode,
  fhirBase,
  launchToken,
  postForm,
  testData,
  type TokenBody,
} from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData() });
});
afterAll(() => sandbox.close());

const SCOPE = 'launch openid fhirUser patient/*.rs offline_access';
const role = (id: string) => DIPS_ROLES.find((candidate) => candidate.id === id);

describe('dips discovery', () => {
  it('serves SMART configuration at the FHIR base, without a key, from any origin', async () => {
    const response = await fetch(`${fhirBase(sandbox, 'dips')}/.well-known/smart-configuration`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const config = (await response.json()) as Record<string, unknown>;
    expect(fhirBase(sandbox, 'dips')).toBe(`${sandbox.url}/dips/fhir`);
    expect(config).toMatchObject({
      issuer: `${sandbox.url}/dips/dips.oauth`,
      authorization_endpoint: `${sandbox.url}/dips/dips.oauth/connect/authorize`,
      token_endpoint: `${sandbox.url}/dips/dips.oauth/connect/token`,
      introspection_endpoint: `${sandbox.url}/dips/dips.oauth/connect/introspect`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(config.token_endpoint_auth_methods_supported).toContain('private_key_jwt');
    expect(config.capabilities).toEqual(expect.arrayContaining(['launch-ehr', 'sso-openid-connect']));
    expect(config.capabilities).not.toContain('context-style');
  });

  it('serves OpenID Connect discovery at its issuer, with a JWKS to verify its id_tokens', async () => {
    const response = await fetch(`${sandbox.url}/dips/dips.oauth/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const config = (await response.json()) as Record<string, unknown>;
    expect(config.issuer).toBe(`${sandbox.url}/dips/dips.oauth`);
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
    const jwks = (await (await fetch(String(config.jwks_uri))).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
  });

  it('requires PKCE with S256', async () => {
    const { launch } = sandbox.createLaunch({ personality: 'dips', patient: 'kari' });
    const none = await authorizeRedirect(sandbox, { personality: 'dips', scope: SCOPE, launch, pkce: null });
    expect(none.searchParams.get('error')).toBe('invalid_request');
    const plain = await authorizeRedirect(sandbox, { personality: 'dips', scope: SCOPE, launch, method: 'plain' });
    expect(plain.searchParams.get('error')).toBe('invalid_request');
    const code = (await authorizeRedirect(sandbox, { personality: 'dips', scope: SCOPE, launch })).searchParams.get(
      'code',
    );
    const wrongVerifier = await exchangeCode(sandbox, 'dips', code ?? '', { code_verifier: 'x'.repeat(43) });
    expect(wrongVerifier.status).toBe(400);
  });
});

describe('dips role at login', () => {
  it('an EHR launch carries its role into the token response, the id_token and introspection', async () => {
    const body = await launchToken(sandbox, SCOPE, { personality: 'dips', role: 'sunniva-hjerte' });
    const expected = {
      id: 'sunniva-hjerte',
      organization: {
        name: 'St. Sunnivas hospital HF',
        resh: '4209990',
        identifier: { system: RESH_SYSTEM, value: '4209990' },
      },
      department: {
        name: 'Hjerteavdelingen',
        resh: '4209992',
        identifier: { system: RESH_SYSTEM, value: '4209992' },
      },
    };
    expect(body.dips_role).toEqual(expected);
    expect(body.patient).toBe('kari');
    expect(typeof body.refresh_token).toBe('string');
    expect(decodeJwt(String(body.id_token)).dips_role).toEqual(expected);

    const introspected = await postForm(
      endpoint(sandbox, 'dips', 'introspect'),
      { token: body.access_token },
      { Authorization: `Bearer ${body.access_token}` },
    );
    expect(((await introspected.json()) as Record<string, unknown>).dips_role).toEqual(expected);
  });

  it('a launch that names no role works in the first, and a refresh keeps the role', async () => {
    const body = await launchToken(sandbox, SCOPE, { personality: 'dips' });
    expect((body.dips_role as { id: string }).id).toBe(DIPS_ROLES[0]?.id);
    const refreshed = await postForm(endpoint(sandbox, 'dips', 'token'), {
      grant_type: 'refresh_token',
      refresh_token: String(body.refresh_token),
    });
    expect(((await refreshed.json()) as TokenBody).dips_role).toEqual(body.dips_role);
  });

  it('refuses a role the personality does not have, in code and over HTTP', async () => {
    expect(() => sandbox.createLaunch({ personality: 'dips', role: 'nowhere' })).toThrow(/Unknown role/);
    expect(() => sandbox.createLaunch({ personality: 'epic', role: 'sunniva-hjerte' })).toThrow(/no roles/);
    const post = (body: unknown) =>
      fetch(`${sandbox.url}/launch`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.status);
    expect(await post({ personality: 'dips', patient: 'kari', role: 'nowhere' })).toBe(400);
    expect(await post({ personality: 'dips', patient: 'kari', role: 7 })).toBe(400);
    expect(await post({ personality: 'dips', patient: 'kari', role: 'nordfjell-medisin' })).toBe(201);
  });

  it('the launcher launches in the role it names; other personalities take no role from the form', async () => {
    const launcher = (personality: string) =>
      fetch(
        `${sandbox.url}/launcher?app=${encodeURIComponent('http://127.0.0.1:5173/launch.html')}` +
          `&patient=kari&personality=${personality}&role=nordfjell-medisin`,
        { redirect: 'manual' },
      );
    const launched = new URL((await launcher('dips')).headers.get('location') ?? '');
    const launch = launched.searchParams.get('launch') ?? '';
    const redirect = await authorizeRedirect(sandbox, { personality: 'dips', scope: SCOPE, launch });
    const token = (await (
      await exchangeCode(sandbox, 'dips', redirect.searchParams.get('code') ?? '')
    ).json()) as TokenBody;
    expect((token.dips_role as { id: string }).id).toBe('nordfjell-medisin');
    expect((await launcher('epic')).status).toBe(302);

    const page = await (await fetch(`${sandbox.url}/launcher`)).text();
    expect(page).toContain('St. Sunnivas hospital HF / Hjerteavdelingen');
    expect(page).toContain('value="dips"');
    expect((await fetch(`${sandbox.url}/launcher?app=http://127.0.0.1/&role=nowhere`)).status).toBe(400);
  });

  it('a standalone login asks for the role (and the patient), and the token carries the choice', async () => {
    const request = { personality: 'dips' as const, scope: 'launch/patient openid fhirUser patient/*.rs' };
    const page = await authorizeRaw(sandbox, request);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Logg inn');
    expect(html).toContain('Nordfjell sjukehus HF / Medisinsk avdeling');
    expect(html).toContain('name="samspill_role" value="sunniva-geriatri" checked');
    expect(html).toContain('value="ola"');

    const choose = (choices: Record<string, string>) => {
      const params = authorizeParams(sandbox, request);
      for (const [name, value] of Object.entries(choices)) params.set(name, value);
      return fetch(endpoint(sandbox, 'dips', 'authorize'), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: params.toString(),
      });
    };
    // A role that does not exist, or none, is asked for again; nothing is issued.
    expect((await choose({ samspill_patient: 'ola', samspill_role: 'nowhere' })).status).toBe(200);
    expect((await choose({ samspill_patient: 'ola' })).status).toBe(200);

    const chosen = await choose({ samspill_patient: 'ola', samspill_role: 'nordfjell-medisin' });
    const code = new URL(chosen.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const token = (await (await exchangeCode(sandbox, 'dips', code)).json()) as TokenBody;
    expect(token.patient).toBe('ola');
    expect(token.dips_role).toMatchObject({
      id: 'nordfjell-medisin',
      department: role('nordfjell-medisin')?.department,
    });
  });

  it('a standalone login without launch/patient asks for the role alone', async () => {
    const page = await authorizeRaw(sandbox, { personality: 'dips', scope: 'openid fhirUser user/*.rs' });
    const html = await page.text();
    expect(html).toContain('samspill_role');
    expect(html).not.toContain('samspill_patient');
  });
});
