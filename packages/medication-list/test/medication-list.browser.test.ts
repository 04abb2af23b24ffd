import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import '../src/define.js';
import { MEDICATION_PAGE_SIZE, type SamMedicationList } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  HOSTILE,
  RELATED,
  REFUSED_STATEMENTS,
  SCRIPT,
  TYPICAL_CURRENT,
  failingSource,
  hostilePatient,
  malformedPatient,
  pendingSource,
  pllStatement,
  typicalPatient,
} from './medication-examples.browser.js';

declare global {
  interface Window {
    __samPwned?: number | undefined;
  }
}

const root = (el: SamMedicationList) => el.shadowRoot!;
const status = (el: SamMedicationList) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamMedicationList, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = <E extends Element = HTMLElement>(el: SamMedicationList, selector: string) => [
  ...root(el).querySelectorAll<E>(selector),
];
const names = (el: SamMedicationList, scope = '') =>
  $$(el, `${scope} .name`).map((button) => button.textContent.trim());
const headings = (el: SamMedicationList, level: 'h2' | 'h3') => $$(el, level).map((h) => h.textContent.trim());
/** The icon a row's note, badge or toggle draws in CSS (a mask on `::before`), or `none`. */
/** The mask an icon drawn by CSS names, if it is drawn in the same shadow root (a strict CSP refuses data: images). */
const iconOf = (element: Element) => {
  const id = /^url\("?#([\w-]+)"?\)$/.exec(getComputedStyle(element, '::before').maskImage)?.[1];
  const mask = id === undefined ? null : (element.getRootNode() as ShadowRoot).getElementById(id);
  return mask instanceof SVGMaskElement && mask.querySelector('path, circle, rect, line, polyline') ? id : 'none';
};

