import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, startSandbox, type Fault, type Sandbox } from '../src/index.js';
import {
  authorizeRaw,
  authorizeRedirect,
  endpoint,
  exchangeCode,
  fhirGet,
  launchToken,
  postForm,
  testData,
} from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData() });
});
afterAll(() => sandbox.close());

const scope = 'launch user/*.rs offline_access';

async function authorizeWith(fault: Fault): Promise<globalThis.Response> {
  const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari', fault });
  return authorizeRaw(sandbox, { personality: 'smart-v2', scope, launch });
}

async function tokenWith(fault: Fault): Promise<globalThis.Response> {
  const { launch } = sandbox.createLaunch({ personality: 'smart-v2', patient: 'kari', fault });
  const redirect = await authorizeRedirect(sandbox, { personality: 'smart-v2', scope, launch });
  return exchangeCode(sandbox, 'smart-v2', redirect.searchParams.get('code') ?? '');
}

async function tokenFor(fault: Fault): Promise<string> {
  return (await launchToken(sandbox, scope, { personality: 'smart-v2', fault })).access_token;
}

describe('faults', () => {
  it('lists every fault with a description in nb and en', () => {
    expect(Object.keys(FAULTS)).toHaveLength(17);
    for (const description of Object.values(FAULTS)) {
      expect(description.nb.length).toBeGreaterThan(10);
      expect(description.en.length).toBeGreaterThan(10);
    }
  });

  it('auth_invalid_client_id and auth_invalid_redirect_uri: an error page, never a redirect', async () => {
    for (const fault of ['auth_invalid_client_id', 'auth_invalid_redirect_uri'] as const) {
      const response = await authorizeWith(fault);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('auth_invalid_scope: invalid_scope on the redirect', async () => {
    const response = await authorizeWith('auth_invalid_scope');
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_scope');
  });

  it('auth_invalid_client_secret, token_invalid_token, token_invalid_scope: refused at the token endpoint', async () => {
    const secret = await tokenWith('auth_invalid_client_secret');
    expect(secret.status).toBe(401);
    expect(await secret.json()).toMatchObject({ error: 'invalid_client' });
    expect(await (await tokenWith('token_invalid_token')).json()).toMatchObject({ error: 'invalid_grant' });
    expect(await (await tokenWith('token_invalid_scope')).json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('token_expired_refresh_token: the code works, the refresh does not', async () => {
    const body = await launchToken(sandbox, scope, { personality: 'smart-v2', fault: 'token_expired_refresh_token' });
    const refreshed = await postForm(endpoint(sandbox, 'smart-v2', 'token'), {
      grant_type: 'refresh_token',
      refresh_token: String(body.refresh_token),
      client_id: 'samspill-dev',
    });
    expect(refreshed.status).toBe(400);
    expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('request_invalid_token and request_expired_token: FHIR requests fail with 401', async () => {
    for (const fault of ['request_invalid_token', 'request_expired_token'] as const) {
      const { status, response } = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', await tokenFor(fault));
      expect(status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/);
    }
  });

  it('latency: the FHIR response is held back', async () => {
    const { status } = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', await tokenFor('latency'));
    expect(status).toBe(200);
    const entry = sandbox.log.filter((logged) => logged.path === '/smart-v2/fhir/Patient/kari').at(-1);
    expect(entry?.duration).toBeGreaterThanOrEqual(1400);
  });

  it('rate_limit: 429 with Retry-After: 2 on the first FHIR request, then normal', async () => {
    const token = await tokenFor('rate_limit');
    const first = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token);
    expect(first.status).toBe(429);
    expect(first.response.headers.get('retry-after')).toBe('2');
    expect(first.body.resourceType).toBe('OperationOutcome');
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token)).status).toBe(200);
  });

  it('server_error and unavailable: 500 and 503 with an OperationOutcome', async () => {
    const failed = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', await tokenFor('server_error'));
    expect([failed.status, failed.body.resourceType]).toEqual([500, 'OperationOutcome']);
    const down = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', await tokenFor('unavailable'));
    expect([down.status, down.body.resourceType]).toEqual([503, 'OperationOutcome']);
  });

  it('malformed_json: 200 with a body that does not parse', async () => {
    const token = await tokenFor('malformed_json');
    const response = await fetch(`${sandbox.url}/smart-v2/fhir/Observation`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('dropped_connection: the response never completes', async () => {
    const token = await tokenFor('dropped_connection');
    const read = fetch(`${sandbox.url}/smart-v2/fhir/Observation`, {
      headers: { Authorization: `Bearer ${token}` },
    }).then((response) => response.text());
    await expect(read).rejects.toThrow();
  });

  it('forbidden_type: 403 for the chosen type only', async () => {
    const token = await tokenFor('forbidden_type:Observation');
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation?patient=kari', token)).status).toBe(403);
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token)).status).toBe(200);
  });

  it('refuses an unknown fault when a launch is created over HTTP', async () => {
    const response = await fetch(`${sandbox.url}/launch`, {
      method: 'POST',
      body: JSON.stringify({ personality: 'smart-v2', patient: 'kari', fault: 'forbidden_type:<ResourceType>' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('the request log', () => {
  it('keeps method, path, status and personality, and no codes, states or tokens', async () => {
    const body = await launchToken(sandbox, scope, { personality: 'epic' });
    await fetch(`${sandbox.url}/epic/api/FHIR/R4/Patient/kari?access_token=${body.access_token}`);
    const logged = JSON.stringify(sandbox.log);
    expect(logged).not.toContain(body.access_token);
    expect(logged).not.toMatch(/[?&](code|state|access_token|launch)=/);
    expect(sandbox.log).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/epic/oauth2/token', status: 200, personality: 'epic' }),
    );
    expect(sandbox.log.find((entry) => entry.path.startsWith('/epic/oauth2/authorize'))?.path).toMatch(
      /client_id=samspill-dev/,
    );
  });
});
