// Every fault the sandbox can inject, through the built app in Chromium: each ends in its SmartError
// code on the error screen (or, where the fault only slows things down, in the loaded patient and
// records), and no token leaks on the way. A search refused for one resource type leaves the views
// with what did load, and a notice naming what did not.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureMessage } from '@samspill/core/data.js';
import { FAULTS } from '@samspill/sandbox';
import type { SmartErrorCode } from '@samspill/smart';
import {
  connectBrowser,
  e2e,
  expectError,
  expectNoTokenLeak,
  expectPatient,
  expectRecords,
  launchLink,
  launchIn,
  VIEWS,
  viewStatus,
  viewText,
  WatchedContext,
  type View,
} from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

// Few records: the launches that load run all three views.
const PATIENT = 'pasient-sofie';

/** What each fault must end in. */
const EXPECTED: Record<string, SmartErrorCode | 'loads' | 'sandbox-error-page'> = {
  auth_invalid_client_id: 'sandbox-error-page',
  auth_invalid_redirect_uri: 'sandbox-error-page',
  auth_invalid_scope: 'authorize-denied',
  auth_invalid_client_secret: 'token-failed',
  token_invalid_token: 'token-failed',
  token_expired_refresh_token: 'refresh-failed',
  token_invalid_scope: 'token-failed',
  request_invalid_token: 'token-expired',
  request_expired_token: 'token-expired',
  latency: 'loads',
  rate_limit: 'loads',
  server_error: 'server-error',
  unavailable: 'server-error',
  malformed_json: 'malformed-response',
  dropped_connection: 'network',
  'forbidden_type:Patient': 'forbidden',
  // The EHR works; where the app shows the national services, national.e2e.test.ts shows their notice.
  national_unavailable: 'loads',
};

it('covers every fault the sandbox offers', () => {
  const offered = Object.keys(FAULTS).map((fault) => fault.replace('<ResourceType>', 'Patient'));
  expect(Object.keys(EXPECTED).sort()).toEqual(offered.sort());
});

describe.concurrent('a launch with the fault', () => {
  it.each(Object.entries(EXPECTED))('%s ends in %s', async (fault, expected) => {
    // Only a session that must refresh before its first request meets an expired refresh token: that
    // sandbox's tokens expire as they are issued (its id_tokens too, within ready()'s clock tolerance).
    const sandbox = fault === 'token_expired_refresh_token' ? e2e.expiringSandbox : e2e.sandbox;
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      if (expected === 'sandbox-error-page') {
        // The client or its redirect URI cannot be trusted: the sandbox never sends the browser back.
        await page.goto(launchLink({ patient: PATIENT, fault, sandbox }));
        await page.getByRole('heading', { name: 'Pålogging feilet' }).waitFor();
        expect(new URL(page.url()).origin).toBe(sandbox);
        expect(watched.tokenResponses).toBe(0);
        expect(watched.tokens.size).toBe(0);
        await expectNoTokenLeak(watched, [page]);
        return;
      }
      await launchIn(page, { patient: PATIENT, fault, sandbox });
      if (expected === 'loads') {
        await expectPatient(page, PATIENT);
        await expectRecords(page, PATIENT);
      } else await expectError(page, expected);
      expect(new URL(page.url()).pathname).toBe('/index.html');
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });
});

/** A type refused with `forbidden_type:`, and the views that search it. */
const REFUSED: [string, View[]][] = [
  ['MedicationStatement', ['sam-medication-list', 'sam-timeline']],
  ['CarePlan', ['sam-care-plan', 'sam-timeline']],
  ['Encounter', ['sam-timeline']],
];

describe.concurrent('a search refused', () => {
  it.each(REFUSED)('for %s leaves what loaded and names what did not in %s', async (type, affected) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { patient: PATIENT, fault: `forbidden_type:${type}` });
      await expectPatient(page, PATIENT);
      const notice = failureMessage({ kind: 'forbidden', message: '', resourceType: type }, 'nb');
      for (const view of VIEWS) {
        const status = await viewStatus(page, view);
        if (affected.includes(view)) {
          // Partial when the view's other searches found something, else an error: the notice either way.
          expect(['partial', 'error'], view).toContain(status);
          expect(await viewText(page, view), view).toContain(notice);
        } else {
          expect(['data', 'empty'], view).toContain(status);
          expect(await viewText(page, view), view).not.toContain(notice);
        }
      }
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });
});
