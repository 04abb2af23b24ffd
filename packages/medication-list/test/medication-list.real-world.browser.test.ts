import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { servedFixture } from '@samspill/fixtures/served';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';

// The real-world fixtures as served: a PLL document from SFM and Epic orders, rendered the way a
// clinician reads them.
const load = (path: string) => servedFixture(`real-world/${path}`);

const pll = await load('sfm/Bundle-pll-document.json');
const epic = await Promise.all(
  [
    'epic/MedicationRequest-eOrdreMetoprolol.json',
    'epic/MedicationRequest-eUtkastAtorvastatin.json',
    'epic/Medication-eMedMetoprolol.json',
    'epic/Medication-eMedAtorvastatin.json',
  ].map(load),
);

const root = (el: SamMedicationList) => el.shadowRoot!;
const $ = (el: SamMedicationList, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamMedicationList, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(resources: unknown, locale: string): Promise<SamMedicationList> {
  const el = await fixture<SamMedicationList>(
    html`<sam-medication-list style="width: 1000px" locale=${locale} .resources=${resources}></sam-medication-list>`,
  );
  await waitUntil(() => root(el).querySelector('.sam-state')?.getAttribute('data-status') === 'data', 'no data', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

async function details(el: SamMedicationList, key: string): Promise<Record<string, string>> {
  const toggle = $(el, `[data-key="${key}"] .toggle`)!;
  toggle.click();
  await el.updateComplete;
  const open = $(el, `#${toggle.getAttribute('aria-controls')!}`)!;
  return Object.fromEntries(
    [...open.querySelectorAll('.fact')].map((fact) => [
      words(fact.querySelector('dt')),
      words(fact.querySelector('dd')),
    ]),
  );
}

function expectClean(el: SamMedicationList): void {
  const shown = words(root(el) as unknown as Element);
  expect(shown).not.to.match(/undefined|\bNaN\b|\[object /);
  expect(shown).not.to.match(/\b(?:Medication\w*|Practitioner|Organization|Patient)\/[\w-]+/);
}

describe('<sam-medication-list> with a PLL document from SFM', () => {
  it('groups by bruk as Kjernejournal does, with kortdosering and the discontinued apart (nb)', async () => {
    const el = await render(pll, 'nb');
    expect($$(el, '.section.current h3').map(words)).to.deep.equal(['Fast', 'Kur', 'Ved behov']);
    expect(words(root(el) as unknown as Element)).not.to.contain('Annet');
    expect(words($(el, '[data-key="MedicationStatement/pll-selo-zok"] .dosage'))).to.equal('1 tablett morgen');
    expect(words($(el, '[data-key="MedicationStatement/pll-metformin"] .dosage'))).to.equal(
      '1 tablett om morgenen og 1 tablett om kvelden fra 1. juni 2025',
    );
    expect($$(el, '.section.past .name').map(words)).to.deep.equal(['Ibux Tab 400 mg']);
    expectClean(el);
    await expect(el).to.be.accessible();
  });

  it('shows bruksområde, prescriber with HPR, prescription and expiry dates in the details (nb)', async () => {
    const el = await render(pll, 'nb');
    expect(await details(el, 'MedicationStatement/pll-selo-zok')).to.include({
      Dosering: '1 tablett morgen',
      Bruksområde: 'Mot høyt blodtrykk',
      Bruk: 'Fast',
      Start: '5. november 2025',
      Forskrivningsdato: '3. november 2025',
      Utløpsdato: '3. november 2026',
      Forskriver: 'Lege Legesen (HPR-nummer 1234567)',
    });
    expectClean(el);
    await expect(el).to.be.accessible();
  });

  it('shows the discontinued statement’s date and reason (nb)', async () => {
    const el = await render(pll, 'nb');
    const facts = await details(el, 'MedicationStatement/pll-ibux');
    expect(facts).to.include({
      Status: 'Seponert',
      Årsak: 'Bivirkning. Magesmerter',
      Slutt: '1. oktober 2025 kl. 10:00',
      Bruksområde: 'Mot smerter',
    });
    expectClean(el);
  });

  it('says the same in nynorsk and English', async () => {
    const nn = await render(pll, 'nn');
    expect($$(nn, '.section.current h3').map(words)).to.deep.equal(['Fast', 'Kur', 'Ved behov']);
    expect(await details(nn, 'MedicationStatement/pll-paracet')).to.include({
      Dosering: '1-2 tabletter inntil 4 ganger daglig ved behov',
      Bruksområde: 'Mot smerter',
      Forskrivingsdato: '1. september 2025',
      Utløpsdato: '1. september 2026',
      Forskrivar: 'Lege Legesen (HPR-nummer 1234567)',
    });
    expectClean(nn);

    const en = await render(pll, 'en');
    expect($$(en, '.section.current h3').map(words)).to.deep.equal(['Regular', 'Course', 'As needed']);
    expect(await details(en, 'MedicationStatement/pll-ibux')).to.include({
      Status: 'Stopped',
      Reason: 'Bivirkning. Magesmerter',
      'Prescribed on': '14 August 2025',
      Expires: '14 August 2026',
    });
    expectClean(en);
    await expect(en).to.be.accessible();
  });
});

describe('<sam-medication-list> with Epic orders', () => {
  it('shows the ordered dose with the amount given and the administration time (nb, nn, en)', async () => {
    const expected = {
      nb: '50 mg (= 1 tablett) (Oral) 1 gang daglig kl. 08:00',
      nn: '50 mg (= 1 tablett) (Oral) 1 gong dagleg kl. 08:00',
      en: '50 mg (= 1 tablet) (Oral) once daily at 08:00',
    };
    for (const [locale, line] of Object.entries(expected)) {
      const el = await render(epic, locale);
      const dosage = words($(el, '[data-key="MedicationRequest/eOrdreMetoprolol"] .dosage')).replace(
        /[\u00a0\u202f]/g,
        ' ',
      );
      expect(dosage).to.contain(line);
      expect(dosage).not.to.contain('/');
      expectClean(el);
    }
  });

  it('dates the draft order by its bounds', async () => {
    const el = await render(epic, 'nb');
    expect(words($(el, '[data-key="MedicationRequest/eUtkastAtorvastatin"] .date'))).to.equal('21. november 2025');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-medication-list> sources and unknown dates', () => {
  const WORDS = {
    nb: { source: 'Kilde', unknown: 'ukjent dato', start: 'Start', written: 'Skrevet som «31.12.2019»' },
    nn: { source: 'Kjelde', unknown: 'ukjend dato', start: 'Start', written: 'Skrive som «31.12.2019»' },
    en: { source: 'Source', unknown: 'unknown date', start: 'Start', written: 'Written as «31.12.2019»' },
  } as const;

  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`names the PLL's source through its document, never "Ukjent kilde" or a host (${locale})`, async () => {
      const el = await render(pll, locale);
      const facts = await details(el, 'MedicationStatement/pll-selo-zok');
      expect(facts[WORDS[locale].source]).to.match(/^Fjordvik legekontor/);
      expect(words(root(el) as unknown as Element)).not.to.match(
        /forskrivning\.no|Ukjent kilde|Ukjend kjelde|Unknown source/,
      );
    });

    it(`reads an unreadable start as an unknown date, the value as written on demand (${locale})`, async () => {
      const statement = {
        resourceType: 'MedicationStatement',
        id: 'bad-date',
        status: 'active',
        medicationCodeableConcept: { text: 'Paracet Tab 500 mg' },
        subject: { reference: 'Patient/p' },
        effectivePeriod: { start: '31.12.2019' },
      };
      const el = await render([statement], locale);
      const cell = $(el, '[data-key="MedicationStatement/bad-date"] .date')!;
      const date = cell.querySelector<HTMLDetailsElement>('details.unreadable-date')!;
      expect(words(date.querySelector('summary'))).to.equal(WORDS[locale].unknown);
      date.querySelector('summary')!.click();
      expect(words(date)).to.contain(WORDS[locale].written);
      expectClean(el);
      await expect(el).to.be.accessible();
    });
  }
});
