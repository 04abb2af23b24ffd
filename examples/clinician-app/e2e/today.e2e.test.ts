// "Dagens doser", the home-care round: after an EHR launch, Kjell's medicines taken morning and evening
// stand under today's morning and evening, with today's date (Europe/Oslo) in the heading, in bokmål,
// nynorsk and English. (That it asks the server for nothing more is launch.e2e's "no search twice".)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, launchIn, WatchedContext } from './app-browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

const WORDS = {
  nb: { tab: 'Dagens doser', heading: 'Legemidler i dag', morning: 'Morgen', evening: 'Kveld' },
  nn: { tab: 'Dagens dosar', heading: 'Legemiddel i dag', morning: 'Morgon', evening: 'Kveld' },
  en: { tab: 'Today’s doses', heading: 'Medicines today', morning: 'Morning', evening: 'Evening' },
} as const;

describe.concurrent('today’s doses', () => {
  it.each(['nb', 'nn', 'en'] as const)('in %s: morning and evening doses under today’s date', async (lang) => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      await launchIn(page, { personality: 'smart-v2', patient: 'pasient-kjell', lang });
      const words = WORDS[lang];
      await page.getByRole('tab', { name: words.tab }).click();
      const day = page.locator('sam-medication-list[view="day"]');
      await day.locator('.day-part').first().waitFor();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
      const parts = await day.evaluate((host) => {
        const root = host.shadowRoot;
        return {
          heading: root?.querySelector('h2')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          parts: Object.fromEntries(
            Array.from(root?.querySelectorAll('.day-part') ?? [], (part) => [
              part.querySelector('h3')?.textContent.trim() ?? '',
              Array.from(part.querySelectorAll('.dose-name'), (name) => name.textContent.trim()),
            ]),
          ),
        };
      });
      expect(parts.heading.startsWith(`${words.heading} – `), parts.heading).toBe(true);
      const [year, , dayOfMonth] = today.split('-').map(Number);
      expect(parts.heading).toContain(String(dayOfMonth));
      expect(parts.heading).toContain(String(year));
      // Glucophage, "1 tablett morgen og kveld" (kortdosering), at both ends of the day.
      expect(parts.parts[words.morning]).toContain('Glucophage Tab 500 mg');
      expect(parts.parts[words.evening]).toContain('Glucophage Tab 500 mg');
    } finally {
      await watched.close();
    }
  });
});
