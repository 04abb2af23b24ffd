import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { fhirBase, testData } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData() });
});
afterAll(() => sandbox.close());

async function smartConfiguration(personality: Parameters<typeof fhirBase>[1]): Promise<Record<string, unknown>> {
  const response = await fetch(`${fhirBase(sandbox, personality)}/.well-known/smart-configuration`, {
    headers: { Origin: 'https://elsewhere.example' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return (await response.json()) as Record<string, unknown>;
}

describe('discovery', () => {
  it('smart-v2 advertises the full specification', async () => {
    const config = await smartConfiguration('smart-v2');
    expect(config.issuer).toBe(fhirBase(sandbox, 'smart-v2'));
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
    expect(config.introspection_endpoint).toBe(`${sandbox.url}/smart-v2/auth/introspect`);
    expect(config.jwks_uri).toBe(`${sandbox.url}/smart-v2/auth/jwks`);
    expect(config.capabilities).toEqual(
      expect.arrayContaining(['permission-v2', 'permission-v1', 'sso-openid-connect']),
    );
  });

  it('epic lists only its four scopes and both permission versions', async () => {
    const config = await smartConfiguration('epic');
    expect(config.scopes_supported).toEqual(['fhirUser', 'launch', 'openid', 'profile']);
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
    expect(config.capabilities).toEqual(expect.arrayContaining(['permission-v1', 'permission-v2']));
    expect(config.token_endpoint).toBe(`${sandbox.url}/epic/oauth2/token`);
  });

  it('oracle-health has the tenant in its URLs, v1 only and no PKCE methods', async () => {
    const config = await smartConfiguration('oracle-health');
    expect(config).not.toHaveProperty('code_challenge_methods_supported');
    expect(config.capabilities).toContain('permission-v1');
    expect(config.capabilities).not.toContain('permission-v2');
    expect(String(config.authorization_endpoint)).toMatch(
      /\/oracle-health\/tenants\/[0-9a-f-]{36}\/protocols\/oauth2\/profiles\/smart-v1\/personas\/provider\/authorize$/,
    );
    expect(fhirBase(sandbox, 'oracle-health')).toMatch(/\/oracle-health\/r4\/[0-9a-f-]{36}$/);
  });

  it('serves a JWKS with one RS256 signing key', async () => {
    const config = await smartConfiguration('smart-v2');
    const jwks = (await (await fetch(String(config.jwks_uri))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('serves each personality its own style document', async () => {
    for (const personality of ['smart-v2', 'epic', 'oracle-health'] as const) {
      const response = await fetch(sandbox.url + sandbox.personalities[personality].paths.style);
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty('color_background');
    }
  });

  it('answers an unknown path with 404', async () => {
    expect((await fetch(`${sandbox.url}/nowhere`)).status).toBe(404);
  });
});
