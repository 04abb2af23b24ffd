// The allergies (CAVE) at the top of the medication view, above the medicines, so a prescriber reads
// them first: Ragnhild's kritisk penicillin allergy in bokmål, axe clean; Jonas, who has none
// recorded, is told so in words that never say "no known allergies"; Kjell's record says it.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, launchIn, WatchedContext } from './app-browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

/** The allergies' status once settled, and their text through the shadow roots, whitespace collapsed. */
async function allergies(page: Page): Promise<{ status: string; text: string }> {
  await page.waitForFunction(
    () => {
      const status = document
        .querySelector('sam-allergies')
        ?.shadowRoot?.querySelector('.sam-state')
        ?.getAttribute('data-status');
      return status && status !== 'loading' && status !== 'idle';
    },
    undefined,
    { polling: 100 },
  );
  return page.locator('sam-allergies').evaluate((host) => {
    const collect = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof HTMLStyleElement) return '';
      const shadow = node instanceof Element && node.shadowRoot ? collect(node.shadowRoot) : '';
      return shadow + Array.from(node.childNodes, collect).join(' ');
    };
    return {
      status: host.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status') ?? '',
      text: collect(host).replace(/\s+/g, ' ').trim(),
    };
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
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
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
    );
  });
}

describe.concurrent('the allergies in the medication view', () => {
  it('shows Ragnhild’s kritisk penicillin allergy above her medicines, in bokmål, axe clean', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'smart-v2', patient: 'pasient-ragnhild' });
      expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Legemidler');
      const { status, text } = await allergies(page);
      expect(status).toBe('data');
      expect(text).toContain('Allergier og intoleranser');
      expect(text).toContain('Penicilliner');
      expect(text).toContain('Kritisk');
      expect(text).not.toMatch(/kunne ikke sjekkes|Ingen kjente/);
      // In the same panel, above the medicines.
      const panel = page.locator('#panel-medications');
      const [allergyBox, medicineBox] = await Promise.all([
        panel.locator('sam-allergies').boundingBox(),
        panel.locator('sam-medication-list').boundingBox(),
      ]);
      expect(allergyBox && medicineBox && allergyBox.y + allergyBox.height <= medicineBox.y + 1).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it.each([
    ['pasient-jonas', 'Ingen allergier eller intoleranser er registrert i denne journalen.'],
    ['pasient-kjell', 'Ingen kjente legemiddelallergier registrert'],
  ])('for %s says what the record says: %s', async (patient, expected) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'smart-v2', patient });
      const { text } = await allergies(page);
      expect(text).toContain(expected);
      if (patient === 'pasient-jonas') expect(text).not.toContain('Ingen kjente');
    } finally {
      await watched.close();
    }
  });
});
