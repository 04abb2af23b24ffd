// The national services end to end in Node, against the sandbox's HelseID-like token endpoint and its
// national FHIR endpoint (both checking every DPoP proof, both requiring their nonce): an EHR launch, the
// token exchange with its nonce retry, reads with proofs, the national records named by their service in
// a merged source, every refusal as a typed error, and a new exchange when the national token runs out.
// The sandbox and the page share one clock, moved by hand: nothing here waits.
import type { AllergyIntolerance, MedicationStatement, Patient } from 'fhir/r4.js';
import { decodeJwt } from 'jose';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCALES, mergeSources, recordSource } from '@samspill/core/data.js';
import { startSandbox, type LaunchOptions as SandboxLaunch, type Sandbox } from '@samspill/sandbox';
import { createSmartSource, messageFor, ready, recoveryFor, smartErrorOf, type SmartSession } from '../src/index.js';
import { exchangeToken, nationalSources, type ExchangeOptions, type NationalSession } from '../src/national.js';
import { FakeStorage, fakePage, type FakePage } from './fake-page.js';
import { rejection, sandboxLaunch } from './sandbox-launch.js';

const KARI: Patient = { resourceType: 'Patient', id: 'kari', name: [{ family: 'Nordmann', given: ['Kari'] }] };
// The launch page runs on the wall clock (its record expires), so the shared clock is set from it once the
// EHR has answered, and moved by hand from there.
let clock = Date.now();
let start = clock;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: [KARI], now: () => clock });
});
afterAll(async () => {
  await sandbox.close();
});
const { startLaunch, authorizationAnswer } = sandboxLaunch(() => sandbox);

const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
afterEach(() => {
  for (const spy of logged) spy.mockClear();
});

/** One request the page sent, with what its DPoP proof and Authorization said. */
interface Sent {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly scheme: string | undefined;
  readonly nonce: unknown;
  readonly ath: unknown;
  /** The access token the request carried, or the subject token of a token exchange. */
  readonly token: string | undefined;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The page's requests from now on, as the network saw them. */
function recorded(page: FakePage): Sent[] {
  const sent: Sent[] = [];
  const inner = page.fetch.bind(page);
  page.fetch = async (input, init) => {
    const response = await inner(input, init);
    const headers = new Headers(init?.headers);
    const proof = headers.get('dpop');
    const claims = proof === null ? {} : decodeJwt(proof);
    const [scheme, bearing] = (headers.get('authorization') ?? '').split(' ');
    const body = typeof init?.body === 'string' ? new URLSearchParams(init.body) : undefined;
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      status: response.status,
      scheme: scheme === '' ? undefined : scheme,
      nonce: claims.nonce,
      ath: claims.ath,
      token: bearing ?? body?.get('subject_token') ?? undefined,
    });
    return response;
  };
  return sent;
}

interface Launched {
  readonly session: SmartSession;
  readonly page: FakePage;
  readonly sent: Sent[];
  /** The authorization code the launch was completed with. */
  readonly code: string;
}

async function launched(context: SandboxLaunch = { personality: 'smart-v2', patient: 'kari' }): Promise<Launched> {
  const storage = new FakeStorage();
  const launchPage = await startLaunch(context, storage);
  const answer = await authorizationAnswer(launchPage);
  clock = start = Date.now();
  const page = fakePage(answer, storage, () => clock);
  const session = await ready({ environment: page });
  return { session, page, sent: recorded(page), code: new URL(answer).searchParams.get('code') ?? '' };
}

const issuer = (): string => `${sandbox.url}/helseid`;
const nationalBase = (): string => `${sandbox.url}/nasjonal/fhir`;
const options = (more: Partial<ExchangeOptions> = {}): ExchangeOptions => ({
  issuer: issuer(),
  resource: nationalBase(),
  ...more,
});

const tokenPosts = (sent: readonly Sent[]): Sent[] =>
  sent.filter((request) => request.url === `${issuer()}/connect/token`);
const nationalReads = (sent: readonly Sent[]): Sent[] =>
  sent.filter((request) => request.url.startsWith(nationalBase()));

