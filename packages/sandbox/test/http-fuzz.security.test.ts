// The HTTP layer against requests no browser sends: malformed request lines, odd and oversized headers,
// bodies of the wrong shape or encoding, Content-Length that lies. Each must be answered with a 4xx
// (an OperationOutcome where the target is a FHIR endpoint), never a 5xx and never silence, and the
// sandbox must serve a normal read afterwards. Raw sockets, since fetch refuses to send most of these;
// the generated cases come from a fixed seed, so a failure repeats.
import { Rng } from '@samspill/fixtures/generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { fhirGet, launchToken, REDIRECT_URI, testData } from './helpers.js';
import { rawExchange, rawRequest, type RawResponse } from './raw-http.js';

const FHIR = '/smart-v2/fhir';
const TOKEN = '/smart-v2/auth/token';
const AUTHORIZE = '/smart-v2/auth/authorize';
const FORM = 'Content-Type: application/x-www-form-urlencoded';
const FHIR_JSON = 'Content-Type: application/fhir+json';

let sandbox: Sandbox;
let bearer: string;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    clients: [
      { id: 'symmetric-app', redirectUris: [REDIRECT_URI], auth: { type: 'client_secret_basic', secret: 'hemmelig' } },
    ],
  });
  bearer = `Authorization: Bearer ${(await launchToken(sandbox, 'launch user/*.rs', { personality: 'smart-v2' })).access_token}`;
});
afterAll(() => sandbox.close());

const basic = (credentials: string): string => `Authorization: Basic ${Buffer.from(credentials).toString('base64')}`;

function withLength(line: string, headers: readonly string[], body: string): Buffer {
  return rawRequest(line, [...headers, `Content-Length: ${Buffer.byteLength(body)}`], body);
}

function batch(entry: unknown): string {
  return JSON.stringify({ resourceType: 'Bundle', type: 'batch', entry });
}

async function expectServing(): Promise<void> {
  const token = bearer.slice('Authorization: Bearer '.length);
  expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token)).status).toBe(200);
}

function expectOperationOutcome(response: RawResponse): void {
  expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
  expect((JSON.parse(response.body) as { resourceType?: string }).resourceType).toBe('OperationOutcome');
}

interface Case {
  /** Built when the test runs, once the bearer token is known. */
  readonly request: () => Buffer;
  /** The target is a FHIR endpoint the sandbox can tell, so the refusal is an OperationOutcome. */
  readonly outcome?: boolean;
  /** The refusal is the token endpoint's: RFC 6749 error JSON. */
  readonly oauth?: boolean;
  readonly halfClose?: boolean;
}

