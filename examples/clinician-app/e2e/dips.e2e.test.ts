// The app launched from DIPS Arena (the sandbox's dips personality): the role chosen at login reaches the
// app, the gateway's subscription key goes with every FHIR request to DIPS and nowhere else, never in a
// URL, and the views show the patient's records as on every other EHR.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectBrowser,
  e2e,
  expectNoTokenLeak,
  expectPatient,
  expectRecords,
  launchIn,
  WatchedContext,
} from './app-browser.js';

const KEY_HEADER = 'ocp-apim-subscription-key';
const KEY = 'samspill-dips-subscription-key';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

describe.concurrent('a launch from DIPS Arena', () => {
  it('carries the role chosen at login and the gateway key, and shows the records', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      const requests: { url: string; key: string | undefined }[] = [];
      page.on('request', (request) => {
        requests.push({ url: request.url(), key: request.headers()[KEY_HEADER] });
      });
      await launchIn(page, { personality: 'dips', patient: 'pasient-ragnhild', role: 'sunniva-hjerte' });
      await expectPatient(page, 'pasient-ragnhild');
      await expectRecords(page, 'pasient-ragnhild');

      await page.getByText('Oppstartskontekst').click();
      const details = (await page.locator('.launch-context').textContent()) ?? '';
      expect(details).toContain('dips');
      expect(details).toContain('Hjerteavdelingen, St. Sunnivas hospital HF');

      // Every data request to DIPS's FHIR base carries the key; discovery needs none, and nothing else gets it.
      const base = `${e2e.sandbox}/dips/fhir`;
      const data = requests.filter(
        // Batches go to the base itself.
        ({ url }) =>
          (url === base || url.startsWith(`${base}/`)) && !url.includes('/.well-known/') && !url.endsWith('/metadata'),
      );
      expect(data.length).toBeGreaterThan(0);
      expect(data.filter(({ key }) => key !== KEY).map(({ url }) => url)).toEqual([]);
      expect(
        requests.filter(({ url, key }) => key !== undefined && !url.startsWith(base)).map(({ url }) => url),
      ).toEqual([]);
      expect(requests.filter(({ url }) => url.includes(KEY))).toEqual([]);
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });
});