async function settled(el: SamMedicationList, expected: string) {
  await waitUntil(() => status(el) === expected, `status never became ${expected} (was ${status(el)})`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

async function typical(locale?: string): Promise<SamMedicationList> {
  const el = await fixture<SamMedicationList>(
    html`<sam-medication-list
      style="width: 1000px"
      locale=${locale ?? 'nb'}
      .resources=${typicalPatient()}
    ></sam-medication-list>`,
  );
  await settled(el, 'data');
  return el;
}

async function choose(el: SamMedicationList, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<sam-medication-list> states', () => {
  it('shows a skeleton and announces loading while the source has not answered', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${pendingSource} patient="p1"></sam-medication-list>`,
    );
    expect(status(el)).to.equal('loading');
    expect($(el, '.sam-skeleton')).not.to.equal(null);
    expect($(el, '[role=status]')!.textContent.trim()).to.equal('Laster …');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no medicines', async () => {
    const el = await fixture<SamMedicationList>(html`<sam-medication-list .resources=${[]}></sam-medication-list>`);
    await settled(el, 'empty');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal('Ingen legemidler er registrert.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    let failing = true;
    const inner = createStaticSource(typicalPatient());
    const source: FhirSource = {
      search: (type, params, options) =>
        failing
          ? Promise.resolve({
              resources: [],
              included: [],
              issues: [],
              failures: [{ kind: 'unavailable', resourceType: type, status: 503, message: '503' }],
              truncated: false,
            })
          : inner.search(type, params, options),
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${source} patient=${EXAMPLE_PATIENT}></sam-medication-list>`,
    );
    await settled(el, 'error');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('error');
    expect(notice.textContent).to.contain('tjenesten svarer ikke');
    await expect(el).to.be.accessible();

    failing = false;
    notice.querySelector('button')!.click();
    await settled(el, 'data');
    expect(names(el)).to.include.members(TYPICAL_CURRENT);
  });

  it('shows the rows that loaded and a notice naming what was refused, and from where (partial)', async () => {
    const source = failingSource(typicalPatient(), { MedicationStatement: REFUSED_STATEMENTS });
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${source} patient=${EXAMPLE_PATIENT}></sam-medication-list>`,
    );
    await settled(el, 'partial');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.textContent).to.contain('Du har ikke tilgang til legemiddelbruk fra Fjordvik legekontor.');
    // Only the hospital's prescription is left; a refusal comes back the same, so no retry is offered.
    expect(names(el)).to.deep.equal(['Metformin Sandoz Tab 500 mg']);
    expect(notice.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says quietly what is not shared with the app, with no warning and no retry', async () => {
    const source = grantingSource(typicalPatient(), ['MedicationStatement']);
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${source} patient=${EXAMPLE_PATIENT}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect($(el, 'sam-notice')).to.equal(null);
    expect($(el, '.sam-retry')).to.equal(null);
    expect($(el, '.sam-not-shared')!.textContent.trim()).to.equal('Legemiddelbruk er ikke delt med denne appen.');
    expect(names(el)).to.deep.equal(['Metformin Sandoz Tab 500 mg']);
    await expect(el).to.be.accessible();
  });

  it('never says "none" when what it shows was not shared', async () => {
    const source = grantingSource(typicalPatient(), ['MedicationRequest', 'MedicationStatement', 'MedicationDispense']);
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${source} patient=${EXAMPLE_PATIENT} locale="nn"></sam-medication-list>`,
    );
    await settled(el, 'empty');
    expect(root(el).textContent).not.to.contain('Ingen legemiddel er registrerte.');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal(
      'Ingenting er registrert i det som er delt med denne appen.',
    );
    expect($(el, '.sam-not-shared')!.textContent.trim()).to.equal(
      'Forskrivingar, legemiddelbruk og utleveringar er ikkje delt med denne appen.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows every row of plain resources without a patient', async () => {
    const el = await typical();
    expect(names(el)).to.have.length(8);
    expect($(el, '.sam-state [role=status]')!.textContent.trim()).to.equal('8 legemidler');
  });

  it('shows only the patient’s rows when given resources and a patient', async () => {
    const resources = [
      ...typicalPatient(),
      pllStatement({ id: 'someone-else', name: 'Annen pasients medisin', atc: 'A01AA01', patient: 'annen' }),
    ];
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .resources=${resources} patient=${EXAMPLE_PATIENT}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect(names(el)).to.have.length(8);
    expect(names(el)).not.to.include('Annen pasients medisin');
  });
});

