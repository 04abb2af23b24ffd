// Hydration support must load before Lit does (Lit's SSR client docs): it patches LitElement as it loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createStaticSource } from '@samspill/core';
import { watchPageProblems } from '@samspill/core/testing.js';
import type { SamTimeline } from '../src/index.js';
import { EXAMPLE_PATIENT, typicalPatient } from './timeline-examples.browser.js';

// <sam-timeline> as a server sends it (@lit-labs/ssr, scripts/wtr-ssr.mjs): the page shows the
// server's state before any script, and the element, once defined, takes that DOM over instead of
// rendering a second copy, then loads like any other, whether it got its source before or after.
describe('<sam-timeline> rendered on a server', () => {
  it('is hydrated in place, then loads the source it is given', async () => {
    const markup = await executeServerCommand<string, { imports: string[]; html: string }>('samspill-ssr', {
      imports: ['@samspill/timeline/define.js'],
      html: '<sam-timeline locale="nb" style="width: 900px"></sam-timeline>',
    });
    const page = document.createElement('div');
    document.body.append(page);
    // One given its source after it is defined, one before (an app that sets it as soon as the page loads).
    page.setHTMLUnsafe(markup + markup);
    const [late, early] = [...page.querySelectorAll<SamTimeline>('sam-timeline')] as [SamTimeline, SamTimeline];
    const state = (el: SamTimeline) => el.shadowRoot!.querySelector('.sam-state');
    const serverStates = [state(late), state(early)];
    expect(customElements.get('sam-timeline')).to.equal(undefined);
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
        const titles = [...root.querySelectorAll('.event-title')].map((title) => title.textContent.trim());
        expect(titles).to.include('Konsultasjon');
        expect(root.textContent).not.to.contain('Ingen datakilde');
      }
      expect(problems).to.deep.equal([]);
    } finally {
      stop();
      page.remove();
    }
  });
  it("takes up the page's language, which the server could not see, once it has taken over", async () => {
    const markup = await executeServerCommand<string, { imports: string[]; html: string }>('samspill-ssr', {
      imports: ['@samspill/timeline/define.js'],
      html: '<sam-timeline></sam-timeline>',
    });
    await import('../src/define.js');
    const page = document.createElement('div');
    page.lang = 'en';
    document.body.append(page);
    try {
      page.setHTMLUnsafe(markup);
      const el = page.querySelector<SamTimeline>('sam-timeline')!;
      const base = () => el.shadowRoot!.querySelector('[part="base"]')!;
      await waitUntil(() => base().getAttribute('lang') === 'en', "still in the server's bokmål", { timeout: 4000 });
      // The heading follows once the English strings have been fetched.
      const heading = () => el.shadowRoot!.querySelector('h2')!.textContent.trim();
      await waitUntil(() => heading() === 'Timeline', 'the heading stayed in bokmål', { timeout: 4000 });
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('sam-notice')!;
      expect(notice.textContent.trim()).to.equal('No data source is connected yet.');
      await notice.updateComplete;
      expect(notice.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Note:');
      expect(el.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
    } finally {
      page.remove();
    }
  });
});
