// <sam-medication-list view="day"> in Chromium: every state (loading, empty, not granted, failed,
// partial, data) in nb, nn and en, light and dark, at 390 and 1280 px, with axe; then what the day says
// (parts of the day, times, paused in words, ved behov apart, what cannot be placed and why), what it
// leaves out, print, the `view` attribute, and hostile input.
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { themeStyles, type Locale } from '@samspill/core';
import { grantingSource, unreadableTexts } from '@samspill/core/testing.js';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';
import { DAY_NOW, DAY_SLOT_NAMES, homeCarePatient, nothingTodayPatient } from './medication-day-examples.browser.js';
import {
  EXAMPLE_PATIENT,
  HOSTILE,
  REFUSED_STATEMENTS,
  SCRIPT,
  failingSource,
  pendingSource,
} from './medication-examples.browser.js';

declare global {
  interface Window {
    __samPwned?: number | undefined;
  }
}

const root = (el: SamMedicationList) => el.shadowRoot!;
const status = (el: SamMedicationList) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamMedicationList, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamMedicationList, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const textOf = (el: SamMedicationList) => root(el).textContent.replace(/\s+/g, ' ');
const headings = (el: SamMedicationList, level: 'h2' | 'h3') => $$(el, level).map((h) => h.textContent.trim());
const namesIn = (el: SamMedicationList, part: string) =>
  $$(el, `.day-part[data-part="${part}"] .dose-name`).map((name) => name.textContent.trim());

async function settled(el: SamMedicationList, expected: string) {
  await waitUntil(() => status(el) === expected, `status never became ${expected} (was ${status(el)})`, {
    timeout: 4000,
  });
  await el.updateComplete;
  // The day view's module is fetched on first use, and the locale pack (nn, en) may arrive after the
  // first data render.
  if (el.view === 'day' && (expected === 'data' || expected === 'partial'))
    await waitUntil(() => $(el, '.day, .day-failed') !== null, 'the day view never came', { timeout: 4000 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

async function homeCare(locale: Locale = 'nb', width = 1000): Promise<SamMedicationList> {
  const el = await fixture<SamMedicationList>(
    html`<sam-medication-list
      view="day"
      style="width: ${width}px"
      locale=${locale}
      .now=${DAY_NOW}
      .resources=${homeCarePatient()}
    ></sam-medication-list>`,
  );
  await settled(el, 'data');
  return el;
}

const unavailable = (resourceType: string) => ({
  kind: 'unavailable' as const,
  resourceType,
  status: 503,
  message: '503',
});

interface StateCase {
  readonly name: string;
  readonly status: string;
  readonly set: (el: SamMedicationList) => void;
  readonly says: Readonly<Record<Locale, string>>;
}

const STATES: readonly StateCase[] = [
  {
    name: 'loading',
    status: 'loading',
    set: (el) => {
      el.source = pendingSource;
      el.patient = 'p1';
    },
    says: { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  },
  {
    name: 'empty',
    status: 'empty',
    set: (el) => {
      el.resources = [];
    },
    // No medicines at all: the list's own words, in the day view too.
    says: {
      nb: 'Ingen legemidler er registrert.',
      nn: 'Ingen legemiddel er registrerte.',
      en: 'No medicines are recorded.',
    },
  },
  {
    name: 'not granted',
    status: 'data',
    set: (el) => {
      el.source = grantingSource(homeCarePatient(), ['MedicationStatement']);
      el.patient = EXAMPLE_PATIENT;
    },
    says: {
      nb: 'Legemiddelbruk er ikke delt med denne appen.',
      nn: 'Legemiddelbruk er ikkje delt med denne appen.',
      en: 'Not shared with this app: medication use.',
    },
  },
  {
    name: 'failed',
    status: 'error',
    set: (el) => {
      el.source = failingSource(homeCarePatient(), {
        MedicationStatement: unavailable('MedicationStatement'),
        MedicationRequest: unavailable('MedicationRequest'),
        MedicationDispense: unavailable('MedicationDispense'),
      });
      el.patient = EXAMPLE_PATIENT;
    },
    says: { nb: 'Prøv igjen', nn: 'Prøv igjen', en: 'Try again' },
  },
  {
    name: 'partial',
    status: 'partial',
    set: (el) => {
      el.source = failingSource(homeCarePatient(), { MedicationStatement: REFUSED_STATEMENTS });
      el.patient = EXAMPLE_PATIENT;
    },
    says: { nb: 'Zopiklon Tab 5 mg', nn: 'Zopiklon Tab 5 mg', en: 'Zopiklon Tab 5 mg' },
  },
  {
    name: 'data',
    status: 'data',
    set: (el) => {
      el.resources = homeCarePatient();
    },
    says: { nb: 'Pauset – skal ikke gis', nn: 'Pausa – skal ikkje givast', en: 'On hold – do not give' },
  },
];

describe('<sam-medication-list view="day"> every state, language, theme and width', function () {
  this.timeout(120_000);

  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== themeStyles.styleSheet);
  });

  for (const state of STATES) {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      it(`${state.name} in ${locale}: light and dark, 390 and 1280 px, axe clean`, async () => {
        for (const theme of ['light', 'dark']) {
          for (const width of [390, 1280]) {
            const wrapper = await fixture<HTMLElement>(html`
              <div
                data-sam-theme=${theme}
                style="width: ${width}px; padding: 8px; background: var(--sam-color-surface); color: var(--sam-color-text)"
              >
                <sam-medication-list view="day" locale=${locale} .now=${DAY_NOW}></sam-medication-list>
              </div>
            `);
            const el = wrapper.querySelector('sam-medication-list')!;
            state.set(el);
            await settled(el, state.status);
            const where = `${state.name} ${locale} ${theme} ${String(width)}px`;
            expect(textOf(el), where).to.contain(state.says[locale]);
            expect(unreadableTexts(root(el), locale), where).to.deep.equal([]);
            // Nothing scrolls sideways.
            expect(el.scrollWidth, where).to.be.at.most(el.clientWidth + 1);
            await expect(wrapper).to.be.accessible();
          }
        }
      });
    }
  }
});

