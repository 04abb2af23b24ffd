// Every public fixture through <sam-timeline> in nb, nn and en: whatever the vendor or national
// service sent, no raw `Type/id`, no English date under nb/nn, no "undefined", "NaN" or "[object Object]".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '@samspill/core';
import { unreadableTexts } from '@samspill/core/testing.js';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';

const sets = (await (await fetch('/__samspill__/fixture-sets.json')).json()) as Record<string, string[]>;
const load = async (files: readonly string[]): Promise<unknown[]> =>
  Promise.all(files.map(async (file) => (await fetch(file)).json() as Promise<unknown>));

/** Opens every event row in the window and the overview. */
async function openAll(el: SamTimeline): Promise<void> {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
    'button[aria-expanded="false"]:not(.source-toggle)',
  ))
    button.click();
  await el.updateComplete;
}

describe('<sam-timeline> on every public fixture', () => {
  for (const [set, files] of Object.entries(sets)) {
    for (const locale of LOCALES) {
      it(`${set} in ${locale}`, async () => {
        const resources = await load(files);
        const input = JSON.stringify(resources);
        const el = await fixture<SamTimeline>(
          html`<sam-timeline
            style="width: 900px; --sam-timeline-max-height: 200rem"
            locale=${locale}
            .resources=${resources}
          ></sam-timeline>`,
        );
        const status = () => el.shadowRoot!.querySelector('.sam-state')?.getAttribute('data-status');
        await waitUntil(() => status() !== undefined && status() !== 'loading', 'never settled', { timeout: 8000 });
        await el.updateComplete;
        // The rows in the window, each opened (windowed: the first screenful of a long record).
        await openAll(el);
        const problems = unreadableTexts(el, locale, { input });
        expect([...new Set(problems)], `${set} in ${locale}`).to.deep.equal([]);
      });
    }
  }
});
