// The shared behaviour every component gets from SamFhirElement, PatientLoad, DataController and
// renderDataState, exercised through a small list component built the way the real ones are.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle, Observation, Resource } from 'fhir/r4.js';
import { html as litHtml } from 'lit';
import '../src/define.js';
import {
  componentStyles,
  defineElement,
  PatientLoad,
  renderDataState,
  SamFhirElement,
  stateStyles,
  type FhirSource,
  type SearchResult,
  type SourceFailure,
} from '../src/index.js';

class TestList extends SamFhirElement {
  static override styles = [stateStyles, componentStyles];
  loads = 0;

  readonly data = this.patientData<string[]>({
    load: async (source, patient, signal) => {
      this.loads++;
      const load = new PatientLoad(source, patient, { signal });
      await load.search('Observation');
      return load.result();
    },
    // Like a real model, this trusts what it should not: a coding without text throws here.
    model: (resources) => observationsIn(resources).map((o) => o.code.text!.trim()),
    isEmpty: (rows) => rows.length === 0,
  });

  protected override render() {
    return renderDataState(this.data, {
      locale: this.effectiveLocale,
      empty: 'Ingen målinger',
      describe: (rows) => `${rows.length} målinger`,
      data: (rows) => litHtml`<ul>${rows.map((row) => litHtml`<li>${row}</li>`)}</ul>`,
    });
  }
}
defineElement('sam-test-list', TestList);

/** The Observations in resources or Bundles, as a component's model finds its resources. */
function observationsIn(input: unknown): Observation[] {
  const all: unknown[] = Array.isArray(input) ? input : [input];
  return all.flatMap((item): Observation[] => {
    const resource = item as Resource;
    if (resource.resourceType === 'Bundle')
      return observationsIn((resource as Bundle).entry?.map((entry) => entry.resource));
    return resource.resourceType === 'Observation' ? [resource as Observation] : [];
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'sam-test-list': TestList;
  }
}

const observation = (id: string, text: string, patient = 'p1'): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { text },
  subject: { reference: `Patient/${patient}` },
});

/** A source whose searches the test settles by hand. */
function manualSource(canRead?: FhirSource['canRead']) {
  const pending: { resolve: (result: SearchResult) => void; params: unknown }[] = [];
  const source: FhirSource = {
    ...(canRead ? { canRead } : {}),
    search: (_type, params) => new Promise((resolve) => pending.push({ resolve: resolve as never, params })),
    read: () => Promise.resolve({ failure: { kind: 'not-found', message: 'none' } }),
  };
  const answer = (resources: Resource[], failures: SourceFailure[] = [], truncated = false) => {
    pending.shift()!.resolve({ resources, included: [], issues: [], failures, truncated });
  };
  return { source, pending, answer };
}

const status = (el: TestList) => el.shadowRoot!.querySelector('.sam-state')!.getAttribute('data-status');
const live = (el: TestList) => el.shadowRoot!.querySelector('[role=status]')!.textContent.trim();
const items = (el: TestList) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

async function settled(el: TestList, expected: string) {
  await waitUntil(() => status(el) === expected, `status never became ${expected}`, { timeout: 2000 });
}