describe('<sam-medication-list> view', () => {
  it('puts current medicines in bruk groups and past ones in a section of their own', async () => {
    const el = await typical();
    expect(headings(el, 'h2')).to.deep.equal(['Legemidler i bruk', 'Tidligere legemidler']);
    expect(headings(el, 'h3')).to.deep.equal(['Fast', 'Kur', 'Ved behov']);
    expect(names(el, '.current [data-group=fast]')).to.deep.equal(TYPICAL_CURRENT);
    expect(names(el, '.current [data-group=kur]')).to.deep.equal(['Amoxicillin Mylan Kaps 500 mg']);
    expect(names(el, '.current [data-group=ved-behov]')).to.deep.equal(['Paracet Tab 500 mg']);
    expect(names(el, '.past')).to.deep.equal(['Omeprazol Mylan Kaps 20 mg', 'Simvastatin Krka Tab 20 mg']);
    // A real table: caption, column headers, the name as each row's header.
    const table = $(el, '.current table')!;
    expect(table.querySelector('caption')!.textContent.trim()).to.equal('Legemidler i bruk');
    expect(table.querySelectorAll('thead th[scope=col]')).to.have.length(7);
    expect(table.querySelectorAll('tbody th[scope=row]')).to.have.length(6);
    // Rows span the table, under the headers.
    const row = table.querySelector('tbody tr.row')!.getBoundingClientRect();
    expect(row.width).to.be.closeTo(table.getBoundingClientRect().width, 4);
  });

  it('says each status with one word: in the badge, the details and the status filter, in every language', async () => {
    for (const [locale, word] of [
      ['nb', 'Pauset'],
      ['nn', 'Pausa'],
      ['en', 'On hold'],
    ] as const) {
      const el = await typical(locale);
      const row = $(el, '[data-key="MedicationStatement/marevan"]')!;
      expect(row.querySelector('.status')!.textContent.trim(), locale).to.equal(word);
      row.querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      const facts = [...root(el).querySelectorAll('.details .fact')].map((fact) => [
        fact.querySelector('dt')!.textContent.trim(),
        fact.querySelector('dd')!.textContent.trim(),
      ]);
      expect(
        facts.filter(([, value]) => value === word),
        locale,
      ).to.have.length(1);
      const option = root(el).querySelector('select option[value="on-hold"]')!;
      expect(option.textContent.trim(), locale).to.equal(word);
    }
  });

  for (const [locale, current, past, groups, paused] of [
    ['nb', 'Legemidler i bruk', 'Tidligere legemidler', ['Fast', 'Kur', 'Ved behov'], 'Pauset'],
    ['nn', 'Legemiddel i bruk', 'Tidlegare legemiddel', ['Fast', 'Kur', 'Ved behov'], 'Pausa'],
    ['en', 'Current medicines', 'Past medicines', ['Regular', 'Course', 'As needed'], 'On hold'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await typical(locale);
      expect(headings(el, 'h2')).to.deep.equal([current, past]);
      expect(headings(el, 'h3')).to.deep.equal(groups);
      expect($(el, '.base')!.getAttribute('lang')).to.equal(locale);
      expect($(el, '[data-key="MedicationStatement/marevan"] .status')!.textContent.trim()).to.equal(paused);
    });
  }

  it('draws attention to a paused medicine in words, and marks possible duplicates naming both sources', async () => {
    const el = await typical();
    const paused = $(el, '[data-key="MedicationStatement/marevan"]')!;
    expect(paused.classList.contains('is-attention')).to.equal(true);
    expect(paused.querySelector('.note.attention')!.textContent.trim()).to.equal('Pauset – vær oppmerksom');
    // The status in a word, an icon shape and a colour, never colour alone.
    const badge = paused.querySelector<HTMLElement>('.status')!;
    expect(badge.textContent.trim()).to.equal('Pauset');
    expect(badge.getAttribute('data-icon')).to.equal('pause');
    expect(iconOf(badge)).to.equal('icon-status-pause');
    expect(getComputedStyle(badge).color).not.to.equal(getComputedStyle(paused).color);
    expect($(el, '.note.summary')!.textContent.trim()).to.equal('1 legemiddel i bruk er pauset.');

    const duplicate = $(el, '[data-key="MedicationStatement/metformin"] .note.duplicate')!;
    expect(duplicate.textContent.trim()).to.equal(
      'Mulig dobbeltføring: samme virkestoff som «Metformin Sandoz Tab 500 mg». Kilder: Fjordvik legekontor og St. Olavs hospital HF.',
    );
    const flag = $(el, '[data-key="MedicationStatement/paracet"] [data-flag=selfReported]')!;
    expect(flag.textContent.trim()).to.equal('Egenrapportert');
    expect(iconOf(flag)).to.equal('icon-selfReported');
    expect(iconOf(paused.querySelector('.note.attention')!)).not.to.equal(iconOf(flag));
  });

  it('gives a row one duplicate note however many rows share its substance', async () => {
    const same = ['A', 'B', 'C', 'D', 'E'].map((letter) =>
      pllStatement({ id: `dup-${letter}`, name: `Paracet ${letter}`, atc: 'N02BE01', use: '1' }),
    );
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list
        style="width: 1000px"
        locale="en"
        .resources=${[...same, ...RELATED]}
      ></sam-medication-list>`,
    );
    await settled(el, 'data');
    const notes = $$(el, '[data-key="MedicationStatement/dup-A"] .note.duplicate');
    expect(notes).to.have.length(1);
    expect(notes[0]!.textContent.trim()).to.equal(
      'Possible duplicate: same substance as “Paracet B”, “Paracet C”, “Paracet D” and 1 more. Source: Fjordvik legekontor.',
    );
  });

  it('sorts by name, start and status from the column headers, with aria-sort', async () => {
    const el = await typical();
    const header = (key: string) => $(el, `.current button[data-sort=${key}]`)!;
    expect(header('name').parentElement!.getAttribute('aria-sort')).to.equal('none');

    header('name').click();
    await el.updateComplete;
    expect(header('name').parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    expect(names(el, '.current [data-group=fast]')).to.deep.equal([
      'Marevan Tab 2,5 mg',
      'Metformin Mylan Tab 500 mg',
      'Metformin Sandoz Tab 500 mg',
      'Ramipril Actavis Tab 5 mg',
    ]);
    expect($(el, '.current caption')!.textContent).to.contain('sortert etter legemiddel, stigende');

    header('name').click();
    await el.updateComplete;
    expect(header('name').parentElement!.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el, '.current [data-group=fast]')[0]).to.equal('Ramipril Actavis Tab 5 mg');

    header('start').click();
    await el.updateComplete;
    expect(header('start').parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    expect(header('name').parentElement!.getAttribute('aria-sort')).to.equal('none');
    expect(names(el, '.past')).to.deep.equal(['Simvastatin Krka Tab 20 mg', 'Omeprazol Mylan Kaps 20 mg']);

    header('status').click();
    await el.updateComplete;
    // active before on-hold.
    expect(names(el, '.current [data-group=fast]').at(-1)).to.equal('Marevan Tab 2,5 mg');
  });

  it('filters by status and source, searches, and announces the count politely', async () => {
    const el = await typical();
    const [status, source] = $$<HTMLSelectElement>(el, '.controls select');
    const count = $(el, '.count')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent.trim()).to.equal('');

    await choose(el, status!, 'stopped');
    expect(names(el)).to.deep.equal(['Simvastatin Krka Tab 20 mg']);
    expect(count.textContent.trim()).to.equal('Viser 1 av 8 legemidler');

    await choose(el, status!, '');
    await choose(el, source!, 'St. Olavs hospital HF');
    expect(names(el)).to.deep.equal(['Metformin Sandoz Tab 500 mg']);

    await choose(el, source!, '');
    const search = $$<HTMLInputElement>(el, 'input[type=search]')[0]!;
    search.focus();
    await sendKeys({ type: 'metformin' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Metformin Mylan Tab 500 mg', 'Metformin Sandoz Tab 500 mg']);
    expect(count.textContent.trim()).to.equal('Viser 2 av 8 legemidler');

    search.value = 'finnes ikke';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal('Ingen legemidler passer søket og filtrene.');
    // Every control has a label.
    for (const control of $$(el, '.controls select, .controls input')) {
      expect(control.closest('label')!.querySelector('span')!.textContent.trim()).not.to.equal('');
    }
  });

  it('expands a row to every detail and shows its source as text', async () => {
    const el = await typical();
    const row = $(el, '[data-key="MedicationStatement/metformin"]')!;
    const toggle = row.querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent.trim()).to.equal('Detaljer for Metformin Mylan Tab 500 mg');
    // Closed, the details are not rendered at all, and the button controls nothing yet.
    expect(toggle.hasAttribute('aria-controls')).to.equal(false);
    expect($(el, '.details')).to.equal(null);
    expect(iconOf(toggle)).to.equal('icon-chevron');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${toggle.getAttribute('aria-controls')!}`)!;
    const facts = Object.fromEntries(
      [...details.querySelectorAll('.fact')].map((fact) => [
        fact.querySelector('dt')!.textContent.trim(),
        fact.querySelector('dd')!.textContent.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts).to.include({
      Dosering: '1 tablett 2 ganger daglig',
      Administrasjonsvei: 'Oral bruk',
      Bruksområde: 'Diabetes type 2',
      Bruk: 'Fast',
      Start: '1. mars 2024',
      Status: 'Aktiv',
      Forskriver: 'Kari Hansen (HPR-nummer 9144900)',
    });
    expect(facts.Kilde).to.contain('Fjordvik legekontor');

    const showSource = details.querySelector<HTMLButtonElement>('.source-toggle')!;
    expect(showSource.textContent.trim()).to.equal('Vis kilde');
    showSource.click();
    await el.updateComplete;
    expect(showSource.getAttribute('aria-expanded')).to.equal('true');
    const pre = $(el, `#${showSource.getAttribute('aria-controls')!}`)!;
    expect(pre.tagName).to.equal('PRE');
    const json = JSON.parse(pre.textContent) as { resourceType: string; id: string };
    expect(json).to.include({ resourceType: 'MedicationStatement', id: 'metformin' });

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.details')).to.equal(null);
  });

  it('fires sam-select with the row and its resources, by click and by Enter', async () => {
    const el = await typical();
    const name = $(el, '[data-key="MedicationStatement/ramipril"] .name')!;
    setTimeout(() => {
      name.click();
    });
    const clicked = await oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    expect(clicked.bubbles && clicked.composed).to.equal(true);
    expect(clicked.detail.kind).to.equal('medication');
    expect(clicked.detail.item.key).to.equal('MedicationStatement/ramipril');
    expect(clicked.detail.resources).to.have.length(1);
    expect((clicked.detail.resources[0] as Resource).id).to.equal('ramipril');

    name.focus();
    const pressed = oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail.item.name).to.equal('Ramipril Actavis Tab 5 mg');
  });

  it(`renders ${MEDICATION_PAGE_SIZE} rows per group at first, then more on request`, async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      pllStatement({ id: `m${String(i).padStart(3, '0')}`, name: `Legemiddel ${i}`, atc: `A01AA${i}`, use: '1' }),
    );
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list style="width: 1000px" .resources=${many}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect($$(el, 'tbody th[scope=row]')).to.have.length(MEDICATION_PAGE_SIZE);
    const more = $(el, '.more')!;
    expect(more.textContent.trim()).to.equal(`Vis flere (${String(120 - MEDICATION_PAGE_SIZE)})`);
    more.click();
    await el.updateComplete;
    expect($$(el, 'tbody th[scope=row]')).to.have.length(2 * MEDICATION_PAGE_SIZE);
    expect($(el, '.more')!.textContent.trim()).to.equal(`Vis flere (${String(120 - 2 * MEDICATION_PAGE_SIZE)})`);
    // Print shows them all.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, 'tbody th[scope=row]')).to.have.length(120);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, 'tbody th[scope=row]')).to.have.length(2 * MEDICATION_PAGE_SIZE);
  });
});

