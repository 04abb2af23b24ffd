// launch() and ready() end to end in Node against the sandbox over real HTTP: a fake page stands in
// for the browser (address, history, sessionStorage); fhirclient, the sandbox and jose are real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FhirResource, Patient } from 'fhir/r4.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type LaunchOptions as SandboxLaunch, type Sandbox } from '@samspill/sandbox';
import {
  LAUNCH_RECORD_LIFETIME_MS,
  createSmartSource,
  launch,
  ready,
  smartErrorOf,
  type SmartErrorCode,
} from '../src/index.js';
import { FakeStorage, fakePage } from './fake-page.js';
import { APP, rejection, sandboxLaunch } from './sandbox-launch.js';

const DATA: FhirResource[] = [
  { resourceType: 'Patient', id: 'kari', name: [{ given: ['Kari'], family: 'Nordmann' }] },
  { resourceType: 'Patient', id: 'ola', name: [{ given: ['Ola'], family: 'Nordmann' }] },
  { resourceType: 'Practitioner', id: 'lege-1', name: [{ given: ['Lise'], family: 'Lege' }] },
];

let sandbox: Sandbox;
// The sandbox's clock runs `skew` ms ahead of the app's, to expire its tokens.
let skew = 0;
beforeAll(async () => {
  sandbox = await startSandbox({ data: DATA, now: () => Date.now() + skew });
});
afterAll(() => sandbox.close());
afterEach(() => {
  skew = 0;
});

const { allowlist, appOptions, startLaunch, authorizationAnswer, launchFlow } = sandboxLaunch(() => sandbox);

function tokenRequests(): number {
  return sandbox.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/token')).length;
}

describe('launch()', () => {
  it('refuses a page opened without launch parameters, and without an iss for a standalone launch', async () => {
    const page = fakePage(`${APP}launch.html`);
    const error = await rejection(launch(appOptions(page)));
    expect(error.code).toBe('no-launch-params');
    expect(page.navigations).toEqual([]);
  });

  it('refuses an iss that is not on the allowlist before any request, whatever it looks like', async () => {
    const before = sandbox.log.length;
    const base = allowlist()[0] ?? '';
    for (const iss of [`${base}-evil`, `${base}/../other`, `https://evil.example/${base}`, `${base}?x=1`]) {
      const page = fakePage(`${APP}launch.html?iss=${encodeURIComponent(iss)}&launch=abc`);
      expect((await rejection(launch(appOptions(page)))).code).toBe('iss-not-allowed');
      expect(page.navigations).toEqual([]);
      expect(page.storage.length).toBe(0);
    }
    expect(sandbox.log.length).toBe(before);
  });

  it('says discovery-failed for a server without a SMART configuration', async () => {
    const iss = `${sandbox.url}/nowhere/fhir`;
    const page = fakePage(`${APP}launch.html?iss=${encodeURIComponent(iss)}&launch=abc`);
    const error = await rejection(launch(appOptions(page, { issAllowlist: [iss] })));
    expect(error.code).toBe('discovery-failed');
  });

  it.each([
    ['smart-v2', 'patient/Patient.rs', 'online_access'],
    ['epic', 'patient/Patient.read', 'offline_access'],
    ['oracle-health', 'patient/Patient.read', 'online_access'],
  ] as const)(
    'builds the %s authorize request: aud, launch, state, PKCE, scopes',
    async (personality, scope, refresh) => {
      const page = await startLaunch({ personality, patient: 'kari' });
      const authorize = new URL(page.navigations[0] ?? '');
      expect(authorize.origin + authorize.pathname).toBe(
        sandbox.url + sandbox.personalities[personality].paths.authorize,
      );
      const params = authorize.searchParams;
      expect(params.get('aud')).toBe(sandbox.url + sandbox.personalities[personality].paths.fhir);
      expect(params.get('launch')).not.toBeNull();
      expect(params.get('redirect_uri')).toBe(`${APP}index.html`);
      expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(params.get('code_challenge_method')).toBe('S256');
      const scopes = (params.get('scope') ?? '').split(' ');
      expect(scopes).toEqual(expect.arrayContaining(['launch', 'openid', 'fhirUser', scope, refresh]));
      // One launch record, keyed by the state, with no token in it.
      expect(page.storage.length).toBe(1);
      expect(page.storage.key(0)).toBe(`samspill-smart:launch:${params.get('state') ?? ''}`);
    },
  );

  it('starts a standalone launch with options.iss, asking for launch/patient', async () => {
    const iss = allowlist()[0] ?? '';
    const page = fakePage(`${APP}launch.html`);
    await launch(appOptions(page, { iss }));
    const scopes = new URL(page.navigations[0] ?? '').searchParams.get('scope')?.split(' ');
    expect(scopes).toContain('launch/patient');
    expect(scopes).not.toContain('launch');
  });

  it('resolves relative discovery endpoints against the FHIR base', async () => {
    const server = await relativeDiscoveryServer();
    try {
      const { port } = server.address() as AddressInfo;
      const iss = `http://127.0.0.1:${String(port)}/fhir/r4`;
      const page = fakePage(`${APP}launch.html?iss=${encodeURIComponent(iss)}&launch=abc`);
      await launch(appOptions(page, { issAllowlist: [iss] }));
      const authorize = new URL(page.navigations[0] ?? '');
      expect(authorize.origin + authorize.pathname).toBe(`http://127.0.0.1:${String(port)}/fhir/auth/authorize`);
      const record = page.storage.getItem(page.storage.key(0) ?? '') ?? '';
      expect(JSON.parse(record)).toMatchObject({ tokenUri: `http://127.0.0.1:${String(port)}/fhir/auth/token` });
    } finally {
      server.close();
    }
  });
});

