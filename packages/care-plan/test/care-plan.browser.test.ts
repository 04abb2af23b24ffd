import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import '../src/define.js';
import type { ActivityView, GoalView, SamCarePlan } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  HOSTILE,
  OVERDUE_NOW,
  REFUSED_OBSERVATIONS,
  SCRIPT,
  UNAVAILABLE_PLANS,
  failingSource,
  hostilePatient,
  malformedPatient,
  overduePatient,
  pendingSource,
  typicalPatient,
  zonePatient,
} from './care-plan-examples.browser.js';

declare global {
  interface Window {
    __samPwned?: number | undefined;
  }
}

const root = (el: SamCarePlan) => el.shadowRoot!;
const status = (el: SamCarePlan) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamCarePlan, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamCarePlan, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: SamCarePlan, selector: string) => $$(el, selector).map((node) => node.textContent.trim());
const planButtons = (el: SamCarePlan) => texts(el, '.plan-button .plan-title');

async function settled(el: SamCarePlan, expected: string) {
  await waitUntil(() => status(el) === expected, `status never became ${expected} (was ${status(el)})`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

async function typical(locale = 'nb'): Promise<SamCarePlan> {
  const el = await fixture<SamCarePlan>(
    html`<sam-care-plan style="width: 900px" locale=${locale} .resources=${typicalPatient()}></sam-care-plan>`,
  );
  await settled(el, 'data');
  return el;
}

describe('<sam-care-plan> states', () => {
  it('shows a skeleton and announces loading while the source has not answered', async () => {
    const el = await fixture<SamCarePlan>(html`<sam-care-plan .source=${pendingSource} patient="p1"></sam-care-plan>`);
    expect(status(el)).to.equal('loading');
    expect($(el, '.sam-skeleton')).not.to.equal(null);
    expect($(el, '[role=status]')!.textContent.trim()).to.equal('Laster …');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no plans', async () => {
    const el = await fixture<SamCarePlan>(html`<sam-care-plan .resources=${[]}></sam-care-plan>`);
    await settled(el, 'empty');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal('Ingen planer er registrert.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    let failing = true;
    const inner = createStaticSource(typicalPatient());
    const failed = failingSource([], { CarePlan: UNAVAILABLE_PLANS });
    const source: FhirSource = {
      search: (type, params, options) =>
        failing ? failed.search(type, params, options) : inner.search(type, params, options),
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${source} patient=${EXAMPLE_PATIENT}></sam-care-plan>`,
    );
    await settled(el, 'error');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('error');
    expect(notice.textContent).to.contain('tjenesten svarer ikke');
    await expect(el).to.be.accessible();

    failing = false;
    notice.querySelector('button')!.click();
    await settled(el, 'data');
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Individuell plan for Kari Nordmann');
  });

  it('shows the plans with a notice of what failed when the measurements are refused (partial)', async () => {
    const source = failingSource(typicalPatient(), { Observation: REFUSED_OBSERVATIONS });
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${source} patient=${EXAMPLE_PATIENT}></sam-care-plan>`,
    );
    await settled(el, 'partial');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.textContent).to.contain('Fjordvik legekontor');
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Individuell plan for Kari Nordmann');
    // Without measurements, progress is unknown, in words.
    expect(texts(el, '.goal .progress')[0]).to.contain('Ukjent fremgang');
    await expect(el).to.be.accessible();
  });

  it('says goals are not shared when the app was not granted them, with no warning and no "no goals"', async () => {
    const source = grantingSource(typicalPatient(), ['Goal', 'Observation']);
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${source} patient=${EXAMPLE_PATIENT}></sam-care-plan>`,
    );
    await settled(el, 'data');
    expect($(el, 'sam-notice')).to.equal(null);
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Individuell plan for Kari Nordmann');
    expect($(el, '.goals .sam-not-shared')!.textContent.trim()).to.equal('Mål er ikke delt med denne appen.');
    expect(root(el).textContent).not.to.contain('Planen har ingen mål');
    // The plan's goal references stay unresolved by design: no problem is reported for them.
    expect($(el, '.plan > .notes')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says plans are not shared rather than that there are none', async () => {
    const source = grantingSource(typicalPatient(), ['CarePlan']);
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${source} patient=${EXAMPLE_PATIENT} locale="en"></sam-care-plan>`,
    );
    await settled(el, 'empty');
    expect(root(el).textContent).not.to.contain('No care plans');
    expect($(el, '.sam-not-shared')!.textContent.trim()).to.equal('Not shared with this app: care plans.');
    await expect(el).to.be.accessible();
  });

  it('loads through a source and patient', async () => {
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${createStaticSource(typicalPatient())} patient=${EXAMPLE_PATIENT}></sam-care-plan>`,
    );
    await settled(el, 'data');
    expect(planButtons(el)).to.have.length(3);
    expect($(el, '.sam-state [role=status]')!.textContent.trim()).to.equal('3 planer');
  });
});

describe('<sam-care-plan> view', () => {
  for (const [locale, matters, sections, listHeading] of [
    ['nb', 'Hva er viktig for meg', ['Ansvarsgruppe', 'Helseproblemer planen gjelder', 'Mål', 'Aktiviteter'], 'Planer'],
    ['nn', 'Kva er viktig for meg', ['Ansvarsgruppe', 'Helseproblem planen gjeld', 'Mål', 'Aktivitetar'], 'Planar'],
    ['en', 'What matters to me', ['Care team', 'Conditions addressed', 'Goals', 'Activities'], 'Plans'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await typical(locale);
      expect(texts(el, 'h2')).to.deep.equal([listHeading, 'Individuell plan for Kari Nordmann']);
      expect(texts(el, 'h3')).to.deep.equal([matters, ...sections]);
      expect($(el, '.base')!.getAttribute('lang')).to.equal(locale);
      expect($(el, 'sam-status')!.getAttribute('locale')).to.equal(locale);
    });
  }

  it('lists current plans first, sub-plans under their plan, and shows the chosen one', async () => {
    const el = await typical();
    expect(planButtons(el)).to.deep.equal([
      'Individuell plan for Kari Nordmann',
      'Delplan: hjemmetjenester',
      'Oppfølgingsplan etter sykehusopphold',
    ]);
    const buttons = $$(el, '.plan-button');
    expect(buttons.map((button) => button.getAttribute('aria-current'))).to.deep.equal(['true', 'false', 'false']);
    buttons[2]!.click();
    await el.updateComplete;
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Oppfølgingsplan etter sykehusopphold');
    expect($$(el, '.plan-button').map((button) => button.getAttribute('aria-current'))).to.deep.equal([
      'false',
      'false',
      'true',
    ]);
    const plan = $(el, '.plan')!;
    expect(plan.querySelector('sam-status')!.getAttribute('status')).to.equal('completed');
  });

  it('opens and closes sub-plans with a disclosure button', async () => {
    const el = await typical();
    const disclosure = $(el, '.disclosure')!;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    expect(disclosure.textContent.trim()).to.equal('Delplaner under Individuell plan for Kari Nordmann (1)');
    const nested = $(el, `#${disclosure.getAttribute('aria-controls')!}`)!;
    expect(nested.tagName).to.equal('UL');
    expect(nested.textContent).to.contain('Delplan: hjemmetjenester');
    disclosure.click();
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    expect(planButtons(el)).to.deep.equal([
      'Individuell plan for Kari Nordmann',
      'Oppfølgingsplan etter sykehusopphold',
    ]);
    disclosure.click();
    await el.updateComplete;
    expect(planButtons(el)).to.have.length(3);
  });

  it('shows the header, what matters first, and the koordinator first in the care team', async () => {
    const el = await typical();
    const plan = $(el, '.plan')!;
    expect(plan.querySelector('sam-status')!.getAttribute('status')).to.equal('active');
    const facts = Object.fromEntries(
      [...plan.querySelectorAll('.plan-header .fact')].map((fact) => [
        fact.querySelector('dt')!.textContent.trim(),
        fact.querySelector('dd')!.textContent.trim(),
      ]),
    );
    expect(facts).to.include({ 'Ansvarlig for planen': 'Kari Hansen', Koordinator: 'Siri Lundemo' });
    // An ordinary plan's intent says nothing, so it is not shown.
    expect(facts).not.to.have.property('Hensikt');
    expect(facts.Periode).to.contain('2026');
    // "Hva er viktig for meg" comes before the other sections, with the patient's own goal.
    const sections = [...plan.querySelectorAll('section')];
    expect(sections[0]!.classList.contains('matters')).to.equal(true);
    expect(sections[0]!.textContent).to.contain('Jeg vil klare meg selv hjemme og gå tur med barnebarna.');
    expect(sections[0]!.textContent).to.contain('Gå til butikken selv');
    const members = texts(el, '.members .member-name');
    expect(members).to.deep.equal(['Siri Lundemo', 'Per Fysio', 'Kari Nordmann']);
    expect($(el, '.member.is-coordinator .badge')!.textContent.trim()).to.equal('Koordinator');
    expect(texts(el, '.conditions li')).to.deep.equal(['Hoftebrudd']);
  });

  it('shows goals with target, due date, progress in words and a described trend', async () => {
    const el = await typical();
    const goals = $$(el, '.goal');
    expect(goals.map((goal) => goal.querySelector('.item-title')!.textContent.trim())).to.deep.equal([
      'Gå til butikken selv',
      'Holde vekten under 70 kg',
    ]);
    const [walk, weight] = goals;
    expect(walk!.querySelector('.note.patient')!.textContent.trim()).to.equal('Pasientens eget mål');
    expect(walk!.querySelector('.progress')!.getAttribute('data-state')).to.equal('not-met');
    expect(walk!.querySelector('.progress')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Fremgang: Ikke nådd');
    expect(walk!.querySelector('.progress svg')).not.to.equal(null);
    expect(walk!.textContent).to.contain('Gangdistanse uten pause');
    expect(walk!.textContent).to.contain('2031');
    const trend = walk!.querySelector('svg.trend')!;
    expect(trend.getAttribute('role')).to.equal('img');
    const label = trend.getAttribute('aria-label')!;
    expect(label).to.match(/^Utvikling over 3 målinger: første 50 m, siste 420 m, mål ≥ 1\s000 m\.$/u);
    expect(weight!.querySelector('.progress')!.getAttribute('data-state')).to.equal('met');
    expect(weight!.querySelector('.progress')!.textContent).to.contain('Nådd');
    expect(weight!.querySelector('.note.patient')).to.equal(null);
  });

  it('reads progress as of `now`: later measurements do not count yet', async () => {
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan
        style="width: 900px"
        .now=${new Date('2026-06-15T12:00:00+02:00')}
        .resources=${typicalPatient()}
      ></sam-care-plan>`,
    );
    await settled(el, 'data');
    const [walk, weight] = $$(el, '.goal');
    expect(walk!.querySelector('svg.trend')!.getAttribute('aria-label')).to.match(
      /^Utvikling over 2 målinger: første 50 m, siste 200 m/u,
    );
    expect(weight!.querySelector('.progress')!.getAttribute('data-state')).to.equal('not-met');
  });

  it('groups activities by status in the model’s order, with next date, responsible and source status', async () => {
    const el = await typical();
    expect(texts(el, '.activity-group h4')).to.deep.equal([
      'Ikke startet (1)',
      'Planlagt (1)',
      'Pågår (1)',
      'Avsluttet (1)',
    ]);
    expect($$(el, '.activity-group').map((group) => group.dataset.group)).to.deep.equal([
      'not-started',
      'scheduled',
      'in-progress',
      'completed',
    ]);
    const appointment = $(el, '[data-group=scheduled] .activity')!;
    expect(appointment.querySelector('.item-title')!.textContent.trim()).to.equal('Kontroll hos ortoped');
    const facts = Object.fromEntries(
      [...appointment.querySelectorAll('.fact')].map((fact) => [
        fact.querySelector('dt')!.textContent.trim(),
        fact.querySelector('dd')!.textContent.trim(),
      ]),
    );
    expect(facts.Neste).to.contain('2031');
    expect(facts.Ansvarlig).to.equal('Kari Hansen');
    expect(facts['Status i kilden']).to.equal('Bestilt');
    expect($(el, '[data-group=in-progress] .activity')!.textContent).to.contain('Per Fysio');
  });

  it('shows the plan’s source as JSON text', async () => {
    const el = await typical();
    const toggle = $(el, '.source-toggle')!;
    expect(toggle.textContent.trim()).to.equal('Vis kilde');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const pre = $(el, `#${toggle.getAttribute('aria-controls')!}`)!;
    expect(pre.tagName).to.equal('PRE');
    const json = JSON.parse(pre.textContent) as { resourceType: string; id: string }[];
    expect(json[0]).to.include({ resourceType: 'CarePlan', id: 'ip' });
    toggle.click();
    await el.updateComplete;
    expect($(el, 'pre')).to.equal(null);
  });

  it('fires sam-select for a goal by click and for an activity by Enter', async () => {
    const el = await typical();
    const goal = $(el, '.goal .item-title')!;
    setTimeout(() => {
      goal.click();
    });
    const clicked = await oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    expect(clicked.bubbles && clicked.composed).to.equal(true);
    expect(clicked.detail.kind).to.equal('goal');
    expect((clicked.detail.item as GoalView).key).to.equal('Goal/walk');
    expect((clicked.detail.resources[0] as Resource).id).to.equal('walk');

    const activity = $(el, '[data-group=scheduled] .item-title')!;
    activity.focus();
    const pressed = oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await pressed).detail;
    expect(detail.kind).to.equal('activity');
    expect((detail.item as ActivityView).title).to.equal('Kontroll hos ortoped');
    expect(detail.resources.map((resource) => (resource as Partial<Resource>).resourceType ?? 'activity')).to.include(
      'Appointment',
    );
  });

  it('names zones in words, green, yellow, red, with their criteria and instructions', async () => {
    const el = await fixture<SamCarePlan>(html`<sam-care-plan .resources=${zonePatient()}></sam-care-plan>`);
    await settled(el, 'data');
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Plan for Oddfrid');
    expect(texts(el, '.zone-name')).to.deep.equal(['Grønn sone', 'Gul sone', 'Rød sone']);
    const yellow = $(el, '[data-zone=yellow]')!;
    expect(yellow.textContent).to.contain('Peak flow mellom 50 og 80 prosent');
    expect(yellow.textContent).to.contain('Øk medikamentdose og kontakt fastlege innen 24 timer');
    expect(yellow.querySelector('.zone-name svg')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<sam-care-plan> overdue activities', () => {
  for (const [locale, summary, note, date] of [
    ['nb', '1 aktivitet er forfalt.', 'Forfalt – skulle vært utført', '31. oktober 2026'],
    ['nn', '1 aktivitet er forfallen.', 'Forfallen – skulle vore utført', '31. oktober 2026'],
    ['en', '1 activity is overdue.', 'Overdue – was due', '31 October 2026'],
  ] as const) {
    it(`flags the activity whose time passed without being done, in words and an icon (${locale})`, async () => {
      const el = await fixture<SamCarePlan>(
        html`<sam-care-plan locale=${locale} .now=${OVERDUE_NOW} .resources=${overduePatient()}></sam-care-plan>`,
      );
      await settled(el, 'data');
      expect(texts(el, '.activities > .note.overdue')).to.deep.equal([summary]);
      const flagged = $$(el, '.activity').filter((item) => item.querySelector('.note.overdue'));
      expect(flagged.map((item) => item.querySelector('.item-title')!.textContent.trim())).to.deep.equal(['Sårstell']);
      const flag = flagged[0]!.querySelector('.note.overdue')!;
      expect(flag.textContent.replace(/\s+/g, ' ').trim()).to.equal(`${note} ${date}`);
      expect(flag.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-31');
      expect(flag.querySelector('svg')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sam-care-plan> with generated patients', () => {
  const population = generatePopulation({ seed: 1 });

  it('Ragnhild: the individuell plan, koordinator first, delplaner as a tree two levels deep', async () => {
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${createStaticSource(population)} patient=${PATIENT_IDS.ragnhild}></sam-care-plan>`,
    );
    await settled(el, 'data');
    expect($(el, '.plan-heading')!.textContent.trim()).to.match(/^Individuell plan for /);
    expect(texts(el, '.members .member-name')[0]).to.equal('Siri Lundemo');
    expect($(el, '.member')!.classList.contains('is-coordinator')).to.equal(true);
    // The delplan with children opens to show the training programme below it.
    const closed = $$(el, '.disclosure').find((button) => button.getAttribute('aria-expanded') === 'false')!;
    closed.click();
    await el.updateComplete;
    expect($$(el, '.tree .tree .tree .plan-button').length).to.be.greaterThan(0);
    expect($(el, 'svg.trend')!.getAttribute('aria-label')).to.match(/^Utvikling over 5 målinger: første 50/);
    await expect(el).to.be.accessible();
  });
});

describe('<sam-care-plan> with bad input', () => {
  it('shows hostile strings in every field as text, never as markup', async () => {
    window.__samPwned = undefined;
    const el = await fixture<SamCarePlan>(html`<sam-care-plan .resources=${hostilePatient()}></sam-care-plan>`);
    await settled(el, 'data');
    $(el, '.source-toggle')!.click();
    await el.updateComplete;
    const text = root(el).textContent;
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal(`${HOSTILE} plan`);
    expect(text).to.contain(`${SCRIPT} viktig`);
    expect(text).to.contain(`${HOSTILE} mål`);
    expect(text).to.contain(`${SCRIPT} aktivitet`);
    expect(text).to.contain(`${HOSTILE} diagnose`);
    expect(text).to.contain(`${HOSTILE} utfører`);
    expect(text).to.contain('<iframe src="javascript:alert(1)">');
    for (const tag of ['img', 'script', 'iframe', 'b', 'a']) {
      expect(root(el).querySelectorAll(tag), tag).to.have.length(0);
    }
    expect(root(el).querySelectorAll('svg[onload]')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__samPwned).to.equal(undefined);
  });

  it('gives a notice for malformed entries while the rest renders', async () => {
    const el = await fixture<SamCarePlan>(html`<sam-care-plan .resources=${malformedPatient()}></sam-care-plan>`);
    await settled(el, 'data');
    const notice = $(el, 'sam-notice.input-problems')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.textContent).to.contain('Oppføringen er ikke en lesbar FHIR-ressurs.');
    expect(planButtons(el)).to.include.members(['God plan', 'Ødelagt plan']);
    const broken = $$(el, '.plan-button').find((button) => button.textContent.includes('Ødelagt plan'))!;
    broken.click();
    await el.updateComplete;
    expect($(el, '.plan-heading')!.textContent.trim()).to.equal('Ødelagt plan');
    const problems = texts(el, '.plan .note.problem');
    expect(problems.length).to.be.greaterThan(0);
    expect(problems.join(' ')).to.contain('activity');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-care-plan> accessibility and layout', () => {
  it('is accessible with data and the source shown', async () => {
    const el = await typical();
    $(el, '.source-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible when partial', async () => {
    const source = failingSource(typicalPatient(), { Observation: REFUSED_OBSERVATIONS });
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan .source=${source} patient=${EXAMPLE_PATIENT} locale="en"></sam-care-plan>`,
    );
    await settled(el, 'partial');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px with no horizontal overflow and stays accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <sam-care-plan .resources=${[...typicalPatient(), ...hostilePatient()]}></sam-care-plan>
      </div>`,
    );
    const el = wrapper.querySelector('sam-care-plan')!;
    await settled(el, 'data');
    $(el, '.source-toggle')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const left = el.getBoundingClientRect().left;
    for (const node of $$(el, '*')) {
      const right = node.getBoundingClientRect().right - left;
      expect(right, `${node.tagName}.${node.className}`).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
  });
});
