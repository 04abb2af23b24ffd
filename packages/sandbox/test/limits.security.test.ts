// What one request may ask of the sandbox: a body over its endpoint's limit is refused with 413 as
// soon as the limit is known to be passed (from Content-Length, before any of the body is read, or
// while a chunked body streams in), and a batch over its entry or result budget with a 4xx, both in
// the endpoint's own error format.
import type { Bundle, OperationOutcome } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_BATCH_ENTRIES,
  MAX_BATCH_SEARCH_RESULTS,
  MAX_BODY_BYTES,
  MAX_FHIR_BODY_BYTES,
  startSandbox,
  type Sandbox,
} from '../src/index.js';
import { fhirBase, fhirGet, launchToken, testData } from './helpers.js';
import { rawExchange, rawRequest, type RawResponse } from './raw-http.js';

const FHIR = '/smart-v2/fhir';
const TOKEN = '/smart-v2/auth/token';
const CHUNK = 64 * 1024;

let sandbox: Sandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData() });
  token = (await launchToken(sandbox, 'launch user/*.rs', { personality: 'smart-v2' })).access_token;
});
afterAll(() => sandbox.close());

/** `size` bytes of body as chunks of Transfer-Encoding: chunked, without the closing chunk. */
function chunks(size: number): Buffer[] {
  return Array.from({ length: Math.ceil(size / CHUNK) }, () =>
    Buffer.from(`${CHUNK.toString(16)}\r\n${'a'.repeat(CHUNK)}\r\n`),
  );
}

function outcomeOf(response: RawResponse): OperationOutcome {
  expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const body = JSON.parse(response.body) as OperationOutcome;
  expect(body.resourceType).toBe('OperationOutcome');
  return body;
}

function expectOAuthError(response: RawResponse): void {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(JSON.parse(response.body)).toMatchObject({ error: 'invalid_request' });
}

async function expectServing(): Promise<void> {
  expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token)).status).toBe(200);
}

describe('request bodies', () => {
  it('refuses a token request whose Content-Length is over MAX_BODY_BYTES with 413, before the body is sent', async () => {
    const response = await rawExchange(
      sandbox.url,
      rawRequest(
        `POST ${TOKEN} HTTP/1.1`,
        ['Content-Type: application/x-www-form-urlencoded', `Content-Length: ${MAX_BODY_BYTES + 1}`],
        'grant_type=',
      ),
    );
    expect(response.status).toBe(413);
    expectOAuthError(response);
    await expectServing();
  });

  it('refuses a FHIR body whose Content-Length is over MAX_FHIR_BODY_BYTES with 413 and an OperationOutcome', async () => {
    const response = await rawExchange(
      sandbox.url,
      rawRequest(
        `POST ${FHIR} HTTP/1.1`,
        [`Authorization: Bearer ${token}`, 'Content-Type: application/fhir+json', 'Content-Length: 10000000000'],
        '{"resourceType":"Bundle"',
      ),
    );
    expect(response.status).toBe(413);
    expect(outcomeOf(response).issue[0]?.code).toBe('too-long');
    await expectServing();
  });

  it('refuses a chunked body as soon as it passes the limit, without waiting for its end', async () => {
    const form = await rawExchange(
      sandbox.url,
      rawRequest(`POST ${TOKEN} HTTP/1.1`, [
        'Content-Type: application/x-www-form-urlencoded',
        'Transfer-Encoding: chunked',
      ]),
      { more: chunks(MAX_BODY_BYTES + CHUNK), timeoutMs: 5000 },
    );
    expect(form.status).toBe(413);
    expectOAuthError(form);
    const search = await rawExchange(
      sandbox.url,
      rawRequest(`POST ${FHIR}/Observation/_search HTTP/1.1`, [
        `Authorization: Bearer ${token}`,
        'Content-Type: application/x-www-form-urlencoded',
        'Transfer-Encoding: chunked',
      ]),
      { more: chunks(MAX_FHIR_BODY_BYTES + CHUNK), timeoutMs: 5000 },
    );
    expect(search.status).toBe(413);
    outcomeOf(search);
    await expectServing();
  }, 15_000);

  it('answers Expect: 100-continue over the limit with 413, not with 100 Continue', async () => {
    const response = await rawExchange(
      sandbox.url,
      rawRequest(`POST ${FHIR} HTTP/1.1`, [
        `Authorization: Bearer ${token}`,
        'Content-Type: application/fhir+json',
        `Content-Length: ${MAX_FHIR_BODY_BYTES + 1}`,
        'Expect: 100-continue',
      ]),
    );
    expect(response.status).toBe(413);
    outcomeOf(response);
  });

  it('reads a body just under the limit as usual', async () => {
    const form = `grant_type=refresh_token&refresh_token=${'a'.repeat(MAX_BODY_BYTES - 100)}`;
    const response = await fetch(sandbox.url + TOKEN, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

async function postBatch(
  entries: readonly string[],
  type = 'batch',
): Promise<{ status: number; body: Bundle | OperationOutcome }> {
  const response = await fetch(fhirBase(sandbox, 'smart-v2'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify({
      resourceType: 'Bundle',
      type,
      entry: entries.map((url) => ({ request: { method: 'GET', url } })),
    }),
  });
  return { status: response.status, body: (await response.json()) as Bundle | OperationOutcome };
}

function expectRefusedBatch(result: { status: number; body: Bundle | OperationOutcome }, limit: number): void {
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  const outcome = result.body as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]?.code).toBe('too-costly');
  expect(outcome.issue[0]?.diagnostics).toContain(limit.toLocaleString('en'));
}

describe('batch Bundles', () => {
  it(`refuses a batch of more than MAX_BATCH_ENTRIES entries, reads included, with an OperationOutcome`, async () => {
    expectRefusedBatch(await postBatch(Array<string>(MAX_BATCH_ENTRIES + 1).fill('Patient/kari')), MAX_BATCH_ENTRIES);
    await expectServing();
  });

  it('refuses a batch whose searches ask for more than MAX_BATCH_SEARCH_RESULTS results together', async () => {
    // A hundred searches at the default page size of 50 are 5,000 results; at _count=1000, 100,000.
    const searches = Array<string>(MAX_BATCH_ENTRIES).fill('Observation?_count=1000');
    expectRefusedBatch(await postBatch(searches), MAX_BATCH_SEARCH_RESULTS);
    const justOver = Array<string>(MAX_BATCH_SEARCH_RESULTS / 1000 + 1).fill('Observation?_count=1000');
    expectRefusedBatch(await postBatch(justOver), MAX_BATCH_SEARCH_RESULTS);
    await expectServing();
  });

  it('answers a batch at both limits in full', async () => {
    const searches = Array<string>(MAX_BATCH_SEARCH_RESULTS / 1000).fill('Observation?_count=1000');
    const reads = Array<string>(MAX_BATCH_ENTRIES - searches.length).fill('Patient/kari');
    const { status, body } = await postBatch([...searches, ...reads]);
    expect(status).toBe(200);
    expect((body as Bundle).entry).toHaveLength(MAX_BATCH_ENTRIES);
  });

  it('refuses a transaction of any size with an OperationOutcome: the sandbox only reads', async () => {
    const { status, body } = await postBatch(Array<string>(MAX_BATCH_ENTRIES + 1).fill('Patient/kari'), 'transaction');
    expect(status).toBe(400);
    expect(body.resourceType).toBe('OperationOutcome');
  });
});