/** What must appear in no message, log line or URL: every token the page sent. */
function expectNoTokenLeaked(sent: readonly Sent[], texts: readonly string[]): void {
  const tokens = new Set(sent.flatMap((request) => (request.token === undefined ? [] : [request.token])));
  expect(tokens.size).toBeGreaterThan(0);
  for (const token of tokens) {
    for (const text of texts) expect(text).not.toContain(token);
    for (const request of sent) expect(request.url).not.toContain(token);
  }
  for (const spy of logged) expect(spy).not.toHaveBeenCalled();
}

describe('exchangeToken', () => {
  it('exchanges the EHR token for a DPoP-bound national token, meeting the nonce, and reads the PLL and CAVE', async () => {
    const { session, sent } = await launched();
    const national = await exchangeToken(session, options());
    expect(national.dpop).toBe(true);
    expect(national.fhirBaseUrl).toBe(nationalBase());
    expect(national.issuer).toBe(issuer());
    expect(national.context.patient).toBe('kari');
    expect(national.context.refreshable).toBe(false);
    expect(national.context.scopes.can('MedicationStatement', 'search')).toBe(true);
    expect(national.context.expiresAt).toBe(start + 300_000);

    // The token endpoint wants its nonce: asked for it once, then answered.
    expect(tokenPosts(sent).map(({ status, nonce }) => [status, typeof nonce])).toEqual([
      [400, 'undefined'],
      [200, 'string'],
    ]);
    // The subject token is the EHR session's, in the form body, never the URL.
    expect(tokenPosts(sent)[0]?.token).toBeDefined();

    const source = createSmartSource(national);
    const medicines = await source.search<MedicationStatement>('MedicationStatement', {
      patient: 'kari',
      _include: 'MedicationStatement:medication',
    });
    expect(medicines.failures).toEqual([]);
    expect(medicines.resources).toHaveLength(4);
    expect(medicines.included.map((resource) => resource.resourceType)).toContain('Medication');
    const allergies = await source.search<AllergyIntolerance>('AllergyIntolerance', { patient: 'kari' });
    expect(allergies.failures).toEqual([]);
    expect(allergies.resources.map((allergy) => allergy.criticality)).toEqual(['high', 'high']);
    // Not granted by the national token: not even asked.
    expect((await source.search('Observation', { patient: 'kari' })).failures[0]?.kind).toBe('not-granted');

    const proved = nationalReads(sent).filter((request) => request.scheme !== undefined);
    expect(proved.length).toBeGreaterThanOrEqual(2);
    for (const request of proved) {
      expect(request.scheme).toBe('DPoP');
      expect(request.ath).toBe(sha256(request.token ?? ''));
      expect(typeof request.nonce).toBe('string');
      expect(request.status).toBe(200);
    }
    // The national token goes to the national base only; the EHR's token never does.
    const ehrToken = tokenPosts(sent)[0]?.token;
    expect(proved.every((request) => request.token !== ehrToken)).toBe(true);
    expectNoTokenLeaked(sent, [JSON.stringify(national), JSON.stringify(national.context)]);
  });

  it('reads SFM’s $getMedication document with a proof', async () => {
    const { session } = await launched();
    const national = await exchangeToken(session, options({ scope: ['patient/MedicationStatement.rs'] }));
    expect(national.context.scopes.can('AllergyIntolerance', 'search')).toBe(false);
    const response = await national.fetch('Patient/$getMedication?patient=kari');
    expect(response.status).toBe(200);
    const parameters = (await response.json()) as { parameter: { name: string; resource?: { type?: string } }[] };
    expect(parameters.parameter.find((parameter) => parameter.name === 'medication')?.resource?.type).toBe('document');
  });

  it('names each national service in a merged source beside the EHR', async () => {
    const { session } = await launched();
    const national = await exchangeToken(session, options());
    for (const locale of LOCALES) {
      const merged = mergeSources([
        { source: createSmartSource(session), label: 'St. Olavs hospital' },
        ...nationalSources(national, { locale }),
      ]);
      const medicines = await merged.search('MedicationStatement', { patient: 'kari' });
      const allergies = await merged.search('AllergyIntolerance', { patient: 'kari' });
      expect(medicines.failures).toEqual([]);
      const labels = (resources: readonly unknown[]) =>
        new Set(resources.map((resource) => recordSource(resource)?.label));
      expect([...labels(medicines.resources)]).toEqual([
        {
          nb: 'Pasientens legemiddelliste (PLL)',
          nn: 'Pasientens legemiddelliste (PLL)',
          en: "Patient's medication list (PLL)",
        }[locale],
      ]);
      expect([...labels(allergies.resources)]).toEqual([
        { nb: 'Kjernejournal', nn: 'Kjernejournal', en: 'Summary care record (Kjernejournal)' }[locale],
      ]);
      // The patient comes from the EHR: no national service is asked for it.
      expect((await merged.read<Patient>('Patient/kari')).resource?.name?.[0]?.family).toBe('Nordmann');
    }
  });

  it('asks each national service for its own types only, and sends nothing for the rest', async () => {
    const { session, sent } = await launched();
    const national = await exchangeToken(session, options());
    const [pll, kjernejournal] = nationalSources(national, { batch: false }).map((entry) => entry.source);
    expect([pll?.canRead?.('MedicationStatement'), pll?.canRead?.('AllergyIntolerance')]).toEqual([true, false]);
    expect([kjernejournal?.canRead?.('Flag'), kjernejournal?.canRead?.('Medication', 'read')]).toEqual([true, false]);
    const before = nationalReads(sent).length;
    expect((await pll!.search('Flag', { patient: 'kari' })).failures[0]?.kind).toBe('not-granted');
    expect((await kjernejournal!.read('Medication/1')).failure?.kind).toBe('not-granted');
    expect(nationalReads(sent)).toHaveLength(before);
    expect((await kjernejournal!.search('Flag', { patient: 'kari' })).resources).toHaveLength(1);
  });
  it('sends a national service only the `_include`s it answers, so its part of a merged search never fails on one', async () => {
    const { session, sent } = await launched();
    const merged = mergeSources([
      { source: createSmartSource(session, { batch: false }), label: 'St. Olavs hospital' },
      ...nationalSources(await exchangeToken(session, options()), { batch: false }),
    ]);
    const medicines = await merged.search('MedicationStatement', {
      patient: 'kari',
      _include: ['MedicationStatement:medication', 'MedicationStatement:source'],
    });
    expect(medicines.failures).toEqual([]);
    expect(medicines.included.map((resource) => resource.resourceType)).toContain('Medication');
    const asked = nationalReads(sent).filter((request) => request.url.includes('MedicationStatement'));
    expect(asked.map((request) => new URL(request.url).searchParams.getAll('_include'))).toEqual([
      ['MedicationStatement:medication'],
    ]);
  });
});

