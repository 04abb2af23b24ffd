// An authorization code belongs to the launch that asked for it. PKCE binds it where the server checks
// the verifier; where the server does not (Oracle Health), the OIDC nonce in the id_token does. An
// attacker's code swapped into a victim's redirect must never show the attacker's patient.
import './shipped-fhirclient.js';
import type { FhirResource } from 'fhir/r4.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PERSONALITY_NAMES, startSandbox, type Sandbox } from '@samspill/sandbox';
import { ready } from '../src/index.js';
import { FakeStorage, fakePage } from './fake-page.js';
import { rejection, sandboxLaunch } from './sandbox-launch.js';

const DATA: FhirResource[] = [
  { resourceType: 'Patient', id: 'kari', name: [{ family: 'Nordmann', given: ['Kari'] }] },
  { resourceType: 'Patient', id: 'ola', name: [{ family: 'Hansen', given: ['Ola'] }] },
  { resourceType: 'Practitioner', id: 'lege-1', name: [{ family: 'Lege', given: ['Lise'] }] },
];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ data: DATA });
});
afterAll(() => sandbox.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const { startLaunch, authorizationAnswer, launchFlow } = sandboxLaunch(() => sandbox);

/** The victim's redirect with the attacker's code in it: the attacker launched for `ola`, the victim for `kari`. */
async function victimRedirectWithAttackersCode(personality: (typeof PERSONALITY_NAMES)[number]) {
  const attacker = new URL(await authorizationAnswer(await startLaunch({ personality, patient: 'ola' })));
  const storage = new FakeStorage();
  const victim = new URL(await authorizationAnswer(await startLaunch({ personality, patient: 'kari' }, storage)));
  victim.searchParams.set('code', attacker.searchParams.get('code') ?? '');
  return fakePage(victim.href, storage);
}

/** The token endpoint's answers, changed by `edit` on their way to the app. */
function editTokenResponses(edit: (body: Record<string, unknown>) => Record<string, unknown>): void {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/token') || !response.ok) return response;
    const body = edit((await response.json()) as Record<string, unknown>);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

describe.each(PERSONALITY_NAMES)('on %s', (personality) => {
  it('sends PKCE S256 and an OpenID nonce with every authorization request', async () => {
    const page = await startLaunch({ personality, patient: 'kari' });
    const params = new URL(page.navigations[0] ?? '').searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('scope')?.split(' ')).toContain('openid');
  });

  it('refuses an attacker’s code swapped into the victim’s redirect, and keeps no session', async () => {
    const page = await victimRedirectWithAttackersCode(personality);
    const error = await rejection(ready({ environment: page }));
    expect(error.code).toBe('token-failed');
    expect(page.storage.dump()).not.toContain('samspill-smart:session:');
  });

  it('refuses an id_token that carries another launch’s nonce', async () => {
    let foreignIdToken = '';
    editTokenResponses((body) => {
      foreignIdToken = String(body.id_token);
      return body;
    });
    await launchFlow({ personality, patient: 'ola' });
    vi.restoreAllMocks();
    editTokenResponses((body) => ({ ...body, id_token: foreignIdToken }));
    const storage = new FakeStorage();
    const answer = await authorizationAnswer(await startLaunch({ personality, patient: 'kari' }, storage));
    expect((await rejection(ready({ environment: fakePage(answer, storage) }))).code).toBe('token-failed');
  });
});

describe('a launch’s state', () => {
  it('completes only at the redirect URI its launch asked for, not in another app on the origin', async () => {
    const storage = new FakeStorage();
    const answer = new URL(
      await authorizationAnswer(await startLaunch({ personality: 'epic', patient: 'kari' }, storage)),
    );
    const otherApp = new URL(`/other-app/index.html${answer.search}`, answer);
    const page = fakePage(otherApp.href, storage);
    expect((await rejection(ready({ environment: page }))).code).toBe('state-mismatch');
    expect(storage.dump()).not.toContain('samspill-smart:session:');
  });

  it('completes at its page as a static host serves it (index.html as /, .html left out)', async () => {
    for (const [redirectUri, served] of [
      ['index.html', '/'],
      ['callback.html', '/callback'],
    ] as const) {
      const storage = new FakeStorage();
      const launchPage = await startLaunch({ personality: 'epic', patient: 'kari' }, storage, { redirectUri });
      const answer = new URL(await authorizationAnswer(launchPage));
      const session = await ready({ environment: fakePage(new URL(served + answer.search, answer).href, storage) });
      expect(session.context.patient).toBe('kari');
    }
  });
});

describe('where the server does not check PKCE (Oracle Health)', () => {
  it('refuses a token response without an id_token', async () => {
    editTokenResponses((body) => {
      delete body.id_token;
      return body;
    });
    const storage = new FakeStorage();
    const answer = await authorizationAnswer(
      await startLaunch({ personality: 'oracle-health', patient: 'kari' }, storage),
    );
    const page = fakePage(answer, storage);
    expect((await rejection(ready({ environment: page }))).code).toBe('token-failed');
    expect(storage.dump()).not.toContain('samspill-smart:session:');
  });

  it('asks for openid even when the app’s own scope leaves it out', async () => {
    const page = await startLaunch({ personality: 'oracle-health', patient: 'kari' }, new FakeStorage(), {
      scope: 'launch patient/Patient.read',
    });
    expect(new URL(page.navigations[0] ?? '').searchParams.get('scope')?.split(' ')).toContain('openid');
  });

  it('does not leave for the authorization server when discovery gives no way to verify the id_token', async () => {
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith('/.well-known/smart-configuration')) return response;
      const config = (await response.json()) as Record<string, unknown>;
      delete config.jwks_uri;
      return new Response(JSON.stringify(config), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const error = await rejection(startLaunch({ personality: 'oracle-health', patient: 'kari' }));
    expect(error.code).toBe('discovery-failed');
  });

  it('still completes an honest launch, with the verified practitioner', async () => {
    const { session } = await launchFlow({ personality: 'oracle-health', patient: 'kari', practitioner: 'lege-1' });
    expect(session.context.patient).toBe('kari');
    expect(session.context.fhirUser).toMatchObject({ resourceType: 'Practitioner', id: 'lege-1' });
  });
});
