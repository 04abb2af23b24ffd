// An EHR launch from each sandbox personality, through the built app in Chromium: launch page,
// authorization server, redirect page, patient banner. And the launch page's own refusals.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageFor } from '@samspill/smart';
import {
  connectBrowser,
  e2e,
  expectError,
  expectNoTokenLeak,
  expectPatient,
  launchIn,
  WatchedContext,
} from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

const PERSONALITIES = [
  ['smart-v2', 'pasient-ragnhild'],
  ['epic', 'pasient-kjell'],
  ['oracle-health', 'pasient-jonas'],
] as const;

describe.concurrent('an EHR launch', () => {
  it.each(PERSONALITIES)('from %s shows %s in the patient banner, and leaks no token', async (personality, patient) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality, patient });
      await expectPatient(page, patient);
      // The banner is the page's header landmark; the launch context follows in main.
      expect(await page.getByRole('banner').locator('h1').textContent()).toBe(e2e.patients[patient]?.name);
      expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBe(1);
      expect(await page.locator('.launch-context').textContent()).toContain(personality);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      expect(watched.tokens.size).toBeGreaterThan(0);
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });

  it('applies the EHR style as design tokens', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'smart-v2', patient: 'pasient-sofie' });
      await expectPatient(page, 'pasient-sofie');
      const tokens = await page.evaluate(() => document.documentElement.style.cssText);
      expect(tokens).toMatch(/--sam-color-/);
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });
});

describe.concurrent('the launch page', () => {
  it.each([
    ['opened without a launch', '/launch.html', 'no-launch-params', 'nb'],
    [
      'launched from a server not on the allowlist',
      '/launch.html?iss=http://127.0.0.1:9/fhir&launch=x',
      'iss-not-allowed',
      'nb',
    ],
    ['in English when ?lang=en', '/launch.html?lang=en', 'no-launch-params', 'en'],
    ['in nynorsk when ?lang=nn', '/launch.html?lang=nn', 'no-launch-params', 'nn'],
  ] as const)('%s says so', async (_, path, code, locale) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await page.goto(new URL(path, e2e.app).href);
      await page.locator('[data-error-code]').waitFor();
      await expectError(page, code);
      expect(await page.locator('[data-error-code] .message').textContent()).toBe(messageFor(code, locale));
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(watched.tokenResponses).toBe(0);
    } finally {
      await watched.close();
    }
  });

  it('opened again after the launch (no code, no session) reports no-launch-params on index.html', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await page.goto(new URL('/index.html', e2e.app).href);
      await page.locator('[data-error-code]').waitFor();
      await expectError(page, 'no-launch-params');
    } finally {
      await watched.close();
    }
  });
});
