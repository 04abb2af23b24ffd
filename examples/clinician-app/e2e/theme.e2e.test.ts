// The app's colours inside the EHR: the theme its style document's background calls for, or the
// system's colour scheme without one; in each, at an EHR side pane's width and a desktop's, every view
// passes axe (WCAG 2.1 AA, colour contrast included, through the components' shadow roots), in bokmål,
// nynorsk and English; each run's first screen is saved under test-results/clinician-app/.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@samspill/core/data.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, expectRecords, launchIn } from './app-browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PATIENT = 'pasient-kjell';
const DARK_EHR = {
  color_background: '#1E1F22',
  color_text: '#E6E6E6',
  color_highlight: '#7FB2FF',
  color_error: '#FF8A8A',
  color_success: '#7BD88F',
};

// What a careless or hostile EHR might send: a dark background with no text colour, invisible text,
// unreadably small type and CSS smuggled into a colour.
const HOSTILE_EHR = {
  color_background: '#111111',
  color_text: 'transparent',
  color_highlight: 'red;}body{display:none',
  dim_font_size: '2px',
};

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

type Style = 'sandbox' | 'dark' | 'hostile' | 'none';

// The sizes an EHR gives an embedded app: a side pane (or a phone) and a desktop.
const HEIGHTS: Readonly<Record<number, number>> = { 390: 844, 1280: 800 };
// Where each run's first screen goes, for a person to look at (not committed).
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/clinician-app/', import.meta.url));

async function openApp(
  colorScheme: 'light' | 'dark',
  style: Style,
  width = 1280,
  lang?: Locale,
): Promise<{ context: BrowserContext; page: Page }> {
  const viewport = { width, height: HEIGHTS[width] ?? 844 };
  const context = await browser.newContext({ locale: 'nb-NO', colorScheme, viewport });
  if (style !== 'sandbox') {
    await context.route('**/smart-style.json', (route) =>
      style === 'none'
        ? route.fulfill({ status: 404 })
        : route.fulfill({ json: style === 'dark' ? DARK_EHR : HOSTILE_EHR }),
    );
  }
  const page = await context.newPage();
  await launchIn(page, { patient: PATIENT, personality: 'smart-v2', ...(lang ? { lang } : {}) });
  await expectRecords(page, PATIENT);
  return { context, page };
}

/** The theme the page pinned, and whether its background and the medication list's text read as dark. */
function colours(page: Page) {
  return page.evaluate(() => {
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const list = document.querySelector('sam-medication-list');
    const heading = list?.shadowRoot?.querySelector('h2, h3');
    return {
      theme: document.documentElement.dataset.samTheme,
      darkPage: luminance(getComputedStyle(document.documentElement).backgroundColor) < 0.5,
      lightText: heading ? luminance(getComputedStyle(heading).color) > 0.5 : undefined,
    };
  });
}

// Each tab's first datum: a current medicine, today's first dose, the chosen plan, the newest event (or
// the words that say there is none).
const FIRST_DATUM: Readonly<Record<string, readonly [string, string]>> = {
  medications: ['sam-medication-list:not([view="day"])', '.current .name'],
  today: ['sam-medication-list[view="day"]', '.dose-name, .sam-empty'],
  'care-plan': ['sam-care-plan', '.plan-heading, .sam-empty'],
  timeline: ['sam-timeline', '.event-title'],
};

/**
 * Every tab's first screen: saved as a picture, and how far down the tab's first datum starts (px from
 * the top of the viewport), so a narrow pane's first screen can be held to show data, not controls.
 */