const REQUEST_LINES: Readonly<Record<string, Case>> = {
  'absolute-form with an unparseable host (http://[)': { request: () => rawRequest('GET http://[ HTTP/1.1') },
  'absolute-form with a bad port': { request: () => rawRequest('GET http://sandbox.test:port/ HTTP/1.1') },
  'absolute-form without a host': { request: () => rawRequest('GET https:// HTTP/1.1') },
  'absolute-form with an unclosed IPv6 host': { request: () => rawRequest(`GET http://[::1${FHIR}/metadata HTTP/1.1`) },
  'asterisk-form on GET': { request: () => rawRequest('GET * HTTP/1.1') },
  'asterisk-form on OPTIONS': { request: () => rawRequest('OPTIONS * HTTP/1.1') },
  'authority-form (CONNECT)': { request: () => rawRequest('CONNECT sandbox.test:443 HTTP/1.1') },
  'a path longer than the header limit': {
    request: () => rawRequest(`GET ${FHIR}/Patient/${'a'.repeat(20_000)} HTTP/1.1`),
  },
  'a long path of many segments': {
    request: () => rawRequest(`GET ${FHIR}/${'Patient/'.repeat(1000)}kari HTTP/1.1`, [bearer]),
    outcome: true,
  },
  'a NUL byte in the path': { request: () => rawRequest(`GET ${FHIR}/Patient/ka\0ri HTTP/1.1`) },
  'a raw non-ASCII path': { request: () => rawRequest(`GET ${FHIR}/Patient/kåri HTTP/1.1`) },
  'a raw non-ASCII query': { request: () => rawRequest(`GET ${FHIR}/Patient?name=Åse HTTP/1.1`, [bearer]) },
  'a DEL in the path': { request: () => rawRequest(`GET /launch\x7f HTTP/1.1`) },
  'bad percent-encoding at the root (/%zz)': { request: () => rawRequest('GET /%zz HTTP/1.1') },
  'bad percent-encoding in a FHIR id': {
    request: () => rawRequest(`GET ${FHIR}/Patient/%zz HTTP/1.1`, [bearer]),
    outcome: true,
  },
  'bad percent-encoding in a FHIR search': {
    request: () => rawRequest(`GET ${FHIR}/Observation?code=%zz HTTP/1.1`, [bearer]),
    outcome: true,
  },
  'percent-encoding that is not UTF-8 in a FHIR search': {
    request: () => rawRequest(`GET ${FHIR}/Observation?code=%FF%FE HTTP/1.1`, [bearer]),
    outcome: true,
  },
  'a truncated percent-escape in a FHIR path': {
    request: () => rawRequest(`GET ${FHIR}/Observation/%E0%A4%A HTTP/1.1`, [bearer]),
    outcome: true,
  },
  'bad percent-encoding in the authorize query': {
    request: () => rawRequest(`GET ${AUTHORIZE}?client_id=samspill-dev&redirect_uri=%zz HTTP/1.1`),
  },
  'an unknown HTTP version': { request: () => rawRequest(`GET ${FHIR}/metadata HTTP/9.9`) },
  'an unknown method': { request: () => rawRequest(`BREW ${FHIR}/metadata HTTP/1.1`) },
  'a method the FHIR server does not take': {
    request: () => rawRequest(`PATCH ${FHIR}/Patient/kari HTTP/1.1`, [bearer, 'Content-Length: 0']),
    outcome: true,
  },
  'no Host header': { request: () => rawRequest(`GET ${FHIR}/metadata HTTP/1.1`, [], '', null) },
};

