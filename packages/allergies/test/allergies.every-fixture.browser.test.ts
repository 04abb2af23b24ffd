// Every public fixture through <sam-allergies> in nb, nn and en: whatever the vendor or national
// service sent, no raw `Type/id`, no English date under nb/nn, no "undefined", "NaN" or "[object Object]".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '@samspill/core';
import { unreadableTexts } from '@samspill/core/testing.js';
import { servedFixtureSets } from '@samspill/fixtures/served';
import '../src/define.js';
import type { SamAllergies } from '../src/index.js';

// Each set loaded once, and its JSON once: an English date the data wrote itself is its own words.
const sets = [...(await servedFixtureSets())].map(([set, resources]) => ({
  set,
  resources,
  input: JSON.stringify(resources),
}));

/** Opens every closed disclosure but the source views, twice for the ones inside. */
async function openAll(el: SamAllergies): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      'button[aria-expanded="false"]:not(.source-toggle)',
    ))
      button.click();
    await el.updateComplete;
  }
}

describe('<sam-allergies> on every public fixture', () => {
  for (const { set, resources, input } of sets) {
    for (const locale of LOCALES) {
      it(`${set} in ${locale}`, async () => {
        const el = await fixture<SamAllergies>(
          html`<sam-allergies style="width: 390px" locale=${locale} .resources=${resources}></sam-allergies>`,
        );
        const status = () => el.shadowRoot!.querySelector('.sam-state')?.getAttribute('data-status');
        await waitUntil(() => status() !== undefined && status() !== 'loading', 'never settled', { timeout: 8000 });
        await el.updateComplete;
        // Every row open, with its history and details.
        await openAll(el);
        const problems = unreadableTexts(el, locale, { input });
        expect([...new Set(problems)], `${set} in ${locale}`).to.deep.equal([]);
      });
    }
  }
});
