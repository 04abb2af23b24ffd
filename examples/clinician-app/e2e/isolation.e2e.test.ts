// Two launches side by side never mix: two tabs of one browser, and two frames of one page, which
// share one sessionStorage. Each keeps its own patient and records, also after a reload.
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectBrowser,
  e2e,
  expectNoTokenLeak,
  expectPatient,
  expectRecords,
  launchIn,
  launchLink,
  settledFrame,
  WatchedContext,
} from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

describe.concurrent('separate launches', () => {
  it('in two tabs keep their own patients, also after a reload of each', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const [first, second] = await Promise.all([watched.context.newPage(), watched.context.newPage()]);
      await Promise.all([
        launchIn(first, { patient: 'pasient-jonas' }),
        launchIn(second, { patient: 'pasient-kjell' }),
      ]);
      await expectPatient(first, 'pasient-jonas');
      await expectPatient(second, 'pasient-kjell');
      await expectRecords(first, 'pasient-jonas');
      await expectRecords(second, 'pasient-kjell');
      for (const [page, patient] of [
        [first, 'pasient-jonas'],
        [second, 'pasient-kjell'],
      ] as const) {
        await page.reload();
        await page.locator('.launch-context, [data-error-code]').first().waitFor();
        await expectPatient(page, patient);
      }
      await expectNoTokenLeak(watched, [first, second]);
    } finally {
      await watched.close();
    }
  });

  it('in two frames of one page (one sessionStorage) keep their own patients, also after a reload of each', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      // An EHR-like page on the app's origin (global-setup.ts), so both frames share its sessionStorage.
      const host = new URL('/frames.html', e2e.app);
      host.searchParams.set('first', launchLink({ patient: 'pasient-sofie' }));
      host.searchParams.set('second', launchLink({ patient: 'pasient-kjell' }));
      await page.goto(host.href);
      const frame = (name: string): Frame => {
        const found = page.frame({ name });
        if (!found) throw new Error(`No frame ${name}`);
        return found;
      };
      await Promise.all([settledFrame(frame('first')), settledFrame(frame('second'))]);
      await expectPatient(frame('first'), 'pasient-sofie');
      await expectPatient(frame('second'), 'pasient-kjell');
      await expectRecords(frame('first'), 'pasient-sofie');
      await expectRecords(frame('second'), 'pasient-kjell');
      // The two sessions really share one sessionStorage.
      const keys = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes(':session:')));
      expect(keys).toHaveLength(2);

      for (const [name, patient] of [
        ['first', 'pasient-sofie'],
        ['second', 'pasient-kjell'],
      ] as const) {
        // Marks the document being left, so only the reloaded one can satisfy the wait.
        await frame(name).evaluate(() => {
          document.documentElement.dataset.stale = '';
          location.reload();
        });
        await frame(name).locator('html:not([data-stale]) .launch-context').waitFor();
        await expectPatient(frame(name), patient);
      }
      await expectNoTokenLeak(watched, [page, frame('first'), frame('second')]);
    } finally {
      await watched.close();
    }
  });
});
