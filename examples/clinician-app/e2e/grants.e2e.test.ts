// An EHR that grants fewer resource types than the app asks for: Epic, whose registration decides
// the scopes, and Oracle Health and SMART v2 servers where the app is registered without goals.
// The views show what was shared, warn about nothing, offer no retry, and say in neutral words what
// is not shared where its absence would mislead — never that there is none.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notSharedMessage } from '@samspill/core/data.js';
import { EPIC_REGISTERED_SCOPES } from '@samspill/sandbox';
import { TIMELINE_TYPES } from '@samspill/timeline';
import {
  connectBrowser,
  e2e,
  expectNoTokenLeak,
  launchIn,
  VIEWS,
  viewNotices,
  viewStatus,
  viewText,
  WatchedContext,
} from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

const GOALS_NOT_SHARED = notSharedMessage(['Goal'], 'nb');

/** Every view loaded with no warning, no error and no retry; the care plan says goals are not shared. */
async function expectQuietViews(page: Page): Promise<void> {
  for (const view of VIEWS) {
    expect(['data', 'empty'], view).toContain(await viewStatus(page, view));
    expect(await viewNotices(page, view), view).toEqual([]);
    const text = await viewText(page, view);
    expect(text, view).not.toContain('Prøv igjen');
    expect(text, view).not.toContain('ikke tilgjengelig');
  }
  const plans = await viewText(page, 'sam-care-plan');
  expect(plans).toContain(GOALS_NOT_SHARED);
  expect(plans).not.toContain('Planen har ingen mål');
}

describe.concurrent('fewer types granted than asked for', () => {
  it('on Epic, with the launcher’s default patient: no warning anywhere, goals not shared', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'epic' });
      await page.locator('header.patient-banner h1').waitFor();
      await expectQuietViews(page);
      // The timeline names every type it would show that Epic's registration does not share.
      const registered = new Set(EPIC_REGISTERED_SCOPES.map((scope) => scope.replace(/^user\/|\.read$/gi, '')));
      const withheld = TIMELINE_TYPES.filter((type) => !registered.has(type));
      expect(withheld).toContain('Appointment');
      expect(await viewText(page, 'sam-timeline')).toContain(notSharedMessage(withheld, 'nb'));
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });

  it.each(['oracle-health', 'smart-v2'] as const)(
    'on %s with a registration without goals: no warning anywhere, goals not shared',
    async (personality) => {
      const watched = await WatchedContext.open(browser);
      try {
        const page = await watched.context.newPage();
        await launchIn(page, { personality, sandbox: e2e.restrictedSandbox });
        await page.locator('header.patient-banner h1').waitFor();
        await expectQuietViews(page);
        // Everything else was granted: the medicines and the timeline say nothing is missing.
        expect(await viewText(page, 'sam-medication-list')).not.toContain('ikke delt');
        expect(await viewText(page, 'sam-timeline')).not.toContain('ikke delt');
        await expectNoTokenLeak(watched, [page]);
      } finally {
        await watched.close();
      }
    },
  );
});
