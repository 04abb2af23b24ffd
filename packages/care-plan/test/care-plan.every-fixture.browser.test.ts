// Every public fixture through <sam-care-plan> in nb, nn and en: whatever the vendor or national
// service sent, no raw `Type/id`, no English date under nb/nn, no "undefined", "NaN" or "[object Object]".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '@samspill/core';
import { unreadableTexts } from '@samspill/core/testing.js';
import '../src/define.js';
import type { SamCarePlan } from '../src/index.js';

const sets = (await (await fetch('/__samspill__/fixture-sets.json')).json()) as Record<string, string[]>;
const load = async (files: readonly string[]): Promise<unknown[]> =>
  Promise.all(files.map(async (file) => (await fetch(file)).json() as Promise<unknown>));

/** Opens every closed disclosure but the source views, twice for the ones inside. */
async function openAll(el: SamCarePlan): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      'button[aria-expanded="false"]:not(.source-toggle)',
    ))
      button.click();
    await el.updateComplete;
  }
}

describe('<sam-care-plan> on every public fixture', () => {
  for (const [set, files] of Object.entries(sets)) {
    for (const locale of LOCALES) {
      it(`${set} in ${locale}`, async () => {
        const resources = await load(files);
        const input = JSON.stringify(resources);
        const el = await fixture<SamCarePlan>(
          html`<sam-care-plan style="width: 900px" locale=${locale} .resources=${resources}></sam-care-plan>`,
        );
        const status = () => el.shadowRoot!.querySelector('.sam-state')?.getAttribute('data-status');
        await waitUntil(() => status() !== undefined && status() !== 'loading', 'never settled', { timeout: 8000 });
        await el.updateComplete;
        const problems = unreadableTexts(el, locale, { input });
        // Every plan the reader can open, each with its parts open.
        const plans = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.plan-button')];
        for (const plan of plans) {
          plan.click();
          await el.updateComplete;
          await openAll(el);
          problems.push(...unreadableTexts(el, locale, { input }));
        }
        expect([...new Set(problems)], `${set} in ${locale}`).to.deep.equal([]);
      });
    }
  }
});