async function firstScreens(page: Page, name: string): Promise<Record<string, number>> {
  const tops: Record<string, number> = {};
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    const id = ((await tab.getAttribute('id')) ?? '').replace(/^tab-/, '');
    const [host, datum] = FIRST_DATUM[id] ?? ['', ''];
    const found = await page
      .waitForFunction(
        ([host, datum]) => document.querySelector(host)?.shadowRoot?.querySelector(datum)?.getBoundingClientRect().top,
        [host, datum] as const,
        { polling: 100, timeout: 10_000 },
      )
      .catch(async () => {
        const shown = await page.evaluate((host) => document.querySelector(host)?.shadowRoot?.innerHTML, host);
        throw new Error(`${id}: no ${datum} in ${host}: ${String(shown).slice(0, 1500)}`);
      });
    tops[id] = Math.round(Number(await found.jsonValue()));
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${id}.png` });
  }
  return tops;
}

/** axe's WCAG 2.1 A and AA violations on every tab, as `rule: target` lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found: string[] = [];
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await page.waitForTimeout(300);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown,
            ) => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      // A run that checked nothing would pass anything.
      if (result.passes.length === 0) return ['axe checked nothing'];
      return result.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
      );
    });
    const name = (await tab.textContent()) ?? '';
    found.push(...violations.map((line) => `${name} ${line}`));
  }
  return found;
}

describe.concurrent('the clinician app’s theme', () => {
  it('follows a light EHR in a dark system: light', async () => {
    const { context, page } = await openApp('dark', 'sandbox');
    try {
      expect(await colours(page)).toMatchObject({ theme: 'light', darkPage: false, lightText: false });
    } finally {
      await context.close();
    }
  });

  it('follows a dark EHR in a light system: dark, the components too', async () => {
    const { context, page } = await openApp('light', 'dark');
    try {
      expect(await colours(page)).toMatchObject({ theme: 'dark', darkPage: true, lightText: true });
    } finally {
      await context.close();
    }
  });

  it('follows the system without a style document', async () => {
    const { context, page } = await openApp('dark', 'none');
    try {
      expect(await colours(page)).toMatchObject({ theme: undefined, darkPage: true, lightText: true });
    } finally {
      await context.close();
    }
  });

  it('keeps text legible under a hostile style document, and says what it left unused', async () => {
    const { context, page } = await openApp('light', 'hostile', 390);
    try {
      // The background is kept, with the dark theme's own text on it.
      expect(await colours(page)).toMatchObject({ theme: 'dark', darkPage: true, lightText: true });
      const size = await page.evaluate(() => getComputedStyle(document.body).fontSize);
      expect(parseFloat(size)).toBeGreaterThanOrEqual(12);
      await page.getByText('Oppstartskontekst').click();
      const notice = page.getByRole('region', { name: 'Noe av journalsystemets utseende er ikke brukt' });
      expect(await notice.getByRole('listitem').allTextContents()).toEqual([
        'Tekstfargen (transparent) er gjennomsiktig.',
        'Uthevingsfargen (red;}body{display:none) kan ikke leses.',
        'Skriftstørrelsen (2px) er 2 px, mindre enn 12 px.',
      ]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it.each(
    (['nb', 'nn', 'en'] as const).flatMap((lang) =>
      ([390, 1280] as const).flatMap((width) => [
        ['light', 'sandbox', width, lang] as const,
        ['dark', 'none', width, lang] as const,
      ]),
    ),
  )(
    'passes axe in the %s theme (%s style) at %i px, in %s, each tab showing data on its first screen',
    async (colorScheme, style, width, lang) => {
      const { context, page } = await openApp(colorScheme, style, width, lang);
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const tops = await firstScreens(page, `${lang}-${colorScheme}-${String(width)}x${String(HEIGHTS[width])}`);
        // Under the banner, the tabs (and the allergies), with at least a few lines of it in view.
        const height = HEIGHTS[width] ?? 844;
        for (const [tab, top] of Object.entries(tops)) expect(top, tab).toBeLessThan(height - 120);
        // Every tab in full view: none pushed out to the side.
        const clipped = await page
          .getByRole('tab')
          .evaluateAll((tabs) =>
            tabs
              .filter((tab) => tab.getBoundingClientRect().right > document.documentElement.clientWidth)
              .map((tab) => tab.textContent),
          );
        expect(clipped).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
