// <sam-timeline> on what vendors and national services send (packages/fixtures/data/real-world), in
// Chromium, in nb, nn and en: references in words, sources by name, names as written, unknown dates.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Resource } from 'fhir/r4.js';
import { servedFixture } from '@samspill/fixtures/served';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';

const load = (path: string) => servedFixture(`real-world/${path}`);

const observations = await load('oracle-health/Bundle-R4_OBSERVATION_BUNDLE.json');
const pll = await load('sfm/Bundle-pll-document.json');
const malformed = await load('malformed/Bundle-malformed-dates.json');

const WORDS = {
  nb: { notLoaded: 'Kontakt (ikke hentet)', unknown: 'med ukjent dato vises ikke i tidslinjen', show: 'Vis verdien' },
  nn: {
    notLoaded: 'Kontakt (ikkje henta)',
    unknown: 'med ukjend dato blir ikkje vist i tidslinja',
    show: 'Vis verdien',
  },
  en: {
    notLoaded: 'Encounter (not loaded)',
    unknown: 'with an unknown date is not shown on the timeline',
    show: 'Show the value',
  },
} as const;

const root = (el: SamTimeline) => el.shadowRoot!;
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(resources: readonly Resource[], locale: keyof typeof WORDS): Promise<SamTimeline> {
  const el = await fixture<SamTimeline>(
    html`<sam-timeline
      style="width: 1000px; --sam-timeline-max-height: 200rem"
      locale=${locale}
      .now=${new Date('2026-12-05T12:00:00+01:00')}
      .resources=${resources}
    ></sam-timeline>`,
  );
  await waitUntil(() => root(el).querySelector('.sam-state')?.getAttribute('data-status') === 'data', 'no data', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

function row(el: SamTimeline, title: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('li.row-event')].find(
    (li) => words(li.querySelector('.event-title')) === title,
  );
  if (!found) throw new Error(`no event "${title}"`);
  return found;
}

for (const locale of ['nb', 'nn', 'en'] as const) {
  describe(`<sam-timeline> on vendor data (${locale})`, () => {
    it('names a reference it could not load by its kind, never by its id', async () => {
      const el = await render([observations], locale);
      row(el, 'Temperature Axillary').querySelector<HTMLButtonElement>('.disclosure')!.click();
      await el.updateComplete;
      const related = words(row(el, 'Temperature Axillary').querySelector('.related'));
      expect(related).to.contain(WORDS[locale].notLoaded);
      expect(words(root(el) as unknown as Element)).not.to.match(/Encounter\/\d+|Practitioner\/\d+/);
      await expect(el).to.be.accessible();
    });

    it('lists sources by name, the PLL by its document, never a host', async () => {
      const visit = {
        resourceType: 'Encounter',
        id: 'visit',
        status: 'finished',
        class: { code: 'AMB' },
        period: { start: '2025-11-03T09:00:00+01:00' },
        meta: { source: 'https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d' },
        serviceProvider: { reference: 'Organization/675844', display: 'St. Olavs hospital' },
      } as Resource;
      const el = await render([observations, pll, visit], locale);
      root(el).querySelector<HTMLDetailsElement>('details.more-filters')!.open = true;
      await el.updateComplete;
      const sources = [...root(el).querySelectorAll('fieldset.sources label')].map(words);
      expect(sources.some((label) => label.startsWith('Fjordvik legekontor'))).to.equal(true);
      expect(sources.join(' ')).not.to.match(/cerner\.com|forskrivning\.no|https?:/);
    });

    it('says which records have an unknown date, the value as written on demand', async () => {
      const el = await render([malformed], locale);
      const notice = root(el).querySelector('sam-notice.input-problems')!;
      expect(words(notice)).to.contain(WORDS[locale].unknown);
      const value = [...notice.querySelectorAll<HTMLDetailsElement>('details.unreadable-date')].find((details) =>
        words(details).includes('2021-13-45T25:61:00Z'),
      )!;
      expect(words(value.querySelector('summary'))).to.equal(WORDS[locale].show);
      value.querySelector('summary')!.click();
      expect(value.open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<sam-timeline> names in one title', () => {
  for (const [locale, category] of [
    ['nb', 'Vitale tegn'],
    ['nn', 'Vitale teikn'],
    ['en', 'Vital signs'],
  ] as const) {
    it(`keeps Oracle Health Title Case displays as written, never "temperature Axillary" (${locale})`, async () => {
      const entries = (observations as { entry?: { resource: Resource }[] }).entry ?? [];
      const temperature = entries.at(-1)!.resource;
      const pulse = { ...temperature, id: 'pulse', code: { text: 'Pulse Rate Peripheral' } } as Resource;
      const el = await render([temperature, pulse], locale);
      const titles = [...root(el).querySelectorAll('.event-title')].map(words);
      expect(titles).to.include(`${category}: Temperature Axillary, Pulse Rate Peripheral`);
    });
  }
});