describe('SamFhirElement with DataController', () => {
  it('is idle, with a clear message, while it has nothing to load from', async () => {
    const el = await fixture<TestList>(html`<sam-test-list></sam-test-list>`);
    expect(status(el)).to.equal('idle');
    expect(el.shadowRoot!.querySelector('sam-notice')!.textContent).to.contain('Ingen datakilde');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton and announces loading, then the data and how much arrived', async () => {
    const { source, answer } = manualSource();
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    expect(status(el)).to.equal('loading');
    expect(el.shadowRoot!.querySelector('.sam-skeleton')).to.be.instanceOf(HTMLElement);
    expect(el.shadowRoot!.querySelector('.sam-state')!.getAttribute('aria-busy')).to.equal('true');
    expect(live(el)).to.equal('Laster …');
    await expect(el).to.be.accessible();

    answer([observation('o1', 'Blodtrykk'), observation('o2', 'Puls')]);
    await settled(el, 'data');
    expect(items(el)).to.deep.equal(['Blodtrykk', 'Puls']);
    expect(live(el)).to.equal('2 målinger');
    await expect(el).to.be.accessible();
  });

  it('says so when there is nothing', async () => {
    const el = await fixture<TestList>(html`<sam-test-list .resources=${[]}></sam-test-list>`);
    await settled(el, 'empty');
    expect(el.shadowRoot!.querySelector('.sam-empty')!.textContent).to.equal('Ingen målinger');
    await expect(el).to.be.accessible();
  });

  it('shows what loaded plus a notice of what did not (partial)', async () => {
    const { source, answer } = manualSource();
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    answer(
      [observation('o1', 'Blodtrykk')],
      [{ kind: 'forbidden', resourceType: 'MedicationStatement', message: '403', origin: { label: 'Fastlegen' } }],
    );
    await settled(el, 'partial');
    expect(items(el)).to.deep.equal(['Blodtrykk']);
    const notice = el.shadowRoot!.querySelector('sam-notice')!;
    expect(notice.variant).to.equal('warning');
    expect(notice.textContent).to.contain('Du har ikke tilgang til legemiddelbruk fra Fastlegen.');
    // A refusal comes back the same on a second try: no retry.
    expect(notice.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks nothing for a type that was not granted, and says so quietly instead of "none"', async () => {
    const { source, pending } = manualSource((type) => type !== 'Observation');
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    await settled(el, 'empty');
    expect(pending).to.have.length(0);
    expect(el.shadowRoot!.querySelector('sam-notice')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.sam-empty')!.textContent).to.equal(
      'Ingenting er registrert i det som er delt med denne appen.',
    );
    expect(el.shadowRoot!.querySelector('.sam-not-shared')!.textContent.trim()).to.equal(
      'Målinger og prøvesvar er ikke delt med denne appen.',
    );
    expect(live(el)).to.equal('Ingenting er registrert i det som er delt med denne appen.');
    await expect(el).to.be.accessible();
  });

  it('says what a search cut short kept, as a note without a retry', async () => {
    const { source, answer } = manualSource();
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    answer([observation('o1', 'Puls')], [], true);
    await settled(el, 'data');
    const notice = el.shadowRoot!.querySelector('sam-notice')!;
    expect(notice.variant).to.equal('info');
    expect(notice.textContent).to.contain('Bare 1 målinger og prøvesvar er hentet; det finnes flere.');
    expect(notice.querySelector('button')).to.equal(null);
    expect(items(el)).to.deep.equal(['Puls']);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    const { source, answer, pending } = manualSource();
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    answer([], [{ kind: 'unavailable', resourceType: 'Observation', message: '503', status: 503 }]);
    await settled(el, 'error');
    const notice = el.shadowRoot!.querySelector('sam-notice')!;
    expect(notice.variant).to.equal('error');
    expect(notice.textContent).to.contain('tjenesten svarer ikke');
    await expect(el).to.be.accessible();

    notice.querySelector('button')!.click();
    await settled(el, 'loading');
    expect(pending).to.have.length(1);
    answer([observation('o1', 'Puls')]);
    await settled(el, 'data');
    expect(items(el)).to.deep.equal(['Puls']);
  });

  it('reports a source that throws as a service that does not answer', async () => {
    const broken: FhirSource = {
      search: () => Promise.reject(new TypeError('socket hang up')),
      read: () => Promise.reject(new TypeError('socket hang up')),
    };
    const el = await fixture<TestList>(html`<sam-test-list .source=${broken} patient="p1"></sam-test-list>`);
    await settled(el, 'error');
    expect(el.shadowRoot!.querySelector('sam-notice')!.textContent).to.contain('tjenesten svarer ikke');
  });

  it('turns a model that throws on bad input into an error message instead of a blank element', async () => {
    const missingText = { ...observation('o1', 'x'), code: {} };
    const el = await fixture<TestList>(html`<sam-test-list .resources=${[missingText]}></sam-test-list>`);
    await settled(el, 'error');
    expect(el.shadowRoot!.querySelector('sam-notice')!.textContent).to.contain('svaret fra tjenesten var ugyldig');
    await expect(el).to.be.accessible();
  });

  it('reloads when the patient changes and ignores the answer of the load it replaced', async () => {
    const { source, answer, pending } = manualSource();
    const el = await fixture<TestList>(html`<sam-test-list .source=${source} patient="p1"></sam-test-list>`);
    el.patient = 'p2';
    await el.updateComplete;
    expect(pending.map((p) => p.params)).to.deep.equal([
      { patient: 'p1', _count: 100 },
      { patient: 'p2', _count: 100 },
    ]);
    answer([observation('old', 'Gammel')]);
    answer([observation('new', 'Ny', 'p2')]);
    await settled(el, 'data');
    expect(items(el)).to.deep.equal(['Ny']);
  });

  it('takes plain resources or Bundles instead of a source', async () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: observation('o1', 'Vekt') }, { resource: observation('o2', 'Høyde', 'p2') }],
    };
    const el = await fixture<TestList>(html`<sam-test-list .resources=${bundle} patient="Patient/p1"></sam-test-list>`);
    await settled(el, 'data');
    expect(items(el)).to.deep.equal(['Vekt']);
  });

  it('takes source, patient and locale from the nearest <sam-fhir-context>, sharing one request', async () => {
    const { source, answer, pending } = manualSource();
    const page = await fixture(html`
      <sam-fhir-context .source=${source} patient="p1" locale="en">
        <sam-test-list></sam-test-list>
        <sam-test-list></sam-test-list>
      </sam-fhir-context>
    `);
    const [first, second] = [...page.querySelectorAll('sam-test-list')] as [TestList, TestList];
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(pending).to.have.length(1);
    expect(live(first)).to.equal('Loading …');
    answer([observation('o1', 'Pulse')]);
    await settled(first, 'data');
    await settled(second, 'data');
    expect(items(second)).to.deep.equal(['Pulse']);
  });

  it('renders hostile text from the data as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<TestList>(
      html`<sam-test-list .resources=${[observation('o1', hostile)]}></sam-test-list>`,
    );
    await settled(el, 'data');
    expect(items(el)).to.deep.equal([hostile]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
