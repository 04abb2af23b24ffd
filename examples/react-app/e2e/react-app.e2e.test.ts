// The React app launched from the sandbox as the clinician app is, checked with the clinician app's
// own expectations: the same patient banner and the same records for the same fixture patients,
// here through @samspill/react. Then what is the app's own: its tabs, its language, its error screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageFor } from '@samspill/smart';
import {
  connectBrowser,
  e2e,
  expectError,
  expectNoTokenLeak,
  expectPatient,
  expectRecords,
  WatchedContext,
  type LaunchRequest,
} from '../../clinician-app/e2e/app-browser.js';

type Launch = Pick<LaunchRequest, 'patient' | 'personality'>;

/** The sandbox launcher's deep link, launching the React app. */
function launchLink(reactApp: string, { patient, personality }: Launch): string {
  const link = new URL('/launcher', e2e.sandbox);
  link.searchParams.set('app', new URL('/launch.html', reactApp).href);
  if (patient !== undefined) link.searchParams.set('patient', patient);
  if (personality !== undefined) link.searchParams.set('personality', personality);
  return link.href;
}

async function launchIn(page: Page, reactApp: string, request: Launch): Promise<void> {
  await page.goto(launchLink(reactApp, request));
  await page.locator('#main, [data-error-code]').first().waitFor();
}

// As in the clinician app's launch tests.
const PERSONALITIES = [
  ['smart-v2', 'pasient-ragnhild'],
  ['epic', 'pasient-kjell'],
  ['oracle-health', 'pasient-henrik'],
] as const;

describe('the React app', () => {
  const reactApp = e2e.reactApp;
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(() => browser.close());

  /** A fresh watched context for one test, closed after it. */
  async function withPage(test: (page: Page, watched: WatchedContext) => Promise<void>): Promise<void> {
    const watched = await WatchedContext.open(browser);
    try {
      await test(await watched.context.newPage(), watched);
    } finally {
      await watched.close();
    }
  }

  // One after another: each launch renders three full views, and on a two-core machine concurrent
  // launches only slow each other past the timeout.
  describe('launched from the EHR', () => {
    it.each(PERSONALITIES)(
      'from %s shows %s and the same records as the clinician app, and leaks no token',
      (personality, patient) =>
        withPage(async (page, watched) => {
          await launchIn(page, reactApp, { personality, patient });
          await expectPatient(page, patient);
          // Epic grants fewer resource types than the app asks for: the views show what was shared, no warning.
          await expectRecords(page, patient);
          expect(await page.getByRole('banner').locator('h1').textContent()).toBe(e2e.patients[patient]?.name);
          expect(await page.locator('html').getAttribute('lang')).toBe('nb');
          await expectNoTokenLeak(watched, [page]);
        }),
    );

    it('loads each search once for all three views, and switches tabs with the arrow keys', () =>
      withPage(async (page) => {
        // Every FHIR interaction the page asks for, one per entry of a batch (discovery aside: both the
        // launch page and the app page read it).
        const fhir: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin !== e2e.sandbox || !url.pathname.startsWith('/smart-v2/fhir/')) return;
          if (url.pathname.includes('/.well-known/')) return;
          const batch = request.method() === 'POST' ? (request.postDataJSON() as unknown) : undefined;
          const entries = (batch as { entry?: { request?: { method?: string; url?: string } }[] } | undefined)?.entry;
          if (entries) fhir.push(...entries.map((entry) => `${entry.request?.method} ${entry.request?.url}`));
          else fhir.push(`${request.method()} ${url.pathname}${url.search}`);
        });
        await launchIn(page, reactApp, { personality: 'smart-v2', patient: 'pasient-ragnhild' });
        await expectPatient(page, 'pasient-ragnhild');
        await expectRecords(page, 'pasient-ragnhild');
        // One <FhirContext>, one cached source: nothing goes out twice, however often React renders.
        expect(fhir.filter((interaction, index) => fhir.indexOf(interaction) !== index)).toEqual([]);

        const tabs = page.getByRole('tab');
        expect(await tabs.allTextContents()).toEqual(['Legemidler', 'Planer', 'Tidslinje']);
        expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
        await tabs.first().focus();
        await page.keyboard.press('ArrowRight');
        const carePlanTab = page.getByRole('tab', { name: 'Planer' });
        expect(await carePlanTab.getAttribute('aria-selected')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-care-plan');
        expect(await page.locator('#panel-care-plan').isVisible()).toBe(true);
        expect(await page.locator('#panel-medications').isHidden()).toBe(true);
        expect(new URL(page.url()).hash).toBe('#care-plan');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        expect(await page.getByRole('tab', { name: 'Tidslinje' }).getAttribute('aria-selected')).toBe('true');
      }));

    it("speaks the browser's language, the components too", async () => {
      const context = await browser.newContext({ locale: 'en-GB' });
      try {
        const page = await context.newPage();
        await launchIn(page, reactApp, { personality: 'smart-v2', patient: 'pasient-ragnhild' });
        await page.locator('header.patient-banner h1').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await page.getByRole('tab').allTextContents()).toEqual(['Medications', 'Care plans', 'Timeline']);
        expect(await page.locator('sam-fhir-context').getAttribute('lang')).toBe('en');
        await page.locator('sam-medication-list h2').first().waitFor();
        expect(await page.locator('sam-medication-list h2').first().textContent()).toBe('Current medicines');
      } finally {
        await context.close();
      }
    });
  });

  describe.concurrent('the error screen', () => {
    it.each([
      ['opened without a launch', '/launch.html', 'no-launch-params', 'nb'],
      [
        'launched from a server not on the allowlist',
        '/launch.html?iss=http://127.0.0.1:9/fhir&launch=x',
        'iss-not-allowed',
        'nb',
      ],
      ['in nynorsk when ?lang=nn', '/launch.html?lang=nn', 'no-launch-params', 'nn'],
      ['on index.html opened without a launch', '/index.html?lang=en', 'no-launch-params', 'en'],
    ] as const)('%s says so', (_, path, code, locale) =>
      withPage(async (page, watched) => {
        await page.goto(new URL(path, reactApp).href);
        await page.locator('[data-error-code]').waitFor();
        await expectError(page, code);
        expect(await page.locator('[data-error-code] .message').textContent()).toBe(messageFor(code, locale));
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(watched.tokenResponses).toBe(0);
      }),
    );
  });
});