describe('<sam-medication-list view="day"> what the day says', () => {
  it('heads the day with its date, and each part of the day with an h3, in the order of the day', async () => {
    const el = await homeCare();
    expect(headings(el, 'h2')).to.deep.equal(['Legemidler i dag – torsdag 15. januar 2026']);
    expect(headings(el, 'h3')).to.deep.equal([
      'Morgen',
      'Middag',
      'Kveld',
      'Natt',
      'Ved behov',
      'Tidspunkt ikke oppgitt',
    ]);
    for (const [part, names] of Object.entries(DAY_SLOT_NAMES)) expect(namesIn(el, part), part).to.deep.equal(names);
    // Each part is a list labelled by its heading.
    const list = $(el, '.day-part[data-part="morgen"] ul')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('part-morgen');
    expect($(el, '#part-morgen')!.textContent.trim()).to.equal('Morgen');
  });

  it('shows the amount, the route and a clock time where the dosage gives one', async () => {
    const el = await homeCare();
    const levaxin = $(el, '.day-part[data-part="morgen"] [data-key="MedicationRequest/levaxin"]')!;
    expect(levaxin.querySelector('.dose-time')!.textContent.trim()).to.equal('kl. 07:30');
    expect(levaxin.querySelector('.dose-amount')!.textContent.trim()).to.equal('1 tablett');
    expect(levaxin.querySelector('.dose-route')!.textContent.trim()).to.equal('Oral bruk');
    expect(levaxin.querySelector('.dose-instruction')!.textContent.trim()).to.equal('1 tablett kl. 07:30, fastende');
    // A kortdosering by place: the dose of each place, and the kortdosering as written.
    const metformin = $$(el, '[data-key="MedicationStatement/metformin"]');
    expect(metformin.map((dose) => dose.closest('.day-part')!.getAttribute('data-part'))).to.deep.equal([
      'morgen',
      'kveld',
    ]);
    expect(metformin[0]!.querySelector('.dose-instruction')!.textContent.trim()).to.equal('1+0+1+0');
  });

  it('marks a paused medicine in words and with an icon, not colour alone, and counts it', async () => {
    const el = await homeCare();
    const marevan = $(el, '[data-key="MedicationRequest/marevan"]')!;
    expect(marevan.classList.contains('is-attention')).to.equal(true);
    const note = marevan.querySelector('.note.attention')!;
    expect(note.textContent.trim()).to.equal('Pauset – skal ikke gis');
    expect(getComputedStyle(note, '::before').maskImage).to.match(/url/);
    expect($(el, '.summary')!.textContent.trim()).to.equal('1 dose i dag er pauset og skal ikke gis.');
  });

  it('puts ved behov apart with its limit, and what cannot be placed with its words and why', async () => {
    const el = await homeCare();
    const paracet = $(el, '.day-part[data-part="ved-behov"] [data-key="MedicationRequest/paracet"]')!;
    expect(paracet.textContent).to.contain('ved behov mot smerter, maks 2 tabletter per dose');
    const unplaced = $$(el, '.day-part[data-part="unplaced"] .dose').map((dose) =>
      dose.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(unplaced).to.deep.equal([
      'Imacillin Kaps 500 mg Oral bruk 1 kapsel 3 ganger daglig i 7 dager',
      'Sertralin Tab 50 mg 1 tbl x 1 Dosering kan ikke leses som tidspunkt: «1 tbl x 1»',
      'Vitamin D Tab 20 mikrog 1 tablett til frokost Tidspunkt kan ikke leses: «BRKFST»',
    ]);
    expect($(el, '.day-intro')!.textContent.trim()).to.equal(
      'Kan ikke plasseres på et tidspunkt. Sjekk doseringen i journalen.',
    );
  });

  it('leaves out what is not given today: stopped, ended, another weekday', async () => {
    const el = await homeCare();
    const text = textOf(el);
    for (const name of ['Ibux', 'Amoxicillin', 'Metotreksat']) expect(text).not.to.contain(name);
  });

  it('says so when nothing is to be given today, though the list has medicines', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list view="day" .now=${DAY_NOW} .resources=${nothingTodayPatient()}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal('Ingen legemidler skal gis i dag.');
    expect($$(el, 'h3')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('never says "none" flatly when some of the medicines were not shared', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list
        view="day"
        .now=${DAY_NOW}
        .source=${grantingSource(nothingTodayPatient(), ['MedicationStatement'])}
        patient=${EXAMPLE_PATIENT}
      ></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal(
      'Ingen legemidler skal gis i dag etter det som er delt med denne appen.',
    );
  });

  it('speaks nynorsk and English: parts of the day, times, words for what cannot be placed', async () => {
    const nn = await homeCare('nn');
    expect(headings(nn, 'h3')).to.deep.equal([
      'Morgon',
      'Middag',
      'Kveld',
      'Natt',
      'Ved behov',
      'Tidspunkt ikkje oppgitt',
    ]);
    expect(headings(nn, 'h2')[0]).to.match(/^Legemiddel i dag – torsdag 15\. januar 2026$/);
    expect(textOf(nn)).to.contain('Doseringa kan ikkje lesast som tidspunkt: «1 tbl x 1»');
    const en = await homeCare('en');
    expect(headings(en, 'h3')).to.deep.equal(['Morning', 'Midday', 'Evening', 'Night', 'As needed', 'Time not given']);
    expect(headings(en, 'h2')[0]).to.equal('Medicines today – Thursday, 15 January 2026');
    expect(textOf(en)).to.contain('at 07:30');
    expect(textOf(en)).to.contain('The dosage cannot be read as times of day: “1 tbl x 1”');
  });
});

describe('<sam-medication-list view="day"> the view, print and bad input', () => {
  it('reflects `view`, defaults to the list, and switches both ways', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list
        style="width: 1000px"
        .now=${DAY_NOW}
        .resources=${homeCarePatient()}
      ></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect(el.view).to.equal('list');
    expect(el.getAttribute('view')).to.equal('list');
    expect($(el, '.day')).to.equal(null);
    expect($(el, '.controls')).not.to.equal(null);
    el.view = 'day';
    await el.updateComplete;
    await waitUntil(() => $(el, '.day') !== null, 'the day view never came');
    expect(el.getAttribute('view')).to.equal('day');
    expect($(el, '.day')).not.to.equal(null);
    expect($(el, '.controls')).to.equal(null);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    expect($(el, '.day')).to.equal(null);
    // An unknown view is the list.
    el.setAttribute('view', 'week');
    await el.updateComplete;
    expect($(el, '.controls')).not.to.equal(null);
  });

  it('is read-only and prints whole doses: no controls, no buttons, no dose split across pages', async () => {
    const el = await homeCare('nb', 700);
    expect($$(el, '.day button, .day input, .day select')).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    try {
      const dose = $(el, '.dose')!;
      expect(getComputedStyle(dose).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '.day-part h3')!).breakAfter).to.equal('avoid');
      // Every dose is there in print: nothing is cut to a first page of rows.
      expect($$(el, '.dose').length).to.equal(11);
      expect(getComputedStyle($(el, '.dose.is-attention .note')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows hostile strings as text, never as markup, in every part of the day', async () => {
    const resources = homeCarePatient().map((resource) =>
      resource.resourceType === 'MedicationRequest'
        ? {
            ...resource,
            medicationCodeableConcept: { text: `${HOSTILE} ${SCRIPT}` },
            dosageInstruction: resource.dosageInstruction?.map((dosage) => ({ ...dosage, text: HOSTILE })),
          }
        : resource,
    );
    window.__samPwned = undefined;
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list view="day" .now=${DAY_NOW} .resources=${resources}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect($$(el, '.day img, .day script')).to.deep.equal([]);
    expect(textOf(el)).to.contain(HOSTILE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__samPwned).to.equal(undefined);
  });

  it('a bad dosage shows what can be read with a word for the rest, and never throws', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list
        view="day"
        .now=${DAY_NOW}
        .resources=${[
          {
            resourceType: 'MedicationRequest',
            id: 'x',
            status: 'active',
            intent: 'order',
            medicationCodeableConcept: { text: 'Legemiddel X' },
            dosageInstruction: [
              {
                doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablett' } }],
                timing: { repeat: { when: ['MORN', '??'] } },
              },
              { timing: 'MORN' },
              'not a dosage',
            ],
          },
        ]}
      ></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect(namesIn(el, 'morgen')).to.deep.equal(['Legemiddel X']);
    const unplaced = $$(el, '.day-part[data-part="unplaced"] .dose').map((dose) => dose.textContent);
    expect(unplaced.some((text) => text.includes('Tidspunkt kan ikke leses: «??»'))).to.equal(true);
    expect(unplaced.some((text) => text.includes('Dosering ikke oppgitt'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
