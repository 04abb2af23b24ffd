// A client is granted what it asked for and was registered for, nothing more: the intersection of the
// requested scopes and the registration (`allowedScopes`, or the default read-only set for clients
// registered without one, samspill-dev among them), reported as such in the token response and by
// introspection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type PersonalityName, type Sandbox } from '../src/index.js';
import {
  authorizeRedirect,
  endpoint,
  exchangeCode,
  fhirGet,
  launchToken,
  postForm,
  REDIRECT_URI,
  testData,
  type TokenBody,
} from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    clients: [
      { id: 'plain-app', redirectUris: [REDIRECT_URI], auth: { type: 'public' } },
      {
        id: 'observations-app',
        redirectUris: [REDIRECT_URI],
        auth: { type: 'public' },
        allowedScopes: ['launch', 'openid', 'fhirUser', 'patient/Observation.rs', 'patient/Patient.rs'],
      },
    ],
  });
});
afterAll(() => sandbox.close());

async function tokenFor(personality: PersonalityName, scope: string, clientId: string): Promise<TokenBody> {
  const { launch } = sandbox.createLaunch({ personality, patient: 'kari', practitioner: 'lege-1' });
  const redirect = await authorizeRedirect(sandbox, { personality, scope, launch, clientId });
  const response = await exchangeCode(sandbox, personality, redirect.searchParams.get('code') ?? '', {
    client_id: clientId,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as TokenBody;
}

async function introspectedScope(personality: PersonalityName, accessToken: string): Promise<unknown> {
  const response = await postForm(
    endpoint(sandbox, personality, 'introspect'),
    { token: accessToken },
    { Authorization: `Bearer ${accessToken}` },
  );
  return ((await response.json()) as { scope?: unknown }).scope;
}

describe('the built-in samspill-dev client', () => {
  it('is granted the requested scopes its registration covers; write and system scopes are left out', async () => {
    const body = await launchToken(
      sandbox,
      'launch openid fhirUser patient/*.rs user/*.write system/*.* patient/Observation.cruds',
      { personality: 'smart-v2' },
    );
    expect(body.scope).toBe('launch openid fhirUser patient/*.rs patient/Observation.rs');
    expect(await introspectedScope('smart-v2', body.access_token)).toBe(body.scope);
  });

  it('is granted nothing for a request that asks for writing only, and so reads nothing', async () => {
    const body = await launchToken(sandbox, 'launch user/*.write user/Patient.cud', { personality: 'smart-v2' });
    expect(body.scope).toBe('launch');
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', body.access_token)).status).toBe(403);
  });

  it('keeps a v1 request in v1 on oracle-health, narrowed to reading', async () => {
    const body = await launchToken(
      sandbox,
      'launch patient/Observation.read patient/Observation.write user/Patient.*',
      {
        personality: 'oracle-health',
      },
    );
    expect(body.scope).toBe('launch patient/Observation.read user/Patient.read');
  });

  it('on epic, where the registration decides the resource scopes, is granted no system scope either', async () => {
    const body = await launchToken(sandbox, 'launch openid fhirUser system/*.*', { personality: 'epic' });
    expect(String(body.scope).split(' ')).not.toContain('system/*.*');
  });
});

describe('a client registered without allowedScopes', () => {
  it('gets the default read-only set: a system scope is not granted', async () => {
    const body = await tokenFor('smart-v2', 'launch system/*.read patient/Patient.rs', 'plain-app');
    expect(body.scope).toBe('launch patient/Patient.rs');
  });
});

describe('a client registered with allowedScopes', () => {
  it('gets the registered types out of a wildcard request, and no refresh it was not registered for', async () => {
    const body = await tokenFor(
      'smart-v2',
      'launch openid fhirUser patient/*.rs user/*.rs offline_access',
      'observations-app',
    );
    expect(body.scope).toBe('launch openid fhirUser patient/Observation.rs patient/Patient.rs');
    expect(body).not.toHaveProperty('refresh_token');
    expect(await introspectedScope('smart-v2', body.access_token)).toBe(body.scope);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation?patient=kari', body.access_token)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Condition?patient=kari', body.access_token)).status).toBe(403);
  });

  it('keeps a granular request inside a registered type', async () => {
    const lab = 'patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory';
    const body = await tokenFor('smart-v2', `launch ${lab} patient/Condition.rs`, 'observations-app');
    expect(body.scope).toBe(`launch ${lab}`);
  });
});
