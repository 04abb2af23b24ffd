// The shared Chromium, a browser context that watches what tokens the sandbox issues, and the checks
// every launch ends with.
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const e2e = inject('clinicianApp');

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(e2e.wsEndpoint);
}

export interface LaunchRequest {
  readonly patient?: string;
  readonly personality?: 'smart-v2' | 'epic' | 'oracle-health' | 'dips';
  /** The role the user works in at login (dips only; see the sandbox's DIPS_ROLES). */
  readonly role?: string;
  readonly fault?: string;
  /** The sandbox to launch from; default the ordinary one. */
  readonly sandbox?: string;
  readonly lang?: string;
}

/** The sandbox launcher's deep link, which performs the EHR launch of the app. */
export function launchLink({ patient, personality, role, fault, sandbox = e2e.sandbox, lang }: LaunchRequest): string {
  const app = new URL('/launch.html', e2e.app);
  if (lang !== undefined) app.searchParams.set('lang', lang);
  const link = new URL('/launcher', sandbox);
  link.searchParams.set('app', app.href);
  if (patient !== undefined) link.searchParams.set('patient', patient);
  if (personality !== undefined) link.searchParams.set('personality', personality);
  if (role !== undefined) link.searchParams.set('role', role);
  if (fault !== undefined) link.searchParams.set('fault', fault);
  return link.href;
}

/** A browser context (nb-NO by default) that records every token the sandbox hands out and every console message. */
export class WatchedContext {
  readonly tokens = new Set<string>();
  readonly consoleMessages: string[] = [];
  tokenResponses = 0;
  readonly #reading: Promise<unknown>[] = [];