const HEADERS: Readonly<Record<string, Case>> = {
  'an empty bearer token': {
    request: () => rawRequest(`GET ${FHIR}/Patient/kari HTTP/1.1`, ['Authorization: Bearer']),
  },
  'a bearer token with a space in it': {
    request: () => rawRequest(`GET ${FHIR}/Patient/kari HTTP/1.1`, ['Authorization: Bearer a b']),
    outcome: true,
  },
  'two Authorization headers, the first one junk': {
    request: () => rawRequest(`GET ${FHIR}/Patient/kari HTTP/1.1`, ['Authorization: Bearer junk', bearer]),
    outcome: true,
  },
  'Basic credentials that are not base64': {
    request: () =>
      withLength(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Authorization: Basic !!!'], 'grant_type=authorization_code'),
    oauth: true,
  },
  'Basic credentials with bad percent-encoding in the client id': {
    request: () =>
      withLength(`POST ${TOKEN} HTTP/1.1`, [FORM, basic('%zz:hemmelig')], 'grant_type=authorization_code&code=x'),
    oauth: true,
  },
  'Basic credentials with bad percent-encoding in the secret': {
    request: () =>
      withLength(
        `POST ${TOKEN} HTTP/1.1`,
        [FORM, basic('symmetric-app:%E0%A4%A')],
        'grant_type=authorization_code&code=x',
      ),
    oauth: true,
  },
  'a header larger than the limit': {
    request: () => rawRequest(`GET ${FHIR}/metadata HTTP/1.1`, [`X-Padding: ${'x'.repeat(20_000)}`]),
  },
  'a thousand small headers over the limit': {
    request: () =>
      rawRequest(
        `GET ${FHIR}/metadata HTTP/1.1`,
        Array.from({ length: 1000 }, (_, index) => `X-Header-${index}: ${'v'.repeat(20)}`),
      ),
  },
  'a header name with a space': { request: () => rawRequest(`GET ${FHIR}/metadata HTTP/1.1`, ['Bad Header: x']) },
  'a NUL in a header value': { request: () => rawRequest(`GET ${FHIR}/metadata HTTP/1.1`, ['X-Value: a\0b']) },
  'a folded header line': { request: () => rawRequest(`GET ${FHIR}/metadata HTTP/1.1`, ['X-Folded: a', ' b']) },
  'a negative Content-Length': { request: () => rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Content-Length: -1']) },
  'a Content-Length that is not a number': {
    request: () => rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Content-Length: ten']),
  },
  'two different Content-Lengths': {
    request: () => rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Content-Length: 3', 'Content-Length: 4'], 'abcd'),
  },
  'Content-Length beside chunked Transfer-Encoding': {
    request: () =>
      rawRequest(
        `POST ${TOKEN} HTTP/1.1`,
        [FORM, 'Content-Length: 3', 'Transfer-Encoding: chunked'],
        '3\r\nabc\r\n0\r\n\r\n',
      ),
  },
  'a Transfer-Encoding other than chunked': {
    request: () => rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Transfer-Encoding: gzip'], 'abc'),
  },
  'a JSON Content-Type at the token endpoint': {
    request: () => withLength(`POST ${TOKEN} HTTP/1.1`, ['Content-Type: application/json'], '{"grant_type":"x"}'),
    oauth: true,
  },
  'a Content-Type that is only punctuation': {
    request: () => withLength(`POST ${TOKEN} HTTP/1.1`, ['Content-Type: ;;;'], 'grant_type=x'),
    oauth: true,
  },
  'two Content-Types, the first one wrong': {
    request: () =>
      withLength(
        `POST ${TOKEN} HTTP/1.1`,
        ['Content-Type: text/plain', FORM],
        'grant_type=authorization_code&code=x&client_id=samspill-dev',
      ),
    oauth: true,
  },
};

const BODIES: Readonly<Record<string, Case>> = {
  'a batch that is not JSON': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], '{"resourceType":'),
    outcome: true,
  },
  'a batch that is a JSON array': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], '[]'),
    outcome: true,
  },
  'a batch whose entry is null': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], batch([null])),
    outcome: true,
  },
  'a batch whose entry is a number': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], batch([7])),
    outcome: true,
  },
  'a batch entry without a url': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], batch([{ request: { method: 'GET' } }])),
    outcome: true,
  },
  'a batch entry whose url is a number': {
    request: () =>
      withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], batch([{ request: { method: 'GET', url: 5 } }])),
    outcome: true,
  },
  'a batch entry whose request is a string': {
    request: () => withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], batch([{ request: 'GET Patient/kari' }])),
    outcome: true,
  },
  'a batch nested ten thousand arrays deep': {
    request: () =>
      withLength(`POST ${FHIR} HTTP/1.1`, [bearer, FHIR_JSON], `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    outcome: true,
  },
  'a transaction': {
    request: () =>
      withLength(
        `POST ${FHIR} HTTP/1.1`,
        [bearer, FHIR_JSON],
        JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [] }),
      ),
    outcome: true,
  },
  'a search form with bad percent-encoding': {
    request: () => withLength(`POST ${FHIR}/Observation/_search HTTP/1.1`, [bearer, FORM], 'code=%zz'),
    outcome: true,
  },
  'a token form with bad percent-encoding': {
    request: () =>
      withLength(
        `POST ${TOKEN} HTTP/1.1`,
        [FORM],
        'grant_type=authorization_code&code=%zz&redirect_uri=%E0%A4%A&client_id=samspill-dev',
      ),
    oauth: true,
  },
  'a token form of NUL bytes': { request: () => withLength(`POST ${TOKEN} HTTP/1.1`, [FORM], '\0\0\0'), oauth: true },
  'a token form of ten thousand parameters': {
    request: () =>
      withLength(
        `POST ${TOKEN} HTTP/1.1`,
        [FORM],
        Array.from({ length: 10_000 }, (_, index) => `p${index}=v`).join('&'),
      ),
    oauth: true,
  },
  'a refresh with a refresh token in brackets': {
    request: () => withLength(`POST ${TOKEN} HTTP/1.1`, [FORM], 'grant_type=refresh_token&refresh_token[]=x'),
    oauth: true,
  },
  'a client assertion that is not a JWT': {
    request: () =>
      withLength(
        `POST ${TOKEN} HTTP/1.1`,
        [FORM],
        'grant_type=authorization_code&code=x&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=a.b.c',
      ),
    oauth: true,
  },
  'a launch that is not JSON': {
    request: () => withLength('POST /launch HTTP/1.1', ['Content-Type: application/json'], '{'),
  },
  'a launch with a number for a patient': {
    request: () => withLength('POST /launch HTTP/1.1', ['Content-Type: application/json'], '{"patient":5}'),
  },
  'a launch for a patient with a path in the id': {
    request: () => withLength('POST /launch HTTP/1.1', ['Content-Type: application/json'], '{"patient":"../../kari"}'),
  },
  'a body shorter than its Content-Length, then the end': {
    request: () => rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Content-Length: 50'], 'grant_type=refresh'),
    halfClose: true,
  },
  'a body longer than its Content-Length': {
    request: () =>
      rawRequest(`POST ${TOKEN} HTTP/1.1`, [FORM, 'Content-Length: 5'], 'grant_type=refresh_token&refresh_token=x'),
  },
  // Asked to confirm first, the sandbox writes 100 Continue; the stray byte after the body is a
  // request that does not parse, and is still answered rather than the connection cut.
  'a body one byte longer than its Content-Length, after Expect: 100-continue': {
    request: () => rawRequest('POST /launch HTTP/1.1', ['Expect: 100-continue', 'Content-Length: 3'], 'null'),
    halfClose: true,
  },
};

describe.each([
  ['malformed request lines', REQUEST_LINES],
  ['odd, duplicate and oversized headers', HEADERS],
  ['bodies of the wrong shape, encoding or length', BODIES],
])('%s', (_, cases) => {
  it.each(Object.entries(cases))('%s: a 4xx, and the sandbox serves on', async (_name, test) => {
    const response = await rawExchange(sandbox.url, test.request(), { halfClose: test.halfClose ?? false });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (test.outcome === true) expectOperationOutcome(response);
    if (test.oauth === true) {
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(typeof (JSON.parse(response.body) as { error?: unknown }).error).toBe('string');
    }
    await expectServing();
  });
});

// Pieces the generator puts together; each generated request has at least one thing wrong with it.
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'get', 'BREW', 'G\0T', ''];
const PATHS = [
  FHIR,
  `${FHIR}/`,
  `${FHIR}/metadata`,
  `${FHIR}/Patient/kari`,
  `${FHIR}/Observation`,
  `${FHIR}/Observation/_search`,
  `${FHIR}/.well-known/smart-configuration`,
  '/epic/api/FHIR/R4/Patient',
  '/dips/fhir/Patient/kari',
  '/dips/fhir/.well-known/smart-configuration',
  '/dips/dips.oauth/connect/token',
  TOKEN,
  AUTHORIZE,
  '/smart-v2/auth/introspect',
  '/launch',
  '/launcher',
  '/launcher/log',
  '/',
  '/nowhere',
];
const PATH_DAMAGE = [
  '%zz',
  '%',
  '%F',
  '%FF',
  '%C3%28',
  '%00',
  '\0',
  'ø',
  '..',
  '/../..',
  '//',
  '#fragment',
  ' ',
  '\t',
  '\x7f',
  'a'.repeat(4000),
  '?_count=-1',
  '?_count=99999999999999999999',
  '?_offset=1e9',
  '?_include=*:*:*',
  '?_revinclude=%zz',
  '?date=ge',
  '?date=2024-13-45',
  '?patient=Patient/',
  '?code=a|b|c',
  '?subject:Patient.name=x',
  '?a=1&a=2&a=3',
  '?=',
  '?&&&',
  '?x=%E0%A4%A',
];
const TARGET_FORMS = [
  (path: string) => path,
  (path: string) => `http://sandbox.test${path}`,
  (path: string) => `http://[${path}`,
  (path: string) => `https://${path}`,
  () => '*',
  () => 'sandbox.test:443',
  (path: string) => path.slice(1),
];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 extra', 'HTTP/1.', ''];
const ODD_HEADERS = [
  'Authorization: Bearer',
  'Authorization: Bearer junk junk',
  'Authorization: Basic %%%',
  `Authorization: Basic ${Buffer.from('%zz:%zz').toString('base64')}`,
  'Authorization: Negotiate abc',
  'Content-Type: application/json',
  'Content-Type: application/x-www-form-urlencoded; charset=utf-16',
  'Content-Type: ;;;',
  'Content-Type: multipart/form-data; boundary=',
  'Accept: */*;q=foo',
  'Origin: null',
  'Origin: http://localhost:5173',
  'Expect: 100-continue',
  'Expect: teapot',
  'Connection: Upgrade',
  'Upgrade: websocket',
  'Transfer-Encoding: chunked',
  'Content-Length: 3',
  'Content-Length: 999',
  'X-Forwarded-Host: evil.example',
  `X-Padding: ${'x'.repeat(9000)}`,
  'Cookie: a=%zz',
  'Ocp-Apim-Subscription-Key:',
  'Ocp-Apim-Subscription-Key: samspill-dips-subscription-key',
  'Ocp-Apim-Subscription-Key: nøkkel\x01',
  `Ocp-Apim-Subscription-Key: ${'k'.repeat(9000)}`,
];
const BODY_PIECES = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  batch([null]),
  batch('entries'),
  batch([{ request: { method: 'GET', url: 5 } }]),
  batch([{ request: { method: 'GET', url: 'Patient/kari?%zz' } }]),
  'grant_type=refresh_token&refresh_token=%zz',
  'grant_type=authorization_code&code=&code=',
  'token=%FF',
  'a=%FF',
  '\0\u0001\u0002',
  '0\r\n\r\n',
  'ZZ\r\nnot a chunk\r\n',
  '{"personality":"epic","fault":"meteor"}',
];

