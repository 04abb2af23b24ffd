// Hydration support must load before Lit does (Lit's SSR client docs): it patches LitElement as it loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { watchPageProblems } from '../src/testing.js';
import type { Observation } from 'fhir/r4.js';
import { html } from 'lit';
import {
  createStaticSource,
  defineElement,
  PatientLoad,
  renderDataState,
  SamFhirElement,
  stateStyles,
  type SamFhirContext,
} from '../src/index.js';

/** A component built the way the real ones are, defined only in the browser: it lives in the context's light DOM. */
class TestReadings extends SamFhirElement {
  static override styles = stateStyles;

  readonly data = this.patientData<string[]>({
    load: async (source, patient, signal) => {
      const load = new PatientLoad(source, patient, { signal });
      await load.search('Observation');
      return load.result();
    },
    model: (resources) =>
      (Array.isArray(resources) ? (resources as Observation[]) : []).map((reading) => reading.code.text ?? ''),
    isEmpty: (rows) => rows.length === 0,
  });

  protected override render() {
    return renderDataState(this.data, {
      locale: this.effectiveLocale,
      empty: 'Ingen målingar',
      data: (rows) =>
        html`<ul>
          ${rows.map((row) => html`<li>${row}</li>`)}
        </ul>`,
    });
  }
}

const READING: Observation = {
  resourceType: 'Observation',
  id: 'bt',
  status: 'final',
  code: { text: 'Blodtrykk' },
  subject: { reference: 'Patient/p1' },
};

// <sam-fhir-context> as a server sends it (@lit-labs/ssr, scripts/wtr-ssr.mjs): lang set before any
// script runs, and, once defined, the element takes its shadow root over and provides to what is inside.
describe('<sam-fhir-context> rendered on a server', () => {
  it('is hydrated in place, then gives the components inside it its source, patient and locale', async () => {
    const markup = await executeServerCommand<string, { imports: string[]; html: string }>('samspill-ssr', {
      imports: ['@samspill/core/define.js'],
      html: '<sam-fhir-context locale="nn" patient="p1"><sam-test-readings></sam-test-readings></sam-fhir-context>',
    });
    const page = document.createElement('div');
    document.body.append(page);
    page.setHTMLUnsafe(markup);
    const context = page.querySelector<SamFhirContext>('sam-fhir-context')!;
    const root = context.shadowRoot!;
    expect(customElements.get('sam-fhir-context')).to.equal(undefined);
    expect(context.getAttribute('lang')).to.equal('nn');
    const serverSlot = root.querySelector('slot');
    expect(serverSlot).not.to.equal(null);

    const { problems, stop } = watchPageProblems();
    try {
      await import('../src/define.js');
      await context.updateComplete;
      // Hydrated: the server's slot is kept, not rendered again beside it.
      expect(root.querySelector('slot')).to.equal(serverSlot);
      expect(root.querySelectorAll('slot')).to.have.length(1);
      expect(getComputedStyle(context).display).to.equal('contents');

      defineElement('sam-test-readings', TestReadings);
      const readings = page.querySelector<TestReadings>('sam-test-readings')!;
      context.source = createStaticSource([READING]);
      const state = () => readings.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');
      await waitUntil(() => state() === 'data', 'no data', { timeout: 4000 });
      expect(readings.shadowRoot!.querySelector('li')!.textContent).to.equal('Blodtrykk');
      // In the context's locale, nynorsk.
      expect(readings.shadowRoot!.querySelector('[role=status]')!.textContent.trim()).to.equal('Innhaldet er lasta.');
      expect(problems).to.deep.equal([]);
    } finally {
      stop();
      page.remove();
    }
  });
});