  private constructor(readonly context: BrowserContext) {
    context.on('console', (message) => this.consoleMessages.push(message.text()));
    context.on('response', (response) => {
      const request = response.request();
      if (request.method() !== 'POST' || !new URL(response.url()).pathname.endsWith('/token')) return;
      this.tokenResponses++;
      this.#reading.push(
        response
          .json()
          .then((body: unknown) => {
            const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
            for (const name of ['access_token', 'refresh_token', 'id_token']) {
              const value = fields[name];
              if (typeof value === 'string' && value !== '') this.tokens.add(value);
            }
          })
          .catch(() => undefined),
      );
    });
  }

  /** `locale` is the browser's language, nb-NO unless a test says otherwise. */
  static async open(browser: Browser, locale = 'nb-NO'): Promise<WatchedContext> {
    return new WatchedContext(await browser.newContext({ locale }));
  }

  /** The token responses seen so far, read to the end. */
  async settled(): Promise<void> {
    await Promise.all(this.#reading);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

const SETTLED = '.launch-context, [data-error-code]';

/** Opens the EHR launch in `page` and waits until the app shows its patient, context or error. */
export async function launchIn(page: Page, request: LaunchRequest): Promise<void> {
  await page.goto(launchLink(request));
  await page.locator(SETTLED).first().waitFor();
}

/** Waits until a frame of the app has settled (after a launch or a reload). */
export async function settledFrame(frame: Frame): Promise<void> {
  await frame.locator(SETTLED).first().waitFor();
}

/** The patient banner: name, masked fødselsnummer and age. */
export async function expectPatient(target: Page | Frame, patientId: string): Promise<void> {
  const expected = e2e.patients[patientId];
  if (!expected) throw new Error(`No expected data for ${patientId}`);
  const banner = target.locator('header.patient-banner');
  await banner.locator('h1').waitFor();
  expect(await banner.locator('h1').textContent()).toBe(expected.name);
  const text = (await banner.textContent()) ?? '';
  expect(expected.maskedId).toMatch(/^\d{6} \*{5}$/);
  expect(text).toContain(expected.maskedId);
  expect(text).toMatch(/\d+ år/);
  expect(await target.locator('body').textContent()).not.toContain(expected.fullId.slice(6));
}

/** The app's three views, by tag; a `View` may also be the allergies above the medicines. */
export const VIEWS = ['sam-medication-list', 'sam-care-plan', 'sam-timeline'] as const;
export type View = (typeof VIEWS)[number] | 'sam-allergies';

/**
 * Waits until a view has loaded and returns its status (`data`, `empty`, `partial`, `error`), read
 * from the state wrapper every component renders in its own shadow root (not that of an element
 * inside it), whichever tab shows.
 */
export async function viewStatus(target: Page | Frame, view: View): Promise<string> {
  const settled = await target.waitForFunction(
    (tag) => {
      const status = document.querySelector(tag)?.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');
      return status && status !== 'loading' && status !== 'idle' ? status : false;
    },
    view,
    { polling: 100 },
  );
  return String(await settled.jsonValue());
}

/** A view's text, through its shadow root and those of the elements inside it, whitespace collapsed. */
export async function viewText(target: Page | Frame, view: View): Promise<string> {
  const text = await target
    .locator(view)
    .first()
    .evaluate((host) => {
      const collect = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (node instanceof HTMLStyleElement) return '';
        const shadow = node instanceof Element && node.shadowRoot ? collect(node.shadowRoot) : '';
        return shadow + Array.from(node.childNodes, collect).join(' ');
      };
      return collect(host);
    });
  return collapse(text);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The three views show the patient's records: a current medicine, the plan the care plan opens with
 * (or that there is none) and one of the newest events in the timeline, with nothing missing.
 */
export async function expectRecords(target: Page | Frame, patientId: string): Promise<void> {
  const expected = e2e.patients[patientId];
  if (!expected) throw new Error(`No expected data for ${patientId}`);
  const { medication, carePlan, recentEvents } = expected;
  if (medication === undefined) throw new Error(`${patientId} has no current medicine to look for`);

  expect(await viewStatus(target, 'sam-medication-list')).toBe('data');
  expect(await viewText(target, 'sam-medication-list')).toContain(collapse(medication));

  if (carePlan === undefined) expect(await viewStatus(target, 'sam-care-plan')).toBe('empty');
  else {
    expect(await viewStatus(target, 'sam-care-plan')).toBe('data');
    expect(await viewText(target, 'sam-care-plan')).toContain(collapse(carePlan));
  }

  expect(await viewStatus(target, 'sam-timeline')).toBe('data');
  const timeline = await viewText(target, 'sam-timeline');
  expect(
    recentEvents.some((title) => timeline.includes(collapse(title))),
    `one of ${recentEvents.join(' | ')}`,
  ).toBe(true);
}

/** The variants of every notice a view shows (`warning`, `error`, `info`), through its shadow root. */
export function viewNotices(target: Page | Frame, view: View): Promise<string[]> {
  return target
    .locator(view)
    .first()
    .evaluate((host) =>
      Array.from(
        host.shadowRoot?.querySelectorAll('sam-notice') ?? [],
        (notice) => notice.getAttribute('variant') ?? '',
      ),
    );
}

/** The error screen with its code, and a sentence for the user. */
export async function expectError(target: Page | Frame, code: string): Promise<void> {
  const region = target.locator('[data-error-code]');
  expect(await region.getAttribute('data-error-code')).toBe(code);
  expect(await region.getAttribute('role')).toBe('alert');
  const message = (await region.locator('.message').textContent()) ?? '';
  expect(message.length).toBeGreaterThan(20);
  expect(await region.locator('code').textContent()).toBe(code);
}

// A JWT (an id_token; the sandbox's access tokens may be JWTs too).
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}/;

/**
 * No token in the address bar, localStorage or any console message of `watched`, looking for the
 * actual values the token endpoint issued and for anything token-shaped; no code or state left in
 * the address bar of the app.
 */
export async function expectNoTokenLeak(watched: WatchedContext, targets: readonly (Page | Frame)[]): Promise<void> {
  await watched.settled();
  const places: [string, string][] = [['console', watched.consoleMessages.join('\n')]];
  for (const target of targets) {
    const href = target.url();
    places.push([`address ${href}`, href]);
    places.push([
      `localStorage of ${href}`,
      await target.evaluate(() =>
        JSON.stringify(
          Array.from({ length: localStorage.length }, (_, index) => {
            const key = localStorage.key(index) ?? '';
            return [key, localStorage.getItem(key)];
          }),
        ),
      ),
    ]);
    const address = new URL(href);
    if (address.origin === new URL(e2e.app).origin) {
      expect(address.searchParams.has('code'), href).toBe(false);
      expect(address.searchParams.has('state'), href).toBe(false);
    }
  }
  for (const [where, text] of places) {
    for (const token of watched.tokens) expect(text.includes(token), `a token in ${where}`).toBe(false);
    expect(text, where).not.toMatch(JWT);
    expect(text, where).not.toContain('access_token');
  }
}