interface Generated {
  readonly label: string;
  readonly request: Buffer;
}

/** One request with one to three things wrong with it, drawn from `rng`. */
function generated(rng: Rng): Generated {
  const damaged = rng.pick(PATHS) + (rng.chance(0.8) ? rng.pick(PATH_DAMAGE) : '');
  const target = rng.pick(TARGET_FORMS)(damaged);
  const line = `${rng.pick(METHODS)} ${target} ${rng.pick(VERSIONS)}`;
  const headers = Array.from({ length: rng.int(0, 3) }, () => rng.pick(ODD_HEADERS));
  if (rng.chance(0.5)) headers.push(bearer);
  const body = rng.pick(BODY_PIECES);
  const declared = headers.some((header) => /^(content-length|transfer-encoding):/i.test(header));
  if (!declared && body !== '') headers.push(`Content-Length: ${Buffer.byteLength(body)}`);
  const label = JSON.stringify(`${line} | ${headers.join(' | ').slice(0, 160)} | ${body.slice(0, 60)}`);
  return { label, request: rawRequest(line, headers, body, rng.chance(0.9) ? 'sandbox.test' : null) };
}

describe('generated requests (seed 20261123)', () => {
  it('each one is answered, never with a 5xx, and the sandbox serves on', async () => {
    const rng = new Rng(20261123);
    const cases = Array.from({ length: 150 }, () => generated(rng));
    for (const { label, request } of cases) {
      // The client ends its side, so a request left incomplete is the server's to refuse at once.
      const response = await rawExchange(sandbox.url, request, { halfClose: true }).catch((error: unknown) => {
        throw new Error(`${label}: ${String(error)}`);
      });
      expect(response.status, label).toBeLessThan(500);
      await expectServing();
    }
  }, 60_000);
});