describe('nationalSources given the exchange under way', () => {
  it('searches the EHR at once and the national services once the token is there', async () => {
    const { session, sent } = await launched();
    const ehrBase = sandbox.url + sandbox.personalities['smart-v2'].paths.fhir;
    let exchanged: (national: NationalSession) => void = () => undefined;
    const pending = new Promise<NationalSession>((resolve) => {
      exchanged = resolve;
    });
    const merged = mergeSources([
      { source: createSmartSource(session, { batch: false }), label: 'St. Olavs hospital' },
      ...nationalSources(pending, { batch: false }),
    ]);
    // Before the exchange every type of a service may be asked; the token's scopes decide after.
    expect(merged.canRead?.('Flag')).toBe(true);
    const medicines = merged.search('MedicationStatement', { patient: 'kari' });
    await vi.waitFor(() => {
      expect(sent.some((request) => request.url.startsWith(ehrBase))).toBe(true);
    });
    expect(nationalReads(sent)).toEqual([]);

    exchanged(await exchangeToken(session, options()));
    const result = await medicines;
    expect(result.failures).toEqual([]);
    expect(new Set(result.resources.map((resource) => recordSource(resource)?.label))).toEqual(
      new Set(['Pasientens legemiddelliste (PLL)']),
    );
    expect(nationalReads(sent).some((request) => request.scheme === 'DPoP' && request.status === 200)).toBe(true);
  });

  it('fails each national search when the exchange fails, in words that say what helps, and keeps the EHR’s records', async () => {
    const { session, sent } = await launched();
    const ehr = { source: createSmartSource(session, { batch: false }), label: 'St. Olavs hospital' };
    for (const [exchangeOptions, kind] of [
      [options({ clientId: 'another-app' }), 'unauthorized'], // national-refused: start again
      [options({ resource: `${sandbox.url}/annen/fhir` }), 'forbidden'], // national-unsupported: support
    ] as const) {
      const merged = mergeSources([ehr, ...nationalSources(exchangeToken(session, exchangeOptions))]);
      const allergies = await merged.search('AllergyIntolerance', { patient: 'kari' });
      expect(allergies.failures.map((failure) => [failure.kind, failure.resourceType, failure.origin?.label])).toEqual([
        [kind, 'AllergyIntolerance', 'Kjernejournal'],
      ]);
      // The EHR still answers: its search went through, and the patient reads from it.
      expect((await merged.read<Patient>('Patient/kari')).resource?.name?.[0]?.family).toBe('Nordmann');
      expect((await merged.read('Medication/selo-zok')).failure?.message).toContain('The token exchange failed');
    }
    const refused = nationalSources(exchangeToken(session, options({ clientId: 'another-app' })));
    const failure = (await mergeSources(refused).search('Flag', {})).failures[0];
    expectNoTokenLeaked(sent, [failure?.message ?? '']);
  });

  it('is unavailable when HelseID cannot be reached', async () => {
    const { session } = await launched();
    const offline = exchangeToken(session, options({ issuer: 'http://127.0.0.1:9/helseid' }));
    const [pll] = nationalSources(offline);
    const result = await pll!.source.search('MedicationStatement', { patient: 'kari' });
    expect(result.failures.map((failure) => failure.kind)).toEqual(['unavailable']);
  });
});

