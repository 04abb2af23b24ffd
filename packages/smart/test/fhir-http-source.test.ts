// createFhirHttpSource against the sandbox EHR over real HTTP, with a token from a real launch; a
// fetch stub only for what the sandbox cannot do (a next link elsewhere, a failure on page 2).
import { createHash, randomBytes } from 'node:crypto';
import type { Bundle, FhirResource, Observation, Patient, Resource } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_LIMIT } from '@samspill/core/data.js';
import { startSandbox, type Fault, type Sandbox } from '@samspill/sandbox';
import { createFhirHttpSource, type FhirHttpSourceOptions } from '../src/index.js';
import { backoffDelay, retryAfterDelay, retryPolicy } from '../src/retry.js';

const REDIRECT_URI = 'http://localhost:5173/index.html';
const SCOPE = 'launch user/*.rs';

function data(): FhirResource[] {
  const observation = (id: string, date: string): FhirResource => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
    subject: { reference: 'Patient/kari' },
    effectiveDateTime: date,
  });
  return [
    { resourceType: 'Patient', id: 'kari', name: [{ given: ['Kari'], family: 'Nordmann' }] },
    { resourceType: 'Practitioner', id: 'lege-1', name: [{ given: ['Lise'], family: 'Lege' }] },
    { resourceType: 'Medication', id: 'paracet', code: { text: 'Paracetamol 500 mg' } },
    {
      resourceType: 'MedicationRequest',
      id: 'resept-1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/kari' },
      medicationReference: { reference: 'Medication/paracet' },
    },
    observation('puls-2020', '2020-05-01'),
    observation('puls-2021', '2021-05-01'),
    observation('puls-2022', '2022-05-01'),
    observation('puls-2023', '2023-05-01'),
    observation('puls-2024', '2024-05-01'),
  ];
}

let sandbox: Sandbox;
let base: string;
beforeAll(async () => {
  sandbox = await startSandbox({ data: data() });
  base = sandbox.url + sandbox.personalities['smart-v2'].paths.fhir;
});
afterAll(() => sandbox.close());

/** A whole EHR launch over HTTP: launch context, authorize with PKCE, token exchange. */
async function launchToken(scope = SCOPE, fault?: Fault): Promise<string> {
  const { launch } = sandbox.createLaunch({
    personality: 'smart-v2',
    patient: 'kari',
    practitioner: 'lege-1',
    ...(fault !== undefined && { fault }),
  });
  const verifier = randomBytes(32).toString('base64url');
  const paths = sandbox.personalities['smart-v2'].paths;
  const authorize = new URLSearchParams({
    response_type: 'code',
    client_id: 'samspill-dev',
    redirect_uri: REDIRECT_URI,
    scope,
    state: 'tilstand-123',
    aud: base,
    launch,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const redirect = await fetch(`${sandbox.url}${paths.authorize}?${authorize.toString()}`, { redirect: 'manual' });
  const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code');
  if (code === null) throw new Error(`authorize answered ${redirect.status}`);
  const token = await fetch(sandbox.url + paths.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: 'samspill-dev',
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await token.json()) as { access_token?: string };
  if (body.access_token === undefined) throw new Error(`token answered ${token.status}`);
  return body.access_token;
}

interface Recorded {
  readonly url: string;
  readonly headers: Headers;
}

/** A source whose requests (over real fetch, or `answer`) and waits are recorded. */
function recordingSource(
  token: string | undefined,
  options: Partial<FhirHttpSourceOptions> & { answer?: (url: string) => Response | Promise<Response> } = {},
) {
  const requests: Recorded[] = [];
  const delays: number[] = [];
  const { answer, ...rest } = options;
  const source = createFhirHttpSource({
    baseUrl: base,
    accessToken: () => token,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      requests.push({ url, headers: new Headers(init?.headers) });
      return answer ? answer(url) : fetch(input, init);
    },
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    ...rest,
  });
  return { source, requests, delays };
}

const ids = (resources: readonly Resource[]): (string | undefined)[] => resources.map((resource) => resource.id);

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/fhir+json', ...headers },
  });
}

