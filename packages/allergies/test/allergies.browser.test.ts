// <sam-allergies> in Chromium: every state (loading, empty, not granted, failed, partial, data) in nb,
// nn and en, light and dark, at 390 and 1280 px, with axe; then what the view says and never says
// ("no known allergies" only from the data), the details, selection and bad input.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, mergeSources, themeStyles, type FhirSource, type Locale } from '@samspill/core';
import { grantingSource, pendingSource, recordingSource, unreadableTexts } from '@samspill/core/testing.js';
import '../src/define.js';
import type { SamAllergies } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  HOSTILE,
  REFUSED_PEOPLE,
  TYPICAL_ORDER,
  UNAVAILABLE_ALLERGIES,
  contradictedPatient,
  hostilePatient,
  malformedPatient,
  noKnownPatient,
  typicalPatient,
} from './allergies-examples.js';

declare global {
  interface Window {
    __samPwned?: number | undefined;
  }
}

const root = (el: SamAllergies) => el.shadowRoot!;
const status = (el: SamAllergies) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamAllergies, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamAllergies, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const textOf = (el: SamAllergies) => root(el).textContent.replace(/\s+/g, ' ');
const substances = (el: SamAllergies, scope = '.allergies') =>
  $$(el, `${scope} .substance`).map((button) => button.textContent.trim());

