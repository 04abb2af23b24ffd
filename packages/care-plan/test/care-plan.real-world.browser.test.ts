// <sam-care-plan> on what vendors send (packages/fixtures/data/real-world), in Chromium, in nb, nn
// and en: US Core codes without display named, references not loaded in words, unknown dates.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CarePlan, Resource } from 'fhir/r4.js';
import { servedFixture } from '@samspill/fixtures/served';
import '../src/define.js';
import type { SamCarePlan } from '../src/index.js';

const load = (path: string) => servedFixture(`real-world/${path}`);

const cerner = await load('oracle-health/CarePlan-R4_CARE_PLAN_ENTRY.json');
const absent = await load('malformed/Bundle-data-absent-reason.json');

const WORDS = {
  nb: { title: 'Vurdering og behandlingsplan', unknown: 'ukjent dato', written: 'Skrevet som «13.03.2016»' },
  nn: { title: 'Vurdering og behandlingsplan', unknown: 'ukjend dato', written: 'Skrive som «13.03.2016»' },
  en: { title: 'Assessment and plan of treatment', unknown: 'unknown date', written: 'Written as «13.03.2016»' },
} as const;

const root = (el: SamCarePlan) => el.shadowRoot!;
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(resources: readonly Resource[], locale: keyof typeof WORDS): Promise<SamCarePlan> {
  const el = await fixture<SamCarePlan>(
    html`<sam-care-plan style="width: 900px" locale=${locale} .resources=${resources}></sam-care-plan>`,
  );
  await waitUntil(() => root(el).querySelector('.sam-state')?.getAttribute('data-status') === 'data', 'no data', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

for (const locale of ['nb', 'nn', 'en'] as const) {
  describe(`<sam-care-plan> on vendor data (${locale})`, () => {
    it('names a US Core category that has no display, and never shows the raw code or a reference id', async () => {
      const el = await render([absent], locale);
      expect(words(root(el).querySelector('.plan-heading'))).to.equal(WORDS[locale].title);
      const shown = words(root(el) as unknown as Element);
      expect(shown).not.to.contain('assess-plan');
      expect(shown).not.to.match(/(?:Encounter|Practitioner)\/\d+/);
      await expect(el).to.be.accessible();
    });

    it('shows Oracle Health’s plan with its own title and author', async () => {
      const el = await render([cerner], locale);
      expect(words(root(el).querySelector('.plan-heading'))).to.equal('History and Physical Note');
      expect(words(root(el) as unknown as Element)).to.contain('Shaik, Faiz Ahmed');
    });

    it('reads an unreadable period as an unknown date, the value as written on demand', async () => {
      const plan = { ...(cerner as CarePlan), id: 'bad-date', period: { start: '13.03.2016' } };
      const el = await render([plan], locale);
      const date = root(el).querySelector<HTMLDetailsElement>('details.unreadable-date')!;
      expect(words(date.querySelector('summary'))).to.equal(WORDS[locale].unknown);
      date.querySelector('summary')!.click();
      expect(date.open).to.equal(true);
      expect(words(date)).to.contain(WORDS[locale].written);
      await expect(el).to.be.accessible();
    });
  });
}
