// Whatever arrives in a DPoP or Authorization header, or in a $getMedication body, the national
// services answer it with a refusal and serve on: no exception escapes, no 500, and a good request
// right after is answered as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { launchToken, testData } from './helpers.js';
import {
  exchange,
  exchangeForm,
  makeProof,
  nationalBase,
  nationalRequest,
  postExchange,
  type NationalSession,
} from './national-helpers.js';
import { rawExchange } from './raw-http.js';

const NOW = Date.parse('2025-11-25T10:00:00Z');
const seconds = Math.floor(NOW / 1000);
let sandbox: Sandbox;
let national: NationalSession;
beforeAll(async () => {
  sandbox = await startSandbox({ data: testData(), now: () => NOW });
  const ehr = await launchToken(sandbox, 'launch openid fhirUser patient/Patient.read', { personality: 'epic' });
  national = await exchange(sandbox, ehr.access_token, seconds);
});
afterAll(() => sandbox.close());

const part = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const MALFORMED_PROOFS = [
  '',
  'not-a-jwt',
  'a.b.c',
  '...',
  'ä.ö.å',
  'x'.repeat(10_000),
  `${part('{"alg":')}.${part({})}.AAAA`,
  `${part({ alg: 'none', typ: 'dpop+jwt' })}.${part({ htm: 'GET' })}.`,
  `${part({ alg: 'HS256', typ: 'dpop+jwt', jwk: { kty: 'oct', k: 'AAAA' } })}.${part({})}.AAAA`,
  `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: 'ikke json' })}.${part({})}.AAAA`,
  `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC', crv: 'P-256', x: 1, y: null } })}.${part({})}.AAAA`,
  `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC', crv: 'P-256', d: 'AAAA' } })}.${part({})}.AAAA`,
  `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: {}, crit: ['b64'], b64: false })}.${part({})}.AAAA`,
  `${part([])}.${part([])}.${part([])}`,
];

function alive(): Promise<globalThis.Response> {
  return nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds });
}

describe('malformed DPoP proofs', () => {
  it.each(MALFORMED_PROOFS.map((proof, index) => [index, proof] as const))(
    'proof #%i is refused at the national endpoint with invalid_dpop_proof',
    async (_, proof) => {
      const response = await nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds, dpop: proof });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_dpop_proof"/);
    },
  );

  it.each(MALFORMED_PROOFS.map((proof, index) => [index, proof] as const))(
    'proof #%i is refused at the token endpoint with an OAuth error',
    async (_, proof) => {
      const form = exchangeForm(sandbox, 'uansett');
      const response = await postExchange(sandbox, form, proof);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_dpop_proof' });
    },
  );

  it('a proof with the wrong algorithm but valid otherwise is refused', async () => {
    const proof = await makeProof(national.key, {
      method: 'GET',
      url: `${nationalBase(sandbox)}/Flag`,
      iat: seconds,
      nonce: national.nonce,
      accessToken: national.accessToken,
      header: { alg: 'ES384' },
    }).catch(() => 'refused-by-jose-before-sending');
    const response = await nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds, dpop: proof });
    expect(response.status).toBe(401);
  });

  it('two DPoP headers are refused', async () => {
    const path = '/nasjonal/fhir/Flag';
    const proof = await makeProof(national.key, {
      method: 'GET',
      url: sandbox.url + path,
      iat: seconds,
      nonce: national.nonce,
      accessToken: national.accessToken,
    });
    const host = new URL(sandbox.url).host;
    const answer = await rawExchange(
      sandbox.url,
      `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: DPoP ${national.accessToken}\r\nDPoP: ${proof}\r\nDPoP: ${proof}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toContain('invalid_dpop_proof');
  });

  it('a header larger than Node takes is answered 431 and the sandbox serves on', async () => {
    const host = new URL(sandbox.url).host;
    const answer = await rawExchange(
      sandbox.url,
      `GET /nasjonal/fhir/Flag HTTP/1.1\r\nHost: ${host}\r\nDPoP: ${'x'.repeat(40_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect((await alive()).status).toBe(200);
  });
});

describe('malformed Authorization headers', () => {
  const AUTHORIZATIONS = [
    'DPoP',
    'DPoP ',
    'DPoP a b',
    'Basic Zm9vOmJhcg==',
    'DPoP ' + 'a'.repeat(9000),
    'DPoP "quoted"',
    ', DPoP x',
  ];
  it.each(AUTHORIZATIONS.map((value) => [value.slice(0, 20), value] as const))(
    '%s gets 401 invalid_token',
    async (_, authorization) => {
      const response = await nationalRequest(sandbox, national, { path: 'Flag', nowSeconds: seconds, authorization });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);
    },
  );

  it('takes the scheme in any case', async () => {
    const response = await nationalRequest(sandbox, national, {
      path: 'Flag',
      nowSeconds: seconds,
      authorization: `dpop ${national.accessToken}`,
    });
    expect(response.status).toBe(200);
  });
});

describe('malformed $getMedication bodies', () => {
  const BODIES = [
    '{',
    'null',
    '[]',
    '"Parameters"',
    JSON.stringify({ resourceType: 'Parameters' }),
    JSON.stringify({ resourceType: 'Parameters', parameter: [null] }),
    JSON.stringify({
      resourceType: 'Parameters',
      parameter: [{ name: 'patient', resource: { resourceType: 'Patient', identifier: [null, 7] } }],
    }),
    JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'patient', valueReference: { reference: 42 } }] }),
  ];
  it.each(BODIES.map((body) => [body.slice(0, 40), body] as const))(
    '%s gets a 4xx OperationOutcome',
    async (_, body) => {
      const response = await nationalRequest(sandbox, national, {
        path: 'Patient/$getMedication',
        method: 'POST',
        nowSeconds: seconds,
        body,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(((await response.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
    },
  );

  it('the sandbox still serves a good request after all of it', async () => {
    expect((await alive()).status).toBe(200);
  });
});