describe('a refused exchange', () => {
  it('is national-refused for a subject token the issuer does not accept, in nb, nn and en', async () => {
    const { session, sent } = await launched({
      personality: 'smart-v2',
      patient: 'kari',
      fault: 'request_invalid_token',
    });
    const error = await rejection(exchangeToken(session, options()));
    expect(error.code).toBe('national-refused');
    expect(error.status).toBe(400);
    expect(error.detail).toContain('invalid_grant');
    expect(recoveryFor(error)).toBe('relaunch');
    expect(messageFor(error, 'nb')).toBe(
      'De nasjonale tjenestene godtok ikke økten fra journalsystemet. Start appen på nytt fra journalsystemet.',
    );
    expect(messageFor(error, 'nn')).toBe(
      'Dei nasjonale tenestene godtok ikkje økta frå journalsystemet. Start appen på nytt frå journalsystemet.',
    );
    expect(messageFor(error, 'en')).toBe(
      'The national services did not accept the session from the health record. Start the app again from the health record.',
    );
    expectNoTokenLeaked(sent, [error.message, error.detail, String(error.stack)]);
  });

  it('is national-refused for another client than the EHR session’s', async () => {
    const { session } = await launched();
    expect((await rejection(exchangeToken(session, options({ clientId: 'another-app' })))).code).toBe(
      'national-refused',
    );
  });

  it('is national-refused for a launch with no patient', async () => {
    const { session } = await launched({ personality: 'smart-v2' });
    expect((await rejection(exchangeToken(session, options()))).detail).toMatch(/invalid_grant.*no patient/);
  });

  it('is national-unsupported for a resource or scope the issuer does not serve', async () => {
    const { session, sent } = await launched();
    const target = await rejection(exchangeToken(session, options({ resource: `${sandbox.url}/annen/fhir` })));
    expect([target.code, target.detail.includes('invalid_target')]).toEqual(['national-unsupported', true]);
    expect(recoveryFor(target)).toBe('contact');
    const scope = await rejection(exchangeToken(session, options({ scope: 'patient/Observation.rs' })));
    expect([scope.code, scope.detail.includes('invalid_scope')]).toEqual(['national-unsupported', true]);
    expectNoTokenLeaked(sent, [target.message, scope.message]);
  });

  it('is national-unsupported for an issuer that offers no token exchange with DPoP', async () => {
    const { session, sent } = await launched();
    const fhirBase = sandbox.url + sandbox.personalities['smart-v2'].paths.fhir;
    const discovery = await fetch(`${fhirBase}/.well-known/openid-configuration`);
    const ehrIssuer = ((await discovery.json()) as { issuer: string }).issuer;
    const error = await rejection(exchangeToken(session, options({ issuer: ehrIssuer })));
    expect(error.code).toBe('national-unsupported');
    expect(error.detail).toContain('dpop_signing_alg_values_supported');
    // Nothing was sent to its token endpoint.
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    const missing = await rejection(exchangeToken(session, options({ issuer: `${sandbox.url}/ingen` })));
    expect(missing.code).toBe('national-unsupported');
  });

  it('refuses a national base that is not https', async () => {
    const { session } = await launched();
    const error = await rejection(exchangeToken(session, options({ resource: 'http://nasjonal.example/fhir' })));
    expect(error.code).toBe('insecure-endpoint');
  });
});

