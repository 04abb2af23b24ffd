// A launch on the sandbox's DIPS personality: the profile found from discovery, the user's role in the
// launch context, and the gateway's subscription key on every FHIR request and nowhere it could leak:
// no URL, no storage, no log line, no other host.
import type { Patient } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SUBSCRIPTION_KEY, startSandbox, type Sandbox } from '@samspill/sandbox';
import { createSmartSource, ready, redact } from '../src/index.js';
import { FakeStorage, fakePage } from './fake-page.js';
import { sandboxLaunch } from './sandbox-launch.js';

const KARI: Patient = { resourceType: 'Patient', id: 'kari', name: [{ family: 'Nordmann' }] };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: [KARI],
  });
});
afterAll(async () => {
  await sandbox.close();
});
const { startLaunch, authorizationAnswer } = sandboxLaunch(() => sandbox);

const KEY = DEFAULT_SUBSCRIPTION_KEY;
const HEADER = 'ocp-apim-subscription-key';

/** A DIPS launch up to the redirect page, each request the page makes recorded with its headers. */
async function dipsPage(subscriptionKey: string | undefined) {
  const storage = new FakeStorage();
  const launchPage = await startLaunch({ personality: 'dips', patient: 'kari' }, storage, {
    ...(subscriptionKey !== undefined && { subscriptionKey }),
  });
  const page = fakePage(await authorizationAnswer(launchPage), storage);
  const sent: { url: string; key: string | null }[] = [];
  page.fetch = (input, init) => {
    sent.push({ url: String(input), key: new Headers(init?.headers).get(HEADER) });
    return fetch(input, init);
  };
  return { launchPage, page, sent };
}

describe('a launch on DIPS', () => {
  it('is recognised as DIPS, and carries the role the user chose', async () => {
    const { page } = await dipsPage(KEY);
    const session = await ready({ environment: page, subscriptionKey: KEY });
    expect(session.vendor).toBe('dips');
    expect(session.context.role).toEqual({
      id: 'sunniva-geriatri',
      organization: { id: '4209990', name: 'St. Sunnivas hospital HF' },
      department: { id: '4209991', name: 'Geriatrisk avdeling' },
    });
  });

  it('sends the subscription key on every FHIR request, and to nothing else', async () => {
    const { page, sent } = await dipsPage(KEY);
    const session = await ready({ environment: page, subscriptionKey: KEY });
    const source = createSmartSource(session);
    const [read, search] = await Promise.all([
      source.read<Patient>('Patient/kari'),
      source.search('Patient', { _id: 'kari' }),
    ]);
    expect(read.resource?.name?.[0]?.family).toBe('Nordmann');
    expect(search.failures).toEqual([]);
    await session.fetch(`${sandbox.url}/launcher`);
    const underBase = sent.filter(
      ({ url }) => url.startsWith(`${session.fhirBaseUrl}/`) || url === session.fhirBaseUrl,
    );
    expect(underBase.length).toBeGreaterThan(0);
    expect(underBase.every(({ key }) => key === KEY)).toBe(true);
    expect(sent.filter(({ url }) => !underBase.some((request) => request.url === url))).toEqual([
      { url: `${sandbox.url}/launcher`, key: null },
    ]);
  });

  it('takes a key per FHIR base, as an app launched from several EHRs does', async () => {
    const keys = (base: string) => (base.endsWith('/dips/fhir') ? KEY : undefined);
    const { page, sent } = await dipsPage(KEY);
    const session = await ready({ environment: page, subscriptionKey: keys });
    await createSmartSource(session).read('Patient/kari');
    expect(sent.filter(({ url }) => url.startsWith(session.fhirBaseUrl)).map(({ key }) => key)).toContain(KEY);
  });

  it('keeps the key out of every URL, sessionStorage and the console', async () => {
    const log = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    const { launchPage, page, sent } = await dipsPage(KEY);
    const session = await ready({ environment: page, subscriptionKey: KEY });
    await createSmartSource(session).read('Patient/kari');
    const reloaded = await ready({ environment: page, subscriptionKey: KEY });
    await reloaded.fetch('Patient/kari');
    const urls = [...launchPage.navigations, page.url, ...sent.map(({ url }) => url)];
    expect(urls.join(' ')).not.toContain(KEY);
    expect(page.storage.dump()).not.toContain(KEY);
    expect(JSON.stringify(page.history)).not.toContain(KEY);
    for (const spy of log) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('gets the gateway’s refusal without the key, as an unauthorized read', async () => {
    const { page } = await dipsPage(undefined);
    const session = await ready({ environment: page });
    const read = await createSmartSource(session).read('Patient/kari');
    expect(read.failure).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe('redact', () => {
  it.each([
    [`Ocp-Apim-Subscription-Key: ${KEY}`, 'Ocp-Apim-Subscription-Key: [redacted]'],
    [`{"ocp-apim-subscription-key":"${KEY}"}`, '{"ocp-apim-subscription-key":"[redacted]"}'],
    [`GET /fhir/Patient?subscription-key=${KEY}&_id=1`, 'GET /fhir/Patient?subscription-key=[redacted]&_id=1'],
    ['Authorization: DPoP eyJhbGciOi.opaque-access-token-123', 'Authorization: DPoP [redacted]'],
    ['Authorization: DPoP opaque-access-token-1234567890', 'Authorization: DPoP [redacted]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves prose about DPoP proofs alone', () => {
    const text = 'The server refused the DPoP proof (401).';
    expect(redact(text)).toBe(text);
  });
});
