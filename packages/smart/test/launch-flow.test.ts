// launch() and ready() end to end in Node against the sandbox, one personality at a time.
import type { FhirResource, Patient } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type LaunchOptions as SandboxLaunch, type Sandbox } from '@samspill/sandbox';
import { createSmartSource, launch, ready, type SmartSession } from '../src/index.js';
import { fakePage, type FakePage } from './fake-page.js';

const APP = 'http://localhost:5173/';
const DATA: FhirResource[] = [
  { resourceType: 'Patient', id: 'kari', name: [{ given: ['Kari'], family: 'Nordmann' }] },
  { resourceType: 'Practitioner', id: 'lege-1', name: [{ given: ['Lise'], family: 'Lege' }] },
];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: DATA,
  });
});
afterAll(() => sandbox.close());

function allowlist(): string[] {
  return PERSONALITY_NAMES.map((name) => sandbox.url + sandbox.personalities[name].paths.fhir);
}

/** The EHR opens launch.html; the authorization server answers; the app lands on index.html. */
async function launchFlow(options: SandboxLaunch): Promise<{ session: SmartSession; page: FakePage }> {
  const created = sandbox.createLaunch(options);
  const launchPage = fakePage(`${APP}launch.html?iss=${encodeURIComponent(created.iss)}&launch=${created.launch}`);
  await launch({
    clientId: 'samspill-dev',
    redirectUri: 'index.html',
    issAllowlist: allowlist(),
    environment: launchPage,
  });
  const [authorizeUrl] = launchPage.navigations;
  const answer = await fetch(authorizeUrl ?? '', { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (location === null) throw new Error(`authorize answered ${answer.status}`);
  const page = fakePage(location, launchPage.storage);
  return { session: await ready({ environment: page }), page };
}

describe.each(PERSONALITY_NAMES)('an EHR launch on %s', (personality) => {
  it('reaches ready() with the patient in context and reads the patient', async () => {
    const { session, page } = await launchFlow({ personality, patient: 'kari', practitioner: 'lege-1' });
    expect(session.vendor).toBe(personality);
    expect(session.context.patient).toBe('kari');
    expect(session.context.fhirUser?.resourceType).toBe('Practitioner');
    const read = await createSmartSource(session).read<Patient>('Patient/kari');
    expect(read.resource?.name?.[0]?.family).toBe('Nordmann');
    expect(page.url).toBe(`${APP}index.html`);
    const token = (session as unknown as { context: unknown }).context;
    expect(JSON.stringify(token)).not.toMatch(/eyJ/);
  });
});