async function settled(el: SamAllergies, expected: string) {
  await waitUntil(() => status(el) === expected, `status never became ${expected} (was ${status(el)})`, {
    timeout: 4000,
  });
  await el.updateComplete;
  // The locale pack (nn, en) may arrive after the first data render.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

const unavailable: FhirSource = {
  ...createStaticSource(typicalPatient()),
  search: (type) =>
    Promise.resolve({
      resources: [],
      included: [],
      issues: [],
      failures: [{ ...UNAVAILABLE_ALLERGIES, resourceType: type }],
      truncated: false,
    }),
};

interface StateCase {
  readonly name: string;
  /** The `data-status` core's state view settles in. */
  readonly status: string;
  readonly set: (el: SamAllergies) => void;
  /** What the view says in each language. */
  readonly says: Readonly<Record<Locale, string>>;
}

const STATES: readonly StateCase[] = [
  {
    name: 'loading',
    status: 'loading',
    set: (el) => {
      el.source = pendingSource;
      el.patient = EXAMPLE_PATIENT;
    },
    says: { nb: 'Laster', nn: 'Lastar', en: 'Loading' },
  },
  {
    name: 'empty',
    status: 'empty',
    set: (el) => {
      el.resources = [];
    },
    says: {
      nb: 'Ingen allergier eller intoleranser er registrert i denne journalen.',
      nn: 'Ingen allergiar eller intoleransar er registrerte i denne journalen.',
      en: 'No allergies or intolerances are recorded in this record.',
    },
  },
  {
    name: 'not granted',
    status: 'data',
    set: (el) => {
      el.source = grantingSource(typicalPatient(), ['AllergyIntolerance']);
      el.patient = EXAMPLE_PATIENT;
    },
    says: {
      nb: 'Appen har ikke tilgang til allergier og intoleranser.',
      nn: 'Appen har ikkje tilgang til allergiar og intoleransar.',
      en: 'This app has no access to allergies and intolerances.',
    },
  },
  {
    name: 'failed',
    status: 'data',
    set: (el) => {
      el.source = unavailable;
      el.patient = EXAMPLE_PATIENT;
    },
    says: {
      nb: 'Allergier kunne ikke sjekkes',
      nn: 'Allergiar kunne ikkje sjekkast',
      en: 'Allergies could not be checked',
    },
  },
  {
    name: 'partial',
    status: 'partial',
    set: (el) => {
      el.source = partialSource();
      el.patient = EXAMPLE_PATIENT;
    },
    says: { nb: 'Penicilliner', nn: 'Penicilliner', en: 'Penicilliner' },
  },
  {
    name: 'data',
    status: 'data',
    set: (el) => {
      el.resources = typicalPatient();
    },
    says: { nb: 'Kritisk', nn: 'Kritisk', en: 'Critical' },
  },
];

/** The allergies load, reading who recorded them is refused: the rows show, a notice says what is missing. */
function partialSource(): FhirSource {
  const inner = createStaticSource(typicalPatient());
  // A server without `_include`: who recorded them is read by reference, and that is refused.
  const withoutIncludes: FhirSource = {
    search: async (type, params, options) => ({ ...(await inner.search(type, params, options)), included: [] }),
    read: (reference, options) => inner.read(reference, options),
  };
  return recordingSource(withoutIncludes, {
    failRead: (reference) => (reference.startsWith('PractitionerRole/') ? REFUSED_PEOPLE : undefined),
  }).source;
}

describe('<sam-allergies> every state, language, theme and width', function () {
  this.timeout(60_000);

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
                <sam-allergies locale=${locale}></sam-allergies>
              </div>
            `);
            const el = wrapper.querySelector('sam-allergies')!;
            state.set(el);
            await settled(el, state.status);
            const where = `${state.name} ${locale} ${theme} ${String(width)}px`;
            expect(textOf(el), where).to.contain(state.says[locale]);
            // Nothing but the data's own words says "none" (and nothing here is coded so).
            expect(textOf(el), where).not.to.match(/kjente allergi|kjende allergi|known allerg/i);
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

describe('<sam-allergies> could not check', () => {
  it('not granted: a warning (not a quiet line), no list, no "none", no retry', async () => {
    const recording = recordingSource(grantingSource(typicalPatient(), ['AllergyIntolerance']));
    const el = await fixture<SamAllergies>(
      html`<sam-allergies .source=${recording.source} patient=${EXAMPLE_PATIENT}></sam-allergies>`,
    );
    await settled(el, 'data');
    expect(recording.searches).to.deep.equal([]);
    const notice = $(el, 'sam-notice.unchecked')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.getAttribute('heading')).to.equal('Allergier kunne ikke sjekkes');
    expect(notice.textContent).to.contain('Sjekk allergiene i journalen.');
    expect($(el, '.sam-empty')).to.equal(null);
    expect($(el, '.allergies')).to.equal(null);
    expect($(el, '.sam-retry')).to.equal(null);
    expect($(el, '[role=status]')!.textContent.trim()).to.equal('Allergier kunne ikke sjekkes');
  });

  it('failed: names why, offers a retry that loads again', async () => {
    let failing = true;
    const inner = createStaticSource(typicalPatient());
    const source: FhirSource = {
      search: (type, params, options) =>
        failing ? unavailable.search(type, params, options) : inner.search(type, params, options),
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamAllergies>(
      html`<sam-allergies .source=${source} patient=${EXAMPLE_PATIENT}></sam-allergies>`,
    );
    await settled(el, 'data');
    const notice = $(el, 'sam-notice.unchecked')!;
    expect(notice.textContent).to.contain('tjenesten svarer ikke');
    expect(textOf(el)).not.to.contain('Ingen allergier');
    failing = false;
    notice.querySelector('button')!.click();
    await waitUntil(() => $(el, '.allergies') !== null, 'the retry never showed the allergies');
    expect(substances(el)).to.deep.equal(TYPICAL_ORDER);
    expect($(el, 'sam-notice.unchecked')).to.equal(null);
  });

  it('a source that throws is a failed check, never an empty list', async () => {
    const source: FhirSource = {
      search: () => {
        throw new Error('boom');
      },
      read: () => Promise.reject(new Error('boom')),
    };
    const el = await fixture<SamAllergies>(
      html`<sam-allergies .source=${source} patient=${EXAMPLE_PATIENT}></sam-allergies>`,
    );
    await waitUntil(() => $(el, 'sam-notice') !== null, 'no notice');
    expect(textOf(el)).not.to.contain('Ingen allergier');
    expect(textOf(el)).to.contain('kunne ikke');
  });

  it('partly failed (one organisation of two): its allergies show under a warning naming the other', async () => {
    const source = mergeSources([
      { source: createStaticSource(typicalPatient()), label: 'Fjordvik legekontor' },
      { source: unavailable, label: 'St. Olavs hospital' },
    ]);
    const el = await fixture<SamAllergies>(
      html`<sam-allergies .source=${source} patient=${EXAMPLE_PATIENT}></sam-allergies>`,
    );
    await settled(el, 'data');
    const notice = $(el, 'sam-notice.unchecked')!;
    expect(notice.getAttribute('heading')).to.equal('Ikke alle allergier kunne sjekkes');
    expect(notice.textContent).to.contain('St. Olavs hospital');
    expect(substances(el)).to.deep.equal(TYPICAL_ORDER);
    await expect(el).to.be.accessible();
  });
});

describe('<sam-allergies> view', () => {
  async function typical(locale: Locale = 'nb'): Promise<SamAllergies> {
    const el = await fixture<SamAllergies>(
      html`<sam-allergies locale=${locale} .resources=${typicalPatient()}></sam-allergies>`,
    );
    await settled(el, 'data');
    return el;
  }

  it('lists kritisk first, says kritisk and "ikke bekreftet" in words, and counts what it left out', async () => {
    const el = await typical();
    expect(substances(el)).to.deep.equal(TYPICAL_ORDER);
    const critical = $$(el, '.allergy.is-critical .badge.critical').map((badge) => badge.textContent.trim());
    expect(critical).to.deep.equal(['Kritisk', 'Kritisk']);
    expect($$(el, '.badge.unconfirmed').map((badge) => badge.textContent.trim())).to.deep.equal(['Ikke bekreftet']);
    expect($(el, '.excluded')!.textContent.trim()).to.equal('Ikke vist: 1 avkreftet og 1 registrert ved en feil.');
    expect(textOf(el)).not.to.contain('Amoksicillin');
    expect(textOf(el)).not.to.contain('Ibuprofen');
    expect($(el, '.sam-state [role=status]')!.textContent.trim()).to.equal(
      '5 allergier eller intoleranser, 2 kritiske.',
    );
    // The first row: reaction with severity, recorded when, by whom, where.
    const first = $(el, '.allergies .allergy')!;
    expect(first.textContent).to.contain('Anafylaktisk reaksjon (alvorlig)');
    expect(first.querySelector('.recorded')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Registrert 14. mars 2019 av Kari Hansen · Fjordvik legekontor',
    );
  });

  it('puts the resolved ones behind a button', async () => {
    const el = await typical();
    const toggle = $(el, '.past-toggle')!;
    expect(toggle.textContent.trim()).to.equal('Ikke lenger aktive (1)');
    expect($(el, '.past-list')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(substances(el, '.past-list')).to.deep.equal(['Plaster (klebemiddel)']);
    expect($(el, '.past-list .badge.status')!.textContent.trim()).to.equal('Gått over');
    await expect(el).to.be.accessible();
  });

  it('opens the details: every fact, the reactions, the codes, and the source on demand', async () => {
    const el = await typical();
    $(el, '.allergies .allergy .toggle')!.click();
    await el.updateComplete;
    const details = $(el, '.details')!;
    const text = details.textContent.replace(/\s+/g, ' ');
    for (const fact of [
      'Legemiddel',
      'Allergi',
      'Bekreftet',
      'Aktiv',
      'mars 2019',
      'ATC J01C',
      'SNOMED CT 764146007',
      'Intravenøst',
    ]) {
      expect(text).to.contain(fact);
    }
    expect(text).not.to.contain('fastlege-hansen');
    const sourceButton = [...details.querySelectorAll('button')].find((button) =>
      button.textContent.includes('Vis kilde'),
    )!;
    sourceButton.click();
    await el.updateComplete;
    expect(details.textContent).to.contain('"resourceType": "AllergyIntolerance"');
    await expect(el).to.be.accessible();
  });

  it('fires sam-select with the row and its resource', async () => {
    const el = await typical();
    const event = oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    $(el, '.allergies .substance')!.click();
    const { detail } = await event;
    expect(detail.kind).to.equal('allergy');
    expect((detail.item as { substance: string }).substance).to.equal('Penicilliner');
    expect((detail.resources[0] as Resource).id).to.equal('penicillin');
  });

  it('says "no known allergies" only when a record is coded so, with who recorded it where', async () => {
    const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${noKnownPatient()}></sam-allergies>`);
    await settled(el, 'data');
    const statement = $(el, '.statement')!;
    expect(statement.querySelector('.statement-text')!.textContent.trim()).to.equal(
      'Ingen kjente allergier registrert',
    );
    expect(statement.textContent).to.contain('Kari Hansen');
    expect(statement.textContent).to.contain('Fjordvik legekontor');
    expect($(el, '.sam-empty')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a "no known drug allergy" that a current allergy contradicts', async () => {
    const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${contradictedPatient()}></sam-allergies>`);
    await settled(el, 'data');
    expect($(el, '.statement.is-contradicted .attention')!.textContent.trim()).to.equal(
      'Stemmer ikke med allergiene som er registrert nedenfor.',
    );
    expect(substances(el)).to.deep.equal(['Penicilliner']);
  });

  for (const [locale, heading, critical, unconfirmed, excluded] of [
    [
      'nn',
      'Allergiar og intoleransar',
      'Kritisk',
      'Ikkje stadfesta',
      'Ikkje vist: 1 avkrefta og 1 registrert ved ein feil.',
    ],
    ['en', 'Allergies and intolerances', 'Critical', 'Unconfirmed', 'Not shown: 1 refuted and 1 entered in error.'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await typical(locale);
      expect($(el, 'h2')!.textContent.trim()).to.equal(heading);
      expect($(el, '.badge.critical')!.textContent.trim()).to.equal(critical);
      expect($(el, '.badge.unconfirmed')!.textContent.trim()).to.equal(unconfirmed);
      expect($(el, '.excluded')!.textContent.trim()).to.equal(excluded);
      expect(unreadableTexts(root(el), locale)).to.deep.equal([]);
    });
  }
});

describe('<sam-allergies> bad input', () => {
  it('an allergy without a code, wrong types and unknown codes: what can be read, a word for the rest', async () => {
    const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${malformedPatient()}></sam-allergies>`);
    await settled(el, 'data');
    const text = textOf(el);
    expect(text).to.contain('Ukjent stoff');
    // The narrative still says what it was.
    expect(text).to.contain('Allergi: sulfa & trimetoprim');
    expect(text).to.contain('ukjent dato');
    expect(text).to.contain('Det står ikke hvilket stoff allergien gjelder.');
    expect(text).to.contain('Oppføringen er ikke en lesbar FHIR-ressurs.');
    expect(unreadableTexts(root(el), 'nb')).to.deep.equal([]);
    for (const button of $$(el, '[aria-expanded="false"]')) button.click();
    await el.updateComplete;
    expect(unreadableTexts(root(el), 'nb')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('any JSON at all: no throw, a view', async () => {
    for (const input of [
      null,
      42,
      'text',
      [{}],
      [{ resourceType: 'AllergyIntolerance' }],
      { resourceType: 'Bundle', entry: 'x' },
    ]) {
      const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${input}></sam-allergies>`);
      await waitUntil(
        () => ['data', 'empty', 'partial'].includes(status(el) ?? ''),
        `no view for ${JSON.stringify(input)}`,
      );
      expect(unreadableTexts(root(el), 'nb'), JSON.stringify(input)).to.deep.equal([]);
    }
  });

  it('markup in every field is shown as text, never run', async () => {
    window.__samPwned = undefined;
    const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${hostilePatient()}></sam-allergies>`);
    await settled(el, 'data');
    for (const button of $$(el, '[aria-expanded="false"]')) button.click();
    await el.updateComplete;
    for (const button of $$(el, '[aria-expanded="false"]')) button.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__samPwned).to.equal(undefined);
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect($(el, '.substance')!.textContent.trim()).to.equal(HOSTILE);
  });
});
