// Every public fixture through <sam-timeline> in nb, nn and en: whatever the vendor or national
// service sent, no raw `Type/id`, no English date under nb/nn, no "undefined", "NaN" or "[object Object]".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '@samspill/core';
import { unreadableTexts } from '@samspill/core/testing.js';
import { servedFixtureSets } from '@samspill/fixtures/served';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';

// Each set loaded once, and its JSON once: an English date the data wrote itself is its own words.
const sets = [...(await servedFixtureSets())].map(([set, resources]) => ({
  set,
  resources,
  input: JSON.stringify(resources),
}));

/** Opens every event row in the window and the overview. */
async function openAll(el: SamTimeline): Promise<void> {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
    'button[aria-expanded="false"]:not(.source-toggle)',
  ))
    button.click();
  await el.updateComplete;
}

describe('<sam-timeline> on every public fixture', () => {
  for (const { set, resources, input } of sets) {
    for (const locale of LOCALES) {
      it(`${set} in ${locale}`, async () => {
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
