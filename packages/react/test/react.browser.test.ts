// The wrappers inside a real React 19 root: properties (not attributes) reach the elements, the
// `onSamSelect` prop receives `sam-select`, and `locale` switches the language. Plain
// `createElement`, so the tests need no JSX set-up.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Resource } from 'fhir/r4.js';
import { createElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createStaticSource, type LocaleTag } from '@samspill/core';
import { timelineModel, type SamRangeChangeDetail } from '@samspill/timeline';
import {
  EXAMPLE_PATIENT,
  TYPICAL_CURRENT,
  typicalPatient as typicalMedications,
} from '../../medication-list/test/medication-examples.browser.js';
import { typicalPatient as typicalCarePlans } from '../../care-plan/test/care-plan-examples.browser.js';
import { TYPICAL_ORDER, typicalPatient as typicalAllergies } from '../../allergies/test/allergies-examples.js';
import {
  Allergies,
  CarePlan,
  FhirContext,
  MedicationList,
  Timeline,
  TimelineOverview,
  type AllergySelectDetail,
  type CarePlanSelectDetail,
  type MedicationSelectDetail,
} from '../src/index.js';

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = Object.assign(document.createElement('div'), { style: 'width: 1000px' });
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

/** Renders and commits at once, so the wrappers' layout effects have set the properties. */
function render(node: ReactNode): void {
  flushSync(() => {
    root.render(node);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const found = container.querySelector(tag);
  if (!found) throw new Error(`no <${tag}> rendered`);
  return found;
}

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent.trim());

async function settled(el: Element): Promise<void> {
  const status = () => shadow(el).querySelector('.sam-state')?.getAttribute('data-status');
  await waitUntil(() => status() === 'data', `status never became data (was ${status()})`, { timeout: 4000 });
}

/** Waits until the headings read `expected` (a new locale reloads the view). */
async function headings(el: Element, expected: readonly string[]): Promise<void> {
  await waitUntil(() => texts(el, 'h2').join() === expected.join(), `headings were ${texts(el, 'h2').join()}`, {
    timeout: 4000,
  });
}

describe('MedicationList', () => {
  it('passes resources and locale as properties, and the rows render', async () => {
    const resources = typicalMedications();
    render(createElement(MedicationList, { resources, locale: 'nb' }));
    const el = element('sam-medication-list');
    expect(el.resources).to.equal(resources);
    expect(el.hasAttribute('resources')).to.equal(false);
    await settled(el);
    expect(texts(el, '.name')).to.include.members(TYPICAL_CURRENT);
    expect(texts(el, 'h2')).to.deep.equal(['Legemidler i bruk', 'Tidligere legemidler']);
  });

  it('switches language when locale changes', async () => {
    const resources = typicalMedications();
    render(createElement(MedicationList, { resources, locale: 'nb' }));
    const el = element('sam-medication-list');
    await settled(el);
    render(createElement(MedicationList, { resources, locale: 'en' }));
    expect(element('sam-medication-list')).to.equal(el);
    expect(el.locale).to.equal('en');
    await headings(el, ['Current medicines', 'Past medicines']);
  });

  it('calls onSamSelect with the chosen row', async () => {
    const chosen: MedicationSelectDetail[] = [];
    render(
      createElement(MedicationList, {
        resources: typicalMedications(),
        onSamSelect: (event) => chosen.push(event.detail),
      }),
    );
    const el = element('sam-medication-list');
    await settled(el);
    shadow(el).querySelector<HTMLElement>('[data-key="MedicationStatement/ramipril"] .name')!.click();
    expect(chosen).to.have.length(1);
    expect(chosen[0]!.kind).to.equal('medication');
    expect(chosen[0]!.item.key).to.equal('MedicationStatement/ramipril');
    expect((chosen[0]!.resources[0] as Resource).id).to.equal('ramipril');
  });
});

describe('Allergies', () => {
  it('renders the allergies given as resources, in the locale given, and calls onSamSelect', async () => {
    const chosen: AllergySelectDetail[] = [];
    const resources = typicalAllergies();
    render(createElement(Allergies, { resources, locale: 'nn', onSamSelect: (event) => chosen.push(event.detail) }));
    const el = element('sam-allergies');
    expect(el.resources).to.equal(resources);
    await settled(el);
    await headings(el, ['Allergiar og intoleransar']);
    expect(texts(el, '.allergies .substance')).to.deep.equal(TYPICAL_ORDER);
    shadow(el).querySelector<HTMLElement>('.allergies .substance')!.click();
    expect(chosen.map((detail) => [detail.kind, detail.item.substance])).to.deep.equal([['allergy', 'Penicilliner']]);
  });
});

describe('CarePlan', () => {
  it('renders the plans given as resources, in the locale given, and calls onSamSelect', async () => {
    const chosen: CarePlanSelectDetail[] = [];
    render(
      createElement(CarePlan, {
        resources: typicalCarePlans(),
        locale: 'en',
        onSamSelect: (event) => chosen.push(event.detail),
      }),
    );
    const el = element('sam-care-plan');
    await settled(el);
    expect(texts(el, 'h2')).to.deep.equal(['Plans', 'Individuell plan for Kari Nordmann']);
    shadow(el).querySelector<HTMLElement>('.goal .item-title')!.click();
    expect(chosen.map((detail) => detail.kind)).to.deep.equal(['goal']);
  });
});

describe('Timeline', () => {
  it('takes resources and locale as properties and shows its data', async () => {
    const resources = typicalMedications();
    render(createElement(Timeline, { resources, locale: 'nn' }));
    const el = element('sam-timeline');
    expect(el.resources).to.equal(resources);
    expect(el.locale).to.equal('nn');
    await settled(el);
  });
});

describe('TimelineOverview', () => {
  it('takes events as a property and calls onRangeChange with the stretch chosen on it', async () => {
    const { events } = timelineModel(typicalMedications(), { locale: 'en' });
    const chosen: SamRangeChangeDetail[] = [];
    render(
      createElement(TimelineOverview, { events, locale: 'en', onRangeChange: (event) => chosen.push(event.detail) }),
    );
    const el = element('sam-timeline-overview');
    expect(el.events).to.equal(events);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chosen.length === 1, 'onRangeChange was not called');
    expect(chosen[0]?.from.getTime()).to.equal(el.visibleWindow.from);
    expect(chosen[0]?.to.getTime()).to.equal(el.visibleWindow.to);
  });
});

describe('FhirContext', () => {
  it('gives the components inside its source, patient and locale', async () => {
    const source = createStaticSource(typicalMedications());
    const view = (locale: LocaleTag) =>
      createElement(
        FhirContext,
        { source, patient: EXAMPLE_PATIENT, locale },
        createElement(MedicationList),
        createElement(CarePlan),
      );
    render(view('nb'));
    const context = element('sam-fhir-context');
    expect(context.source).to.equal(source);
    await context.updateComplete;
    expect(context.getAttribute('lang')).to.equal('nb');
    const list = element('sam-medication-list');
    await settled(list);
    expect(texts(list, '.name')).to.include.members(TYPICAL_CURRENT);

    render(view('en'));
    await context.updateComplete;
    expect(context.getAttribute('lang')).to.equal('en');
    await headings(list, ['Current medicines', 'Past medicines']);
    expect(element('sam-care-plan').isConnected).to.equal(true);
  });
});
