// Tokens that are used twice. A second exchange of an authorization code means the code leaked, so
// every token issued from it is revoked (RFC 6749 §4.1.2). A rotated refresh token that comes back
// means one copy was stolen, so the whole family of the grant is revoked, refresh and access tokens
// alike (OAuth 2.0 Security BCP, RFC 9700 §4.14.2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type PersonalityName, type Sandbox } from '../src/index.js';
import {
  authorizeRedirect,
  endpoint,
  exchangeCode,
  fhirGet,
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

// Whole types by name, since Oracle Health grants no wildcard scopes.
const SCOPE = 'launch patient/Patient.read offline_access';

async function codeFor(personality: PersonalityName): Promise<string> {
  const { launch } = sandbox.createLaunch({ personality, patient: 'kari', practitioner: 'lege-1' });
  const redirect = await authorizeRedirect(sandbox, { personality, scope: SCOPE, launch });
  return redirect.searchParams.get('code') ?? '';
}

function refresh(personality: PersonalityName, refreshToken: string): Promise<globalThis.Response> {
  return postForm(endpoint(sandbox, personality, 'token'), {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: 'samspill-dev',
  });
}

async function refreshed(personality: PersonalityName, refreshToken: string): Promise<TokenBody> {
  const response = await refresh(personality, refreshToken);
  expect(response.status).toBe(200);
  return (await response.json()) as TokenBody;
}

async function readStatus(personality: PersonalityName, accessToken: string): Promise<number> {
  return (await fhirGet(sandbox, personality, 'Patient/kari', accessToken)).status;
}

async function introspection(personality: PersonalityName, accessToken: string): Promise<Record<string, unknown>> {
  // Asked by a bystander holding a token of its own, since the one in question may be revoked.
  const { access_token: caller } = await launchToken(sandbox, SCOPE, { personality });
  const response = await postForm(
    endpoint(sandbox, personality, 'introspect'),
    { token: accessToken },
    { Authorization: `Bearer ${caller}` },
  );
  return (await response.json()) as Record<string, unknown>;
}

describe.each(PERSONALITY_NAMES)('authorization code replay on %s', (personality) => {
  it('refuses the second exchange and revokes the access and refresh tokens of the first', async () => {
    const code = await codeFor(personality);
    const first = (await (await exchangeCode(sandbox, personality, code)).json()) as TokenBody;
    expect(await readStatus(personality, first.access_token)).toBe(200);
    expect(typeof first.refresh_token).toBe('string');

    const replay = await exchangeCode(sandbox, personality, code);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });

    const read = await fhirGet(sandbox, personality, 'Patient/kari', first.access_token);
    expect(read.status).toBe(401);
    expect(read.body.resourceType).toBe('OperationOutcome');
    const refused = await refresh(personality, String(first.refresh_token));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await introspection(personality, first.access_token)).toEqual({ active: false });
  });

  it('revokes what a refresh issued from that code as well', async () => {
    const code = await codeFor(personality);
    const first = (await (await exchangeCode(sandbox, personality, code)).json()) as TokenBody;
    const later = await refreshed(personality, String(first.refresh_token));
    await exchangeCode(sandbox, personality, code);
    expect(await readStatus(personality, later.access_token)).toBe(401);
    expect((await refresh(personality, String(later.refresh_token ?? first.refresh_token))).status).toBe(400);
  });

  it('leaves the tokens of other codes alone', async () => {
    const other = (await (await exchangeCode(sandbox, personality, await codeFor(personality))).json()) as TokenBody;
    const code = await codeFor(personality);
    await exchangeCode(sandbox, personality, code);
    await exchangeCode(sandbox, personality, code);
    expect(await readStatus(personality, other.access_token)).toBe(200);
    expect((await refresh(personality, String(other.refresh_token))).status).toBe(200);
  });
});

describe.each(['smart-v2', 'epic'] as const)('refresh token rotation replay on %s', (personality) => {
  it('a rotated refresh token used again revokes every refresh and access token of the grant', async () => {
    const first = await launchToken(sandbox, SCOPE, { personality });
    const second = await refreshed(personality, String(first.refresh_token));
    const third = await refreshed(personality, String(second.refresh_token));
    expect(await readStatus(personality, third.access_token)).toBe(200);

    // The first refresh token was spent by the first refresh: it comes back from someone who kept a copy.
    const replay = await refresh(personality, String(first.refresh_token));
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });

    for (const access of [first, second, third]) expect(await readStatus(personality, access.access_token)).toBe(401);
    const newest = await refresh(personality, String(third.refresh_token));
    expect(newest.status).toBe(400);
    expect(await newest.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await introspection(personality, third.access_token)).toEqual({ active: false });
  });

  it('leaves other grants of the same client and patient alone', async () => {
    const bystander = await launchToken(sandbox, SCOPE, { personality });
    const victim = await launchToken(sandbox, SCOPE, { personality });
    await refreshed(personality, String(victim.refresh_token));
    await refresh(personality, String(victim.refresh_token));
    expect(await readStatus(personality, bystander.access_token)).toBe(200);
    expect((await refresh(personality, String(bystander.refresh_token))).status).toBe(200);
  });
});

describe('oracle-health keeps its refresh token', () => {
  it('so using it again is no replay', async () => {
    const first = await launchToken(sandbox, SCOPE, { personality: 'oracle-health' });
    const again = await refreshed('oracle-health', String(first.refresh_token));
    await refreshed('oracle-health', String(first.refresh_token));
    expect(await readStatus('oracle-health', again.access_token)).toBe(200);
  });
});