function observationsPage(idsOnPage: string[], next?: string): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 4,
    ...(next !== undefined && { link: [{ relation: 'next', url: next }] }),
    entry: idsOnPage.map((id) => ({
      resource: { resourceType: 'Observation', id, status: 'final', code: { text: 'Puls' } },
      search: { mode: 'match' },
    })),
  };
}

describe('createFhirHttpSource: search', () => {
  it('follows next links across every page, with the token as a Bearer header only', async () => {
    const token = await launchToken();
    const { source, requests } = recordingSource(token);
    const result = await source.search<Observation>('Observation', { patient: 'kari', _count: 2 });
    expect(result.failures).toEqual([]);
    expect(ids(result.resources).sort()).toEqual(['puls-2020', 'puls-2021', 'puls-2022', 'puls-2023', 'puls-2024']);
    expect(result.truncated).toBe(false);
    expect(result.total).toBe(5);
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.url.startsWith(`${base}/Observation?`)).toBe(true);
      expect(request.url).not.toContain(token);
      expect(request.headers.get('authorization')).toBe(`Bearer ${token}`);
      expect(request.headers.get('accept')).toBe('application/fhir+json');
    }
  });

  it('gives each page to onPage as it arrives; the result holds the same resources', async () => {
    const { source, requests } = recordingSource(await launchToken());
    const pages: { resources: Resource[]; requests: number; total: number | undefined }[] = [];
    const result = await source.search<Observation>(
      'Observation',
      { patient: 'kari', _count: 2 },
      { onPage: (page) => pages.push({ resources: page.resources, requests: requests.length, total: page.total }) },
    );
    expect(pages.map((page) => page.resources.length)).toEqual([2, 2, 1]);
    // Each page is reported before the next is asked for.
    expect(pages.map((page) => page.requests)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.total === 5)).toBe(true);
    expect(pages.flatMap((page) => page.resources)).toEqual(result.resources);
    expect(pages.flatMap((page) => page.resources)[0]).toBe(result.resources[0]);
  });

  it('a throwing onPage does not stop the search; a failed page is not reported', async () => {
    const { source } = recordingSource('token', {
      answer: (url) =>
        url.includes('page=2') ? json({}, 500) : json(observationsPage(['a', 'b'], `${base}/Observation?page=2`)),
    });
    let calls = 0;
    const result = await source.search(
      'Observation',
      {},
      {
        onPage: () => {
          calls += 1;
          throw new Error('the view broke');
        },
      },
    );
    expect(calls).toBe(1);
    expect(ids(result.resources)).toEqual(['a', 'b']);
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'unavailable', status: 500 })]);
  });

  it('stops at pageLimit and says the result is truncated', async () => {
    const { source, requests } = recordingSource(await launchToken());
    const result = await source.search('Observation', { patient: 'kari', _count: 2 }, { pageLimit: 2 });
    expect(result.resources).toHaveLength(4);
    expect(result.truncated).toBe(true);
    expect(result.failures).toEqual([]);
    expect(requests).toHaveLength(2);
  });

  it('keeps _include-d resources apart from the matches', async () => {
    const { source } = recordingSource(await launchToken());
    const result = await source.search('MedicationRequest', {
      patient: 'kari',
      _include: 'MedicationRequest:medication',
    });
    expect(result.failures).toEqual([]);
    expect(ids(result.resources)).toEqual(['resept-1']);
    expect(result.included.map((resource) => `${resource.resourceType}/${resource.id ?? ''}`)).toEqual([
      'Medication/paracet',
    ]);
  });

  it('repeats an array parameter and leaves undefined ones out', async () => {
    const { source, requests } = recordingSource(await launchToken());
    const result = await source.search('Observation', {
      patient: 'kari',
      date: ['ge2021-01-01', 'lt2023-01-01'],
      code: undefined,
    });
    expect(new URL(requests[0]?.url ?? '').searchParams.getAll('date')).toEqual(['ge2021-01-01', 'lt2023-01-01']);
    expect(requests[0]?.url).not.toContain('code=');
    expect(ids(result.resources).sort()).toEqual(['puls-2021', 'puls-2022']);
  });

  it('a search parameter the server does not support: unsupported, with its issues', async () => {
    const { source } = recordingSource(await launchToken());
    const result = await source.search('Observation', { patient: 'kari', 'ukjent-parameter': 'x' });
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'unsupported', status: 400 })]);
    expect(result.failures[0]?.issues?.[0]?.code).toBe('not-supported');
  });

  it('a pageLimit that is not a finite number falls back to the default', async () => {
    let calls = 0;
    const { source } = recordingSource('token', {
      answer: () => {
        calls++;
        return json(observationsPage([`side-${String(calls)}`], `${base}/Observation?page=${String(calls + 1)}`));
      },
    });
    const result = await source.search('Observation', {}, { pageLimit: Number.NaN });
    expect(result.resources).toHaveLength(DEFAULT_PAGE_LIMIT);
    expect(result.truncated).toBe(true);
  });

  it('401 for a bogus token: unauthorized with the status, never retried', async () => {
    const { source, requests, delays } = recordingSource('ikke-et-token');
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.resources).toEqual([]);
    expect(result.failures).toEqual([
      expect.objectContaining({ kind: 'unauthorized', status: 401, resourceType: 'Observation' }),
    ]);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('403 for a type the scopes do not cover: forbidden with the OperationOutcome issues', async () => {
    const { source, requests } = recordingSource(await launchToken('launch user/Patient.rs'));
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure).toMatchObject({ kind: 'forbidden', status: 403, resourceType: 'Observation' });
    expect(failure?.issues?.[0]?.code).toBe('forbidden');
    expect(requests).toHaveLength(1);
  });

  it('forbidden_type fault: 403 for that type only', async () => {
    const { source } = recordingSource(await launchToken(SCOPE, 'forbidden_type:Observation'));
    expect((await source.search('Observation', { patient: 'kari' })).failures[0]?.kind).toBe('forbidden');
    expect((await source.search('Patient', { _id: 'kari' })).failures).toEqual([]);
  });

  it('rate_limit: 429, then one retry after the Retry-After delay, then the data', async () => {
    const { source, requests, delays } = recordingSource(await launchToken(SCOPE, 'rate_limit'));
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.failures).toEqual([]);
    expect(result.resources).toHaveLength(5);
    expect(requests).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it('unavailable: 503 on every try, retries exhausted, an unavailable failure', async () => {
    const { source, requests, delays } = recordingSource(await launchToken(SCOPE, 'unavailable'));
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.failures).toEqual([
      expect.objectContaining({ kind: 'unavailable', status: 503, resourceType: 'Observation' }),
    ]);
    expect(result.failures[0]?.issues?.[0]?.code).toBe('transient');
    expect(requests).toHaveLength(3);
    expect(delays).toEqual([2000, 2000]);
  });

  it('malformed_json: a malformed failure, not retried', async () => {
    const { source, requests } = recordingSource(await launchToken(SCOPE, 'malformed_json'));
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'malformed', status: 200 })]);
    expect(requests).toHaveLength(1);
  });

  it('dropped_connection: a network failure after the retries', async () => {
    const { source, requests, delays } = recordingSource(await launchToken(SCOPE, 'dropped_connection'));
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'network', resourceType: 'Observation' })]);
    expect(result.failures[0]?.status).toBeUndefined();
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it('does not follow a next link to another origin, and keeps the first page', async () => {
    const { source, requests } = recordingSource('hemmelig-token', {
      answer: () => json(observationsPage(['a', 'b'], 'https://annen-server.example/fhir/Observation?page=2')),
    });
    const result = await source.search('Observation', {});
    expect(ids(result.resources)).toEqual(['a', 'b']);
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'malformed', resourceType: 'Observation' })]);
    expect(requests.map((request) => request.url)).toEqual([`${base}/Observation`]);
  });

  it('a failure on page 2 keeps page 1, with the status and issues', async () => {
    const outcome = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'exception', diagnostics: 'Databasen svarte ikke.' }],
    };
    const { source, requests } = recordingSource('token', {
      answer: (url) =>
        url.includes('page=2') ? json(outcome, 500) : json(observationsPage(['a', 'b'], `${base}/Observation?page=2`)),
    });
    const result = await source.search('Observation', {});
    expect(ids(result.resources)).toEqual(['a', 'b']);
    expect(result.total).toBe(4);
    expect(result.failures).toEqual([
      expect.objectContaining({ kind: 'unavailable', status: 500, issues: outcome.issue }),
    ]);
    // 500 is not a "come back later": one request for page 2.
    expect(requests).toHaveLength(2);
  });

  it('splits entries by search mode: no mode is a match, outcome entries become issues', async () => {
    const bundle: Bundle<FhirResource> = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: { resourceType: 'Patient', id: 'uten-modus' } },
        { resource: { resourceType: 'Patient', id: 'treff' }, search: { mode: 'match' } },
        { resource: { resourceType: 'Organization', id: 'inkludert' }, search: { mode: 'include' } },
        {
          resource: {
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'warning', code: 'incomplete', diagnostics: 'Noen journaler mangler.' }],
          },
          search: { mode: 'outcome' },
        },
      ],
    };
    const { source } = recordingSource(undefined, { answer: () => json(bundle) });
    const result = await source.search<Patient>('Patient', {});
    expect(ids(result.resources)).toEqual(['uten-modus', 'treff']);
    expect(ids(result.included)).toEqual(['inkludert']);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'incomplete' })]);
    expect(result.total).toBeUndefined();
  });

  it('a response that is not a Bundle is malformed; no token means no Authorization header', async () => {
    const { source, requests } = recordingSource(undefined, {
      answer: () => json({ resourceType: 'Patient', id: 'kari' }),
    });
    const result = await source.search('Patient', {});
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'malformed', resourceType: 'Patient' })]);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('backs off exponentially with jitter when there is no Retry-After, and caps Retry-After', async () => {
    let calls = 0;
    const { source, delays } = recordingSource('token', {
      retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
      answer: () => {
        calls++;
        if (calls === 1) return json({}, 503, { 'Retry-After': '60' });
        if (calls < 4) return json({}, 429);
        return json(observationsPage(['a']));
      },
    });
    const result = await source.search('Observation', {});
    expect(ids(result.resources)).toEqual(['a']);
    expect(delays[0]).toBe(1000);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
    expect(delays[2]).toBeGreaterThanOrEqual(200);
    expect(delays[2]).toBeLessThanOrEqual(400);
  });

  it('an aborted signal: aborted without a request, and a wait cut short', async () => {
    const { source, requests } = recordingSource('token', { answer: () => json(observationsPage(['a'])) });
    const before = new AbortController();
    before.abort();
    const result = await source.search('Observation', {}, { signal: before.signal });
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'aborted' })]);
    expect(requests).toEqual([]);

    const during = new AbortController();
    const waiting = createFhirHttpSource({
      baseUrl: base,
      fetch: () => Promise.resolve(json({}, 503)),
      // A wait that never ends on its own: only the abort can end it.
      sleep: () => {
        during.abort();
        return new Promise<void>(() => undefined);
      },
    });
    const cut = await waiting.search('Observation', {}, { signal: during.signal });
    expect(cut.failures).toEqual([expect.objectContaining({ kind: 'aborted' })]);
  });

  it('redacts secrets from failure messages', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrYXJpIn0.c2lnbmF0dXJl';
    const { source } = recordingSource('token', {
      retry: { attempts: 1 },
      answer: () => Promise.reject(new TypeError(`fetch failed: Authorization: Bearer ${jwt}`)),
    });
    const result = await source.search('Observation', {});
    expect(result.failures[0]?.kind).toBe('network');
    expect(result.failures[0]?.message).not.toContain(jwt);
  });
});

