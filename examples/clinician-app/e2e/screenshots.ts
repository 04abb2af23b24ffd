// The clinician app's screenshots in docs/screenshots/, in bokmål, desktop (1280×800) and narrow (390×844,
// as in an EHR's side pane or a phone): one synthetic patient after an EHR launch, every view loaded, the
// national services beside the EHR's records as `pnpm start` shows them.
// `clinician-app-nb-<size>.png` opens on the medicines; `…-today.png`, `…-care-plan.png` and `…-timeline.png` the
// other tabs.
// Through the e2e setup, outside `pnpm test`: `pnpm --filter @samspill/example-clinician-app screenshots`.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, e2e, expectRecords, launchIn } from './app-browser.js';

const PATIENT = 'pasient-ragnhild';
const OUT = new URL('../../../docs/screenshots/', import.meta.url);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

it.each([
  ['desktop', 1280, 800],
  ['narrow', 390, 844],
] as const)('clinician-app-nb-%s*.png', async (size, width, height) => {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width, height } });
  try {
    const page = await context.newPage();
    await launchIn(page, { sandbox: e2e.nationalSandbox, patient: PATIENT, personality: 'smart-v2' });
    await expectRecords(page, PATIENT);
    for (const [tab, suffix] of [
      ['Legemidler', ''],
      ['Dagens doser', '-today'],
      ['Planer', '-care-plan'],
      ['Tidslinje', '-timeline'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      // No focus ring in the picture, and the page at its top.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      // A newly shown view lays itself out for its width; let its transitions end.
      await page.waitForTimeout(500);
      await page.screenshot({ path: fileURLToPath(new URL(`clinician-app-nb-${size}${suffix}.png`, OUT)) });
    }
  } finally {
    await context.close();
  }
});
