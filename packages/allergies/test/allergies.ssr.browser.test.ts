// Hydration support must load before Lit does (Lit's SSR client docs): it patches LitElement as it loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createStaticSource } from '@samspill/core';
import { watchPageProblems } from '@samspill/core/testing.js';
import type { SamAllergies } from '../src/index.js';
import { EXAMPLE_PATIENT, TYPICAL_ORDER, typicalPatient } from './allergies-examples.js';

// <sam-allergies> as a server sends it (@lit-labs/ssr, scripts/wtr-ssr.mjs): the page shows the
// server's state before any script, and the element, once defined, takes that DOM over instead of
// rendering a second copy, then loads like any other, whether it got its source before or after.
describe('<sam-allergies> rendered on a server', () => {
  it('is hydrated in place, then loads the source it is given', async () => {
    const markup = await executeServerCommand<string, { imports: string[]; html: string }>('samspill-ssr', {
      imports: ['@samspill/allergies/define.js'],
      html: '<sam-allergies locale="nb" style="width: 390px"></sam-allergies>',
    });
    const page = document.createElement('div');
    document.body.append(page);
    // One given its source after it is defined, one before (an app that sets it as soon as the page loads).
    page.setHTMLUnsafe(markup + markup);
    const [late, early] = [...page.querySelectorAll<SamAllergies>('sam-allergies')] as [SamAllergies, SamAllergies];
    const state = (el: SamAllergies) => el.shadowRoot!.querySelector('.sam-state');
    const serverStates = [state(late), state(early)];
    expect(customElements.get('sam-allergies')).to.equal(undefined);
    expect(late.shadowRoot!.textContent).to.contain('Ingen datakilde er koblet til ennå.');

    const { problems, stop } = watchPageProblems();
    try {
      early.source = createStaticSource(typicalPatient());
      early.patient = EXAMPLE_PATIENT;
      await import('../src/define.js');
      await late.updateComplete;
      // Hydrated: the server's nodes are kept and wired up, not rendered again beside them.
      expect(state(late)).to.equal(serverStates[0]);
      const notice = late.shadowRoot!.querySelector('sam-notice')!;
      expect(notice.hasAttribute('defer-hydration')).to.equal(false);
      expect(notice.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);

      late.source = createStaticSource(typicalPatient());
      late.patient = EXAMPLE_PATIENT;
      for (const [index, el] of [late, early].entries()) {
        await waitUntil(() => state(el)?.getAttribute('data-status') === 'data', 'no data', { timeout: 4000 });
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(state(el)).to.equal(serverStates[index]);
        expect(root.querySelectorAll('[part="base"]')).to.have.length(1);
        expect(root.querySelectorAll('.sam-state')).to.have.length(1);
        const names = [...root.querySelectorAll('.allergies .substance')].map((name) => name.textContent.trim());
        expect(names).to.deep.equal(TYPICAL_ORDER);
        expect(root.textContent).not.to.contain('Ingen datakilde');
      }
      expect(problems).to.deep.equal([]);
    } finally {
      stop();
      page.remove();
    }
  });
});
