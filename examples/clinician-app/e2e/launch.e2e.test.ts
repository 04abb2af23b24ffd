// An EHR launch from each sandbox personality, through the built app in Chromium: launch page,
// authorization server, redirect page, patient banner and the three views. A standalone launch with
// the sandbox's patient picker. The tabs. And the launch page's own refusals.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageFor } from '@samspill/smart';
import {
  connectBrowser,
  e2e,
  expectError,
  expectNoTokenLeak,
  expectPatient,
  expectRecords,
  launchIn,
  settledFrame,
  WatchedContext,
} from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

// Patients with few records where that will do: every page in these tests loads all three views.
const PERSONALITIES = [
  ['smart-v2', 'pasient-kjell'],
  ['epic', 'pasient-henrik'],
  ['oracle-health', 'pasient-jonas'],
  ['dips', 'pasient-ragnhild'],
] as const;

/** What the launcher does, by hand: a smart-v2 launch context at the sandbox, and the app's launch URL for it. */
async function launchUrl(context: { patient?: string; needPatientBanner?: boolean }): Promise<string> {
  const created = await fetch(new URL('/launch', e2e.sandbox), {
    method: 'POST',
    body: JSON.stringify({ personality: 'smart-v2', ...context }),
  });
  const { iss, launch } = (await created.json()) as { iss: string; launch: string };
  const start = new URL('/launch.html', e2e.app);
  start.search = new URLSearchParams({ iss, launch }).toString();
  return start.href;
}

describe.concurrent('an EHR launch', () => {
  it.each(PERSONALITIES)('from %s shows %s and their records, and leaks no token', async (personality, patient) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality, patient });
      await expectPatient(page, patient);
      // The banner is the page's header landmark; the views follow in main, the medicines first.
      expect(await page.getByRole('banner').locator('h1').textContent()).toBe(e2e.patients[patient]?.name);
      expect(await page.getByRole('main').getByRole('tab').allTextContents()).toEqual([
        'Legemidler',
        'Dagens doser',
        'Planer',
        'Tidslinje',
      ]);
      expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Legemidler');
      // The EHR's style (session.loadStyle()) as tokens on <html>: its highlight marks the chosen tab.
      const [highlight, marked] = await page.evaluate(() => {
        const token = document.documentElement.style.getPropertyValue('--sam-color-focus');
        const probe = Object.assign(document.createElement('span'), { hidden: true });
        probe.style.color = token;
        document.body.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        const tab = document.querySelector('[role="tab"][aria-selected="true"]');
        return [token && color, tab ? getComputedStyle(tab).borderBottomColor : ''];
      });
      // DIPS documents no style document: the app keeps its own colours there.
      if (personality === 'dips') expect(highlight).toBe('');
      else {
        expect(highlight).toBeTruthy();
        expect(marked).toBe(highlight);
      }
      // Epic grants the resource types of the app's registration, fewer than it asks for: the views
      // show what was shared, with no warning (grants.e2e.test.ts looks closer).
      await expectRecords(page, patient);
      expect(await page.locator('.launch-context').textContent()).toContain(personality);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      expect(watched.tokens.size).toBeGreaterThan(0);
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });

  it('speaks the EHR’s language (lang on the launch URL), not the browser’s, and keeps it on reload', async () => {
    const watched = await WatchedContext.open(browser, 'en-US');
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'epic', patient: 'pasient-henrik', lang: 'nn' });
      await expectPatient(page, 'pasient-henrik');
      expect(await page.locator('html').getAttribute('lang')).toBe('nn');
      expect(await page.getByRole('tab').last().textContent()).toBe('Tidsline');
      await page.reload();
      await settledFrame(page.mainFrame());
      expect(await page.locator('html').getAttribute('lang')).toBe('nn');
      expect(await page.getByRole('tab').last().textContent()).toBe('Tidsline');
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });

  it('with need_patient_banner false leaves the patient to the EHR and shows the records', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await page.goto(await launchUrl({ patient: 'pasient-jonas', needPatientBanner: false }));
      await settledFrame(page.mainFrame());
      expect(await page.locator('.patient-banner').count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pasientoversikt');
      await expectRecords(page, 'pasient-jonas');
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });

  it('without a patient in context says so, and shows no records', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await page.goto(await launchUrl({}));
      await settledFrame(page.mainFrame());
      expect(await page.locator('.patient-banner').count()).toBe(0);
      expect(await page.getByRole('main').getByRole('status').textContent()).toBe(
        'Ingen pasient er valgt. Åpne appen fra en pasient i journalen.',
      );
      expect(await page.locator('sam-fhir-context').count()).toBe(0);
    } finally {
      await watched.close();
    }
  });
});

describe.concurrent('a standalone launch', () => {
  it("opens the sandbox's patient picker and shows the patient picked there", async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      // No `launch`: the app asks for launch/patient, and the user picks in the EHR.
      const start = new URL('/launch.html', e2e.app);
      start.searchParams.set('iss', new URL('/smart-v2/fhir', e2e.sandbox).href);
      await page.goto(start.href);
      await page.getByRole('heading', { name: 'Velg pasient' }).waitFor();
      await page.getByRole('radio', { name: /\(pasient-sofie\)/ }).check();
      await page.getByRole('button', { name: 'Åpne appen' }).click();
      await settledFrame(page.mainFrame());
      await expectPatient(page, 'pasient-sofie');
      await expectRecords(page, 'pasient-sofie');
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  });
});

describe.concurrent('the views', () => {
  // Two page loads with every view: twice the usual time on a busy machine.
  it('are tabs that arrow keys move between, kept in the URL hash across a reload, and never load again', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
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
      await launchIn(page, { patient: 'pasient-jonas' });
      await expectRecords(page, 'pasient-jonas');
      // Four views on one cached source: no search or read goes out twice.
      expect(fhir.filter((interaction, index) => fhir.indexOf(interaction) !== index)).toEqual([]);
      const loaded = fhir.length;

      const selected = page.getByRole('tab', { selected: true });
      await selected.focus();
      await page.keyboard.press('ArrowRight');
      expect(await selected.textContent()).toBe('Dagens doser');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dagens doser');
      expect(new URL(page.url()).hash).toBe('#today');
      expect(await page.getByRole('tabpanel').locator('sam-medication-list[view="day"]').count()).toBe(1);
      await page.keyboard.press('ArrowRight');
      expect(await selected.textContent()).toBe('Planer');
      expect(new URL(page.url()).hash).toBe('#care-plan');
      expect(await page.getByRole('tabpanel').locator('sam-care-plan').count()).toBe(1);
      await page.keyboard.press('End');
      expect(await selected.textContent()).toBe('Tidslinje');
      await page.keyboard.press('ArrowRight');
      expect(await selected.textContent()).toBe('Legemidler');
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('tab', { name: 'Planer' }).click();
      // Every view was loaded at the start: switching asks the server for nothing.
      expect(fhir.length).toBe(loaded);

      await page.reload();
      await settledFrame(page.mainFrame());
      expect(await selected.textContent()).toBe('Planer');
      await expectPatient(page, 'pasient-jonas');
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  }, 60_000);
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