describe('the national token running out', () => {
  async function exchanged(): Promise<Launched & { national: NationalSession }> {
    const launch = await launched();
    return { ...launch, national: await exchangeToken(launch.session, options()) };
  }

  it('is exchanged again shortly before it expires, without a refresh token', async () => {
    const { national, sent } = await exchanged();
    const source = createSmartSource(national, { batch: false });
    expect((await source.search('Flag', { patient: 'kari' })).resources).toHaveLength(1);
    expect(tokenPosts(sent).filter(({ status }) => status === 200)).toHaveLength(1);

    clock = start + 250_000;
    const flags = await source.search('Flag', { patient: 'kari' });
    expect(flags.failures).toEqual([]);
    expect(flags.resources).toHaveLength(1);
    const exchanges = tokenPosts(sent).filter(({ status }) => status === 200);
    expect(exchanges).toHaveLength(2);
    expect(national.context.expiresAt).toBe(start + 250_000 + 300_000);
    // The new token, not the old one, went with the read that followed.
    const [first, second] = nationalReads(sent).filter((request) => request.scheme === 'DPoP');
    expect(first?.token).not.toBe(second?.token);
    expectNoTokenLeaked(sent, []);
  });

  it('is exchanged with the EHR session’s refreshed token when that one is due too', async () => {
    const { national, sent, session } = await exchanged();
    const ehrToken = tokenPosts(sent)[0]?.token;
    // The EHR token (an hour) is refreshed a minute before it expires; the national one is long gone.
    clock = start + 3_550_000;
    const response = await national.fetch('AllergyIntolerance?patient=kari');
    expect(response.status).toBe(200);
    const ehrTokenUri = sandbox.url + sandbox.personalities['smart-v2'].paths.token;
    const order = sent.filter((request) => request.method === 'POST').map((request) => request.url);
    expect(order.indexOf(ehrTokenUri)).toBeLessThan(order.lastIndexOf(`${issuer()}/connect/token`));
    const latest = tokenPosts(sent).at(-1);
    expect([latest?.status, latest?.token === ehrToken]).toEqual([200, false]);
    expect(session.context.expiresAt).toBe(start + 3_550_000 + 3_600_000);
  });

  it('is exchanged again after a 401, and a revoked EHR grant is national-refused on the read', async () => {
    const { national, sent, page, code } = await exchanged();
    const source = createSmartSource(national, { batch: false });
    expect((await source.search('Flag', { patient: 'kari' })).failures).toEqual([]);
    // The authorization code presented again: the sandbox revokes the EHR grant and what came from it.
    const ehr = sandbox.personalities['smart-v2'];
    const replay = await fetch(sandbox.url + ehr.paths.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        client_id: 'samspill-dev',
        redirect_uri: new URL('index.html', page.url).href,
      }).toString(),
    });
    expect(replay.status).toBe(400);

    const flags = await source.search('Flag', { patient: 'kari' });
    const failure = flags.failures[0];
    expect(failure?.kind).toBe('unauthorized');
    // The 401 asked for a new token; the issuer refused the revoked EHR token.
    expect(tokenPosts(sent).at(-1)?.status).toBe(400);
    const error = smartErrorOf(failure!, national);
    expect(error.code).toBe('national-refused');
    expect(national.refreshFailure?.code).toBe('national-refused');
    expectNoTokenLeaked(sent, [error.message, failure?.message ?? '']);
  });

  it('ends: no token goes with a later request', async () => {
    const { national, sent } = await exchanged();
    await national.end();
    const response = await national.fetch('Flag?patient=kari');
    expect(response.status).toBe(401);
    expect(nationalReads(sent).at(-1)?.scheme).toBeUndefined();
    expect((await rejection(national.refresh())).code).toBe('token-expired');
  });
});
