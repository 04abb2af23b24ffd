// DIPS's API gateway: every FHIR request but discovery must carry a subscription key the gateway knows
// in Ocp-Apim-Subscription-Key. Missing or wrong, the answer is 401 with an OperationOutcome that
// names the header, before the bearer token is looked at; whatever bytes the header holds, the
// sandbox answers and serves on.
import type { OperationOutcome } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION_KEY, SUBSCRIPTION_KEY_HEADER, startSandbox, type Sandbox } from '../src/index.js';
import { fhirBase, fhirGet, launchToken, REDIRECT_URI, testData } from './helpers.js';
import { rawExchange, rawRequest } from './raw-http.js';

const OWN_KEY = 'a-registered-apps-own-key';

let sandbox: Sandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    clients: [{ id: 'dips-app', redirectUris: [REDIRECT_URI], auth: { type: 'public' }, subscriptionKey: OWN_KEY }],
  });
  token = (await launchToken(sandbox, 'launch patient/*.rs', { personality: 'dips' })).access_token;
});
afterAll(() => sandbox.close());

async function read(path: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${fhirBase(sandbox, 'dips')}/${path}`, { headers });
  return { status: response.status, body: await response.json() };
}

function expectRefusal(answer: { status: number; body: unknown }, why: RegExp): void {
  expect(answer.status).toBe(401);
  const outcome = answer.body as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  const issue = outcome.issue[0];
  expect(issue?.code).toBe('security');
  expect(issue?.details?.text).toContain(SUBSCRIPTION_KEY_HEADER);
  expect(issue?.details?.text).toMatch(why);
  expect(issue?.diagnostics).toContain(SUBSCRIPTION_KEY_HEADER);
}

const bearer = () => ({ Authorization: `Bearer ${token}` });

describe('the dips gateway key', () => {
  it('a missing key is refused with 401, before the token is looked at', async () => {
    expectRefusal(await read('Patient/kari', bearer()), /no subscription key/);
    expectRefusal(await read('Patient/kari', {}), /no subscription key/);
    expectRefusal(await read('Observation?patient=kari', bearer()), /no subscription key/);
  });

  it('a wrong key is refused with 401 that names the header, and never repeats the key', async () => {
    const answer = await read('Patient/kari', { ...bearer(), [SUBSCRIPTION_KEY_HEADER]: 'hemmelig-feil' });
    expectRefusal(answer, /not valid/);
    expect(JSON.stringify(answer.body)).not.toContain('hemmelig-feil');
  });

  it('the default key and a registered client’s own key pass, then the token decides', async () => {
    expect(
      (await read('Patient/kari', { ...bearer(), [SUBSCRIPTION_KEY_HEADER]: DEFAULT_SUBSCRIPTION_KEY })).status,
    ).toBe(200);
    expect((await read('Patient/kari', { ...bearer(), [SUBSCRIPTION_KEY_HEADER]: OWN_KEY })).status).toBe(200);
    // Surrounding spaces are not part of a header value.
    expect((await read('Patient/kari', { ...bearer(), [SUBSCRIPTION_KEY_HEADER]: ` ${OWN_KEY} ` })).status).toBe(200);
    const noToken = await read('Patient/kari', { [SUBSCRIPTION_KEY_HEADER]: DEFAULT_SUBSCRIPTION_KEY });
    expect(noToken.status).toBe(401);
    expect((noToken.body as OperationOutcome).issue[0]?.code).toBe('login');
  });

  it('discovery and the CapabilityStatement need no key; a batch does', async () => {
    expect((await read('.well-known/smart-configuration', {})).status).toBe(200);
    expect((await read('.well-known/openid-configuration', {})).status).toBe(200);
    expect((await read('metadata', {})).status).toBe(200);
    const batch = await fetch(fhirBase(sandbox, 'dips'), {
      method: 'POST',
      headers: { ...bearer(), 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Bundle', type: 'batch', entry: [] }),
    });
    expectRefusal({ status: batch.status, body: await batch.json() }, /no subscription key/);
  });

  it('a browser may send the header: the preflight allows it and needs no key', async () => {
    const preflight = await fetch(`${fhirBase(sandbox, 'dips')}/Patient/kari`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization, ocp-apim-subscription-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Ocp-Apim-Subscription-Key/i);
  });

  it('other personalities have no gateway', async () => {
    const smart = (await launchToken(sandbox, 'launch patient/*.rs', { personality: 'smart-v2' })).access_token;
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', smart)).status).toBe(200);
    expect(sandbox.personalities['smart-v2'].subscriptionKeyHeader).toBeUndefined();
  });

  it('never crashes on a malformed header: empty, repeated, non-ASCII, control bytes, huge', async () => {
    const path = `${sandbox.personalities.dips.paths.fhir}/Patient/kari`;
    const values: (string | Buffer)[] = [
      '',
      '   ',
      `${DEFAULT_SUBSCRIPTION_KEY}, ${DEFAULT_SUBSCRIPTION_KEY}`,
      'nøkkel-æøå',
      Buffer.from([0xff, 0xfe, 0x80, 0x00 + 0x41]),
      '\x01\x02',
      'k'.repeat(12_000),
    ];
    for (const value of values) {
      const header = Buffer.concat([Buffer.from(`${SUBSCRIPTION_KEY_HEADER}: `), Buffer.from(value)]);
      const request = Buffer.concat([
        Buffer.from(`GET ${path} HTTP/1.1\r\nHost: sandbox.test\r\nAuthorization: Bearer ${token}\r\n`),
        header,
        Buffer.from('\r\n\r\n'),
      ]);
      const answer = await rawExchange(sandbox.url, request);
      expect(answer.status, JSON.stringify(String(value).slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    // The same header twice: two keys, not one.
    const twice = await rawExchange(
      sandbox.url,
      rawRequest(`GET ${path} HTTP/1.1`, [
        `Authorization: Bearer ${token}`,
        `${SUBSCRIPTION_KEY_HEADER}: ${DEFAULT_SUBSCRIPTION_KEY}`,
        `${SUBSCRIPTION_KEY_HEADER}: ${DEFAULT_SUBSCRIPTION_KEY}`,
      ]),
    );
    expect(twice.status).toBe(401);
    expect(twice.body).toContain(SUBSCRIPTION_KEY_HEADER);
    expect((await fhirGet(sandbox, 'dips', 'Patient/kari', token)).status).toBe(200);
  });
});
