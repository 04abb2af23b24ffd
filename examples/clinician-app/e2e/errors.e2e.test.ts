// Error screens are not dead ends: where a second try may mend the failure (the EHR's FHIR server busy
// or out of reach) the screen offers "Prøv igjen", and trying again after the server is back shows the
// patient without a new launch; where it cannot (a spent launch), the sentence says to start again from
// the EHR and no button promises otherwise. In bokmål, nynorsk and English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, e2e, expectError, expectRecords, launchIn, WatchedContext } from './app-browser.js';

const PATIENT = 'pasient-kjell';
// The FHIR API of the smart-v2 personality, not its discovery documents (the launch needs those).
const FHIR_API = /\/smart-v2\/fhir(?:\/(?!metadata|\.well-known)|\/?$)/;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

describe.concurrent('the clinician app’s error screens', () => {
  it.each([
    ['nb', 'Prøv igjen'],
    ['nn', 'Prøv igjen'],
    ['en', 'Try again'],
  ] as const)(
    'offer a retry when the FHIR server is down, and recover without a new launch (%s)',
    async (lang, words) => {
      const watched = await WatchedContext.open(browser);
      try {
        let down = true;
        await watched.context.route(FHIR_API, (route) =>
          down
            ? route.fulfill({
                status: 500,
                contentType: 'application/fhir+json',
                body: '{"resourceType":"OperationOutcome"}',
              })
            : route.fallback(),
        );
        const page = await watched.context.newPage();
        await launchIn(page, { patient: PATIENT, personality: 'smart-v2', lang });
        await expectError(page, 'server-error');
        const retry = page.getByRole('button', { name: words });
        expect(await retry.count()).toBe(1);

        down = false;
        const launchesBefore = watched.tokenResponses;
        await retry.click();
        await expectRecords(page, PATIENT);
        // The session survived the reload: no second code exchange.
        expect(watched.tokenResponses).toBe(launchesBefore);
      } finally {
        await watched.close();
      }
    },
    60_000,
  );

  it('offers no retry where only a new launch helps, and says so', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await page.goto(new URL('/index.html?code=stolen&state=forged', e2e.app).href);
      await page.locator('[data-error-code]').waitFor();
      await expectError(page, 'state-mismatch');
      expect(await page.locator('[data-error-code] .message').textContent()).toContain('Start appen på nytt');
      expect(await page.getByRole('button').count()).toBe(0);
    } finally {
      await watched.close();
    }
  });
});