describe('ready()', () => {
  describe.each(PERSONALITY_NAMES)('after an EHR launch on %s', (personality) => {
    it('has the patient in context, a verified fhirUser, and reads the patient', async () => {
      const { session, page } = await launchFlow({ personality, patient: 'kari', practitioner: 'lege-1' });
      expect(session.vendor).toBe(personality);
      expect(session.context.patient).toBe('kari');
      expect(session.context.fhirUser).toMatchObject({ resourceType: 'Practitioner', id: 'lege-1' });
      expect(session.context.scopes.can('Patient', 'read')).toBe(true);
      const read = await createSmartSource(session).read<Patient>('Patient/kari');
      expect(read.resource?.name?.[0]?.family).toBe('Nordmann');
      // The address bar is clean and the launch record is spent.
      expect(page.url).toBe(`${APP}index.html`);
      expect(page.storage.dump()).not.toContain('samspill-smart:launch:');
    });
  });

  it('keeps the app’s own query parameters and history state', async () => {
    const storage = new FakeStorage();
    const launchPage = await startLaunch({ personality: 'smart-v2', patient: 'kari' }, storage, {
      redirectUri: 'index.html?tab=medisiner',
    });
    const page = fakePage(await authorizationAnswer(launchPage), storage);
    page.history = { scroll: 120 };
    await ready({ environment: page });
    expect(page.url).toBe(`${APP}index.html?tab=medisiner`);
    expect(page.history).toMatchObject({ scroll: 120 });
  });

  it('accepts a state once: the same answer again is a state-mismatch', async () => {
    const storage = new FakeStorage();
    const answer = await authorizationAnswer(await startLaunch({ personality: 'smart-v2', patient: 'kari' }, storage));
    await ready({ environment: fakePage(answer, storage) });
    const replay = fakePage(answer, storage);
    expect((await rejection(ready({ environment: replay }))).code).toBe('state-mismatch');
    expect(replay.url).toBe(`${APP}index.html`);
  });

  it('refuses an answer meant for another window (its launch record is elsewhere)', async () => {
    const answer = await authorizationAnswer(await startLaunch({ personality: 'smart-v2', patient: 'kari' }));
    expect((await rejection(ready({ environment: fakePage(answer) }))).code).toBe('state-mismatch');
  });

  it('refuses an answer that comes back after the launch record expired', async () => {
    const storage = new FakeStorage();
    const answer = await authorizationAnswer(await startLaunch({ personality: 'smart-v2', patient: 'kari' }, storage));
    const late = fakePage(answer, storage, () => Date.now() + LAUNCH_RECORD_LIFETIME_MS + 1000);
    expect((await rejection(ready({ environment: late }))).code).toBe('state-mismatch');
  });

  it('refuses an answer from another authorization server (RFC 9207 iss)', async () => {
    const storage = new FakeStorage();
    const answer = new URL(
      await authorizationAnswer(await startLaunch({ personality: 'smart-v2', patient: 'kari' }, storage)),
    );
    answer.searchParams.set('iss', 'https://evil.example/oauth2');
    expect((await rejection(ready({ environment: fakePage(answer.href, storage) }))).code).toBe('state-mismatch');
  });

  it('refuses a redirect without code or state', async () => {
    const page = fakePage(`${APP}index.html?code=abc`);
    expect((await rejection(ready({ environment: page }))).code).toBe('state-mismatch');
    expect(page.url).toBe(`${APP}index.html`);
  });

  it.each<[SandboxLaunch['fault'], SmartErrorCode]>([
    ['auth_invalid_scope', 'authorize-denied'],
    ['token_invalid_token', 'token-failed'],
    ['token_invalid_scope', 'token-failed'],
    ['auth_invalid_client_secret', 'token-failed'],
  ])('turns the %s fault into %s, with a clean address bar', async (fault, code) => {
    const storage = new FakeStorage();
    const answer = await authorizationAnswer(
      await startLaunch({ personality: 'smart-v2', patient: 'kari', ...(fault !== undefined && { fault }) }, storage),
    );
    const page = fakePage(answer, storage);
    const error = await rejection(ready({ environment: page }));
    expect(error.code).toBe(code);
    expect(page.url).toBe(`${APP}index.html`);
    expect(storage.dump()).not.toContain('samspill-smart:session:');
  });

  it('resumes the session after a reload, and only on the page that has it', async () => {
    const { page } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    const reloaded = await ready({ environment: page });
    expect(reloaded.context.patient).toBe('kari');
    expect((await createSmartSource(reloaded).read('Patient/kari')).resource).toBeDefined();
    const fresh = fakePage(`${APP}index.html`, page.storage);
    expect((await rejection(ready({ environment: fresh }))).code).toBe('no-launch-params');
  });

  it('keeps the EHR’s lang through the redirect, asks the sign-in pages for it, and after a reload', async () => {
    const storage = new FakeStorage();
    const created = sandbox.createLaunch({ personality: 'epic', patient: 'kari' });
    const launchPage = fakePage(
      `${APP}launch.html?iss=${encodeURIComponent(created.iss)}&launch=${created.launch}&lang=nn-NO`,
      storage,
    );
    await launch(appOptions(launchPage));
    expect(new URL(launchPage.navigations[0] ?? '').searchParams.get('ui_locales')).toBe('nn');
    const page = fakePage(await authorizationAnswer(launchPage), storage);
    expect((await ready({ environment: page })).context.locale).toBe('nn');
    expect((await ready({ environment: page })).context.locale).toBe('nn');
    expect((await launchFlow({ personality: 'epic', patient: 'kari' })).session.context.locale).toBe(undefined);
  });

  it('keeps two launches that share one sessionStorage apart (an embedded browser, two iframes)', async () => {
    const shared = new FakeStorage();
    const first = await launchFlow({ personality: 'epic', patient: 'kari' }, shared);
    const second = await launchFlow({ personality: 'epic', patient: 'ola' }, shared);
    expect((await ready({ environment: first.page })).context.patient).toBe('kari');
    expect((await ready({ environment: second.page })).context.patient).toBe('ola');
  });

  it('keeps tokens only in sessionStorage, under the session key, or only in memory', async () => {
    const inSession = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    const keys = Array.from({ length: inSession.page.storage.length }, (_, index) => inSession.page.storage.key(index));
    expect(keys).toEqual([expect.stringMatching(/^samspill-smart:session:[A-Za-z0-9_-]{43}$/)]);

    // Oracle Health's profile keeps tokens in memory (PowerChart may share sessionStorage).
    const inMemory = await launchFlow({ personality: 'oracle-health', patient: 'kari' });
    expect(inMemory.page.storage.length).toBe(0);
    expect((await createSmartSource(inMemory.session).read('Patient/kari')).resource).toBeDefined();
    // A reload starts the modules afresh, with empty memory: the session is gone.
    vi.resetModules();
    const reloadedModule = await import('../src/ready.js');
    const reloaded = fakePage(inMemory.page.url, inMemory.page.storage);
    reloaded.history = inMemory.page.history;
    const error = await reloadedModule.ready({ environment: reloaded }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'token-expired' });
  });
});