describe('<sam-medication-list> with bad input', () => {
  it('shows hostile strings in every field as text, never as markup', async () => {
    window.__samPwned = undefined;
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list style="width: 1000px" .resources=${hostilePatient()}></sam-medication-list>`,
    );
    await settled(el, 'data');
    for (const toggle of $$(el, '.toggle')) toggle.click();
    await el.updateComplete;
    for (const button of $$(el, '.source-toggle')) button.click();
    await el.updateComplete;
    // Filters list the hostile organisation too.
    const text = root(el).textContent;
    expect(names(el)).to.include(`${HOSTILE} Tab 5 mg`);
    expect(text).to.contain(`${SCRIPT} 1 tablett`);
    expect(text).to.contain('<b onmouseover=alert(1)>oral</b>');
    expect(text).to.contain(`${HOSTILE} legekontor`);
    expect(text).to.contain('<iframe src="javascript:alert(1)">');
    expect(text).to.contain(`${SCRIPT} Lege`);
    for (const tag of ['img', 'script', 'iframe', 'b', 'a']) {
      expect(root(el).querySelectorAll(tag), tag).to.have.length(0);
    }
    expect(root(el).querySelectorAll('svg[onload]')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__samPwned).to.equal(undefined);
  });

  it('shows a row-level notice for malformed entries while the other rows render', async () => {
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list style="width: 1000px" .resources=${malformedPatient()}></sam-medication-list>`,
    );
    await settled(el, 'data');
    expect(names(el)).to.include('Ramipril Actavis Tab 5 mg');
    const noMedicine = $(el, '[data-key="MedicationStatement/no-medicine"]')!;
    expect(noMedicine.querySelector('.name')!.textContent.trim()).to.equal('Ukjent legemiddel');
    expect(noMedicine.querySelector('.note.problem')!.textContent.trim()).to.equal('Oppføringen mangler legemiddel.');
    const wrong = $(el, '[data-key="MedicationStatement/wrong-types"]')!;
    const problems = [...wrong.querySelectorAll('.note.problem')].map((note) => note.textContent.trim());
    expect(problems).to.include('Feltet «medicationCodeableConcept» har feil form og er utelatt.');
    expect(problems).to.include('Feltet «dosage» har feil form og er utelatt.');
    expect(root(el).textContent).to.contain('Oppføringen er ikke en lesbar FHIR-ressurs.');
    expect($(el, '[data-key="MedicationStatement/good"] .note.problem')).to.equal(null);
  });
});