describe('createFhirHttpSource: read', () => {
  it('reads relative and absolute references under the base, and Reference objects', async () => {
    const { source, requests } = recordingSource(await launchToken());
    const relative = await source.read<Patient>('Patient/kari');
    expect(relative.resource?.name?.[0]?.family).toBe('Nordmann');
    const absolute = await source.read({ reference: `${base}/Medication/paracet` });
    expect(absolute.resource?.id).toBe('paracet');
    expect(requests.map((request) => request.url)).toEqual([`${base}/Patient/kari`, `${base}/Medication/paracet`]);
  });

  it('answers #contained and already-included references without a request', async () => {
    const { source, requests } = recordingSource('token');
    const container: Resource = {
      resourceType: 'MedicationRequest',
      id: 'med-1',
      contained: [{ resourceType: 'Medication', id: 'm1', code: { text: 'Ibux' } }],
    } as Resource;
    expect((await source.read('#m1', { container })).resource?.id).toBe('m1');
    expect((await source.read('#mangler', { container })).failure?.kind).toBe('not-found');
    const included: Resource[] = [{ resourceType: 'Practitioner', id: 'lege-1' }];
    expect((await source.read('Practitioner/lege-1', { included })).resource).toBe(included[0]);
    expect(requests).toEqual([]);
  });

  it('never sends the token to another server: not-found without a request', async () => {
    const { source, requests } = recordingSource('hemmelig-token');
    for (const reference of [
      'https://annen-server.example/fhir/Patient/kari',
      `https://annen-server.example${new URL(base).pathname}/Patient/kari`,
      `${new URL(base).origin}/annen-base/Patient/kari`,
      'urn:uuid:7d9f0c4e-2b8a-4a0e-9a53-3f1f2c0c8b11',
      { display: 'Bare en tekst' },
    ]) {
      const result = await source.read(reference);
      expect(result.failure?.kind).toBe('not-found');
    }
    expect(requests).toEqual([]);
  });

  it('404 is not-found with the status; 401 is unauthorized', async () => {
    const { source } = recordingSource(await launchToken());
    expect((await source.read('Patient/finnes-ikke')).failure).toMatchObject({
      kind: 'not-found',
      status: 404,
      resourceType: 'Patient',
    });
    const bogus = recordingSource('ikke-et-token');
    expect((await bogus.source.read('Patient/kari')).failure).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('a read that answers another type is malformed', async () => {
    const { source } = recordingSource('token', { answer: () => json({ resourceType: 'Observation', id: 'x' }) });
    expect((await source.read('Patient/x')).failure).toMatchObject({ kind: 'malformed', resourceType: 'Patient' });
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date, capped', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(retryAfterDelay('2', 4000, now)).toBe(2000);
    expect(retryAfterDelay('120', 4000, now)).toBe(4000);
    expect(retryAfterDelay('Thu, 01 Jan 2026 12:00:03 GMT', 4000, now)).toBe(3000);
    expect(retryAfterDelay('Thu, 01 Jan 2026 11:00:00 GMT', 4000, now)).toBe(0);
    expect(retryAfterDelay('snart', 4000, now)).toBeUndefined();
    expect(retryAfterDelay(null, 4000, now)).toBeUndefined();
  });

  it('doubles the backoff up to the cap, jittered within its upper half', () => {
    const policy = retryPolicy({ baseDelayMs: 250, maxDelayMs: 4000 });
    expect([1, 2, 3, 6].map((retry) => backoffDelay(policy, retry, () => 1))).toEqual([250, 500, 1000, 4000]);
    expect([1, 2, 3, 6].map((retry) => backoffDelay(policy, retry, () => 0))).toEqual([125, 250, 500, 2000]);
    expect(retryPolicy()).toEqual({ attempts: 3, baseDelayMs: 250, maxDelayMs: 4000 });
  });
});