describe('a session', () => {
  it('sends its token to the FHIR server only', async () => {
    const { session, page } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    await session.fetch('Patient/kari');
    await session.fetch(`${sandbox.url}/launcher`);
    await session.fetch(`${session.fhirBaseUrl}-evil/Patient/kari`);
    expect(page.requests).toEqual([
      { url: `${session.fhirBaseUrl}/Patient/kari`, bearer: true },
      { url: `${sandbox.url}/launcher`, bearer: false },
      { url: `${session.fhirBaseUrl}-evil/Patient/kari`, bearer: false },
    ]);
  });

  it('refreshes on Epic although the granted scope leaves offline_access out', async () => {
    const { session } = await launchFlow({ personality: 'epic', patient: 'kari' });
    expect(session.context.scopes.offlineAccess).toBe(false);
    expect(session.context.refreshable).toBe(true);
    const before = tokenRequests();
    await session.refresh();
    await session.refresh();
    expect(tokenRequests()).toBe(before + 2);
    expect((await createSmartSource(session).read('Patient/kari')).resource).toBeDefined();
  });

  it('keeps Oracle Health’s refresh token, which a refresh does not replace', async () => {
    const { session } = await launchFlow({ personality: 'oracle-health', patient: 'kari' });
    await session.refresh();
    await session.refresh();
    expect(session.refreshFailure).toBeUndefined();
    expect((await createSmartSource(session).read('Patient/kari')).resource).toBeDefined();
  });

  it('refreshes once after a 401 and repeats the request', async () => {
    const { session } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    skew = 2 * 3600 * 1000;
    const before = tokenRequests();
    const read = await createSmartSource(session).read('Patient/kari');
    expect(read.resource).toBeDefined();
    expect(tokenRequests()).toBe(before + 1);
    const statuses = sandbox.log.slice(-3).map((entry) => [entry.method, entry.status]);
    expect(statuses).toEqual([
      ['GET', 401],
      ['POST', 200],
      ['GET', 200],
    ]);
  });

  it('refreshes before a request when the token is about to expire', async () => {
    let ahead = 0;
    const clock = (): number => Date.now() + ahead;
    const { session } = await launchFlow({ personality: 'smart-v2', patient: 'kari' }, new FakeStorage(), clock);
    ahead = 3600 * 1000 - 30_000;
    await createSmartSource(session).read('Patient/kari');
    const statuses = sandbox.log.slice(-2).map((entry) => [entry.method, entry.status]);
    expect(statuses).toEqual([
      ['POST', 200],
      ['GET', 200],
    ]);
  });

  it('reports a refused refresh as refresh-failed, also for the 401 that follows', async () => {
    const { session } = await launchFlow({
      personality: 'smart-v2',
      patient: 'kari',
      fault: 'token_expired_refresh_token',
    });
    expect((await rejection(session.refresh())).code).toBe('refresh-failed');
    expect(session.refreshFailure?.code).toBe('refresh-failed');
    skew = 2 * 3600 * 1000;
    const read = await createSmartSource(session).read('Patient/kari');
    expect(read.failure?.kind).toBe('unauthorized');
    expect(read.failure && smartErrorOf(read.failure, session).code).toBe('refresh-failed');
  });

  it.each<[NonNullable<SandboxLaunch['fault']>, SmartErrorCode]>([
    ['request_invalid_token', 'token-expired'],
    ['request_expired_token', 'token-expired'],
    ['server_error', 'server-error'],
    ['malformed_json', 'malformed-response'],
    ['dropped_connection', 'network'],
    ['forbidden_type:Patient', 'forbidden'],
  ])('turns the %s fault on a read into %s', async (fault, code) => {
    const { session } = await launchFlow({ personality: 'smart-v2', patient: 'kari', fault });
    const read = await createSmartSource(session, { retry: { attempts: 1 } }).read('Patient/kari');
    expect(read.failure && smartErrorOf(read.failure, session).code).toBe(code);
  });

  it('does not search or read what the granted scopes do not cover', async () => {
    const { session } = await launchFlow({ personality: 'epic', patient: 'kari' });
    // Epic grants what the registration lists: no Immunization.
    expect(session.context.scopes.can('Immunization', 'search')).toBe(false);
    const source = createSmartSource(session);
    expect(source.canRead?.('Immunization')).toBe(false);
    expect(source.canRead?.('Observation')).toBe(true);
    const before = sandbox.log.length;
    const result = await source.search('Immunization', { patient: 'kari' });
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'not-granted', resourceType: 'Immunization' })]);
    expect((await source.read('Immunization/vaksine-1')).failure?.kind).toBe('not-granted');
    expect(sandbox.log.length).toBe(before);
    expect((await source.search('Observation', { patient: 'kari' })).failures).toEqual([]);
  });

  it('reads several references at once in one batch', async () => {
    const { session } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    const source = createSmartSource(session);
    const before = sandbox.log.length;
    const results = await Promise.all(
      ['Patient/kari', 'Patient/kari', 'Patient/nobody'].map((reference) => source.read(reference)),
    );
    expect(results.map((result) => result.resource?.id ?? result.failure?.kind)).toEqual(['kari', 'kari', 'not-found']);
    expect(sandbox.log.slice(before).map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'GET /smart-v2/fhir/metadata',
      'POST /smart-v2/fhir',
    ]);
  });

  it('sends concurrent searches as one batch, pages and all still per search', async () => {
    const { session } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    const source = createSmartSource(session);
    const before = sandbox.log.length;
    const types = ['MedicationRequest', 'MedicationStatement', 'MedicationDispense'] as const;
    const results = await Promise.all(
      types.map((type) => source.search(type, { patient: 'kari', _include: `${type}:medication` })),
    );
    expect(results.map((result) => result.failures)).toEqual([[], [], []]);
    expect(sandbox.log.slice(before).map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'GET /smart-v2/fhir/metadata',
      'POST /smart-v2/fhir',
    ]);
  });

  it('loads the EHR’s style as design tokens, and none when there is no style', async () => {
    const epic = await launchFlow({ personality: 'epic', patient: 'kari' });
    expect(await epic.session.loadStyle()).toMatchObject({ '--sam-color-surface': '#F2FAF8' });
    const v2 = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    expect(v2.session.context.styleUrl === undefined ? await v2.session.loadStyle() : {}).toEqual({});
  });

  it('reads the EHR’s style with what it refused and the scheme its background calls for', async () => {
    const epic = await launchFlow({ personality: 'epic', patient: 'kari' });
    const style = await epic.session.readStyle();
    expect(style.tokens).toEqual(await epic.session.loadStyle());
    expect(style.scheme).toBe('light');
    // Epic's green on its pale background is 3.1:1, too faint for text; the blank backdrop is unset, not refused.
    expect(style.refused).toMatchObject([{ field: 'color_success', reason: 'low-contrast', required: 4.5 }]);
    expect(style.tokens['--sam-color-success-text']).toBeUndefined();
  });

  it('forgets its tokens on end()', async () => {
    const { session, page } = await launchFlow({ personality: 'smart-v2', patient: 'kari' });
    await session.end();
    expect(page.storage.length).toBe(0);
    const read = await createSmartSource(session).read('Patient/kari');
    expect(read.failure?.kind).toBe('unauthorized');
    expect((await rejection(ready({ environment: page }))).code).toBe('token-expired');
  });
});

/** A SMART server whose discovery document gives its endpoints as relative URLs. */
async function relativeDiscoveryServer(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/fhir/r4/.well-known/smart-configuration') {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(
        JSON.stringify({
          authorization_endpoint: '../auth/authorize',
          token_endpoint: '../auth/token',
          code_challenge_methods_supported: ['S256'],
          capabilities: ['launch-ehr', 'permission-v2'],
        }),
      );
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