describe('<sam-medication-list> accessibility and layout', () => {
  it('is accessible with data, expanded details and source shown', async () => {
    const el = await typical();
    $(el, '[data-key="MedicationStatement/marevan"] .toggle')!.click();
    await el.updateComplete;
    $(el, '.source-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible when partial', async () => {
    const source = failingSource(typicalPatient(), { MedicationStatement: REFUSED_STATEMENTS });
    const el = await fixture<SamMedicationList>(
      html`<sam-medication-list .source=${source} patient=${EXAMPLE_PATIENT} locale="en"></sam-medication-list>`,
    );
    await settled(el, 'partial');
    await expect(el).to.be.accessible();
  });

  it('keeps a table narrower than its columns inside itself: the table scrolls, the page does not', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 700px">
        <sam-medication-list .resources=${typicalPatient()}></sam-medication-list>
      </div>`,
    );
    const el = wrapper.querySelector('sam-medication-list')!;
    await settled(el, 'data');
    const scroller = $(el, '.table-scroll')!;
    expect(scroller.querySelector('table')).not.to.equal(null);
    expect(el.scrollWidth).to.be.at.most(700);
    expect(scroller.getBoundingClientRect().width).to.be.at.most(700);
    await expect(el).to.be.accessible();
  });

  it('turns into a list of cards at 320 px, with no horizontal overflow, and stays accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <sam-medication-list .resources=${[...typicalPatient(), ...hostilePatient()]}></sam-medication-list>
      </div>`,
    );
    const el = wrapper.querySelector('sam-medication-list')!;
    await settled(el, 'data');
    await waitUntil(() => $(el, '.cards') !== null, 'never became cards');
    expect($(el, 'table')).to.equal(null);
    expect($$(el, 'li.card').length).to.equal(names(el).length);
    for (const toggle of $$(el, '.card .toggle')) toggle.click();
    await el.updateComplete;
    for (const button of $$(el, '.source-toggle')) button.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '*')) {
      const right = node.getBoundingClientRect().right - el.getBoundingClientRect().left;
      expect(right, node.className).to.be.at.most(321);
    }
    // The narrow form sorts from a labelled select instead of column headers.
    const sort = $$<HTMLSelectElement>(el, '.controls select')[0]!;
    await choose(el, sort, 'name:descending');
    expect(names(el, '[data-group=fast]')[0]).to.equal('Ramipril Actavis Tab 5 mg');
    await expect(el).to.be.accessible();
  });
});
