// launch() and ready() against a running sandbox, as the browser would drive them: the EHR opens
// launch.html, the authorization server answers, ready() runs on index.html. Shared by the launch
// flow tests and the security tests.
import type { LaunchOptions as SandboxLaunch, Sandbox } from '@samspill/sandbox';
import { DEFAULT_SUBSCRIPTION_KEY, PERSONALITY_NAMES } from '@samspill/sandbox';
import { SmartError, launch, ready, type LaunchOptions, type SmartSession } from '../src/index.js';
import { FakeStorage, fakePage, type FakePage } from './fake-page.js';

export const APP = 'http://localhost:5173/';

/** The app's gateway key on DIPS, where the sandbox's FHIR API wants one; no key elsewhere. */
export function subscriptionKeyFor(context: SandboxLaunch): { subscriptionKey?: string } {
  return context.personality === 'dips' ? { subscriptionKey: DEFAULT_SUBSCRIPTION_KEY } : {};
}

/** The helpers for the sandbox that `sandbox()` returns (started in a `beforeAll`). */
export function sandboxLaunch(sandbox: () => Sandbox) {
  function allowlist(): string[] {
    return PERSONALITY_NAMES.map((name) => sandbox().url + sandbox().personalities[name].paths.fhir);
  }

  function appOptions(page: FakePage, options: Partial<LaunchOptions> = {}): LaunchOptions {
    return {
      clientId: 'samspill-dev',
      redirectUri: 'index.html',
      issAllowlist: allowlist(),
      environment: page,
      ...options,
    };
  }

  /** The EHR opens launch.html: the page launch() leaves for the authorization server. */
  async function startLaunch(
    context: SandboxLaunch,
    storage = new FakeStorage(),
    options: Partial<LaunchOptions> = {},
  ): Promise<FakePage> {
    const created = sandbox().createLaunch(context);
    const page = fakePage(`${APP}launch.html?iss=${encodeURIComponent(created.iss)}&launch=${created.launch}`, storage);
    await launch(appOptions(page, { ...subscriptionKeyFor(context), ...options }));
    return page;
  }

  /** The authorization server's answer: the redirect back to the app. */
  async function authorizationAnswer(launchPage: FakePage): Promise<string> {
    const answer = await fetch(launchPage.navigations[0] ?? '', { redirect: 'manual' });
    const location = answer.headers.get('location');
    if (location === null) throw new Error(`authorize answered ${String(answer.status)}`);
    return location;
  }

  /** A whole launch: launch.html, the authorization server, ready() on index.html. */
  async function launchFlow(
    context: SandboxLaunch,
    storage = new FakeStorage(),
    clock: () => number = Date.now,
  ): Promise<{ session: SmartSession; page: FakePage }> {
    const launchPage = await startLaunch(context, storage);
    const page = fakePage(await authorizationAnswer(launchPage), storage, clock);
    return { session: await ready({ environment: page, ...subscriptionKeyFor(context) }), page };
  }

  return { allowlist, appOptions, startLaunch, authorizationAnswer, launchFlow };
}

/** The SmartError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<SmartError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof SmartError)) throw new Error(`expected a SmartError, got ${String(error)}`);
  return error;
}
