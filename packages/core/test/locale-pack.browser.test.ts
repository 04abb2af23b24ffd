// Nynorsk and English are fetched when an element is first shown in them: the data is worded once
// they are here, the labels follow, and a pack that cannot be fetched leaves bokmål with a notice.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Observation } from 'fhir/r4.js';
import { html as litHtml } from 'lit';
import '../src/define.js';
import {
  defineCatalogue,
  defineElement,
  PatientLoad,
  renderDataState,
  SamFhirElement,
  stateStyles,
  translate,
  type FhirSource,
  type LocalePack,
} from '../src/index.js';

const wordsInBokmål = () => defineCatalogue({ heading: 'Målinger', row: (text: string) => `Måling: ${text}` });

/** A pack as a bundler makes one, with its own catalogue: each locale behind an import, counted and able to fail. */
function testPack(fail: boolean) {
  const words = wordsInBokmål();
  const fetched: string[] = [];
  const pack: LocalePack = {
    name: '@samspill/test',
    load: {
      nn: () => {
        fetched.push('nn');
        if (fail) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        translate(words, 'nn', { heading: 'Målingar', row: (text) => `Måling: ${text}` });
        return Promise.resolve();
      },
      en: () => {
        fetched.push('en');
        if (fail) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        translate(words, 'en', { heading: 'Measurements', row: (text) => `Measurement: ${text}` });
        return Promise.resolve();
      },
    },
  };
  return { pack, fetched, words };
}

const working = testPack(false);
const offline = testPack(true);

abstract class WordedList extends SamFhirElement {
  static override styles = [stateStyles];
  protected abstract readonly words: ReturnType<typeof wordsInBokmål>;

  readonly data = this.patientData<string[]>({
    load: async (source, patient, signal) => {
      const load = new PatientLoad(source, patient, { signal });
      await load.search('Observation');
      return load.result();
    },
    model: (resources) =>
      ((resources ?? []) as Observation[]).map((o) => this.words[this.effectiveLocale].row(o.code.text ?? '')),
    isEmpty: (rows) => rows.length === 0,
  });

  protected override render() {
    return litHtml`<h2>${this.words[this.effectiveLocale].heading}</h2>
      ${renderDataState(this.data, {
        locale: this.effectiveLocale,
        empty: '–',
        data: (rows) => litHtml`<ul>${rows.map((row) => litHtml`<li>${row}</li>`)}</ul>`,
      })}`;
  }
}

class WorkingList extends WordedList {
  static override localePacks = [...SamFhirElement.localePacks, working.pack];
  protected readonly words = working.words;
}
class OfflineList extends WordedList {
  static override localePacks = [...SamFhirElement.localePacks, offline.pack];
  protected readonly words = offline.words;
}
defineElement('sam-test-worded-list', WorkingList);
defineElement('sam-test-offline-list', OfflineList);

const pulse: Observation = { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'Puls' } };
const status = (el: Element) => el.shadowRoot!.querySelector('.sam-state')!.getAttribute('data-status');
const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent.trim();

describe('strings fetched per locale', () => {
  it('words the data and the labels in the locale once its pack is here, fetching it once', async () => {
    const page = await fixture(
      html`<div>
        <sam-test-worded-list locale="nn" .resources=${[pulse]}></sam-test-worded-list>
        <sam-test-worded-list locale="nn" .resources=${[pulse]}></sam-test-worded-list>
      </div>`,
    );
    const lists = [...page.querySelectorAll('sam-test-worded-list')];
    for (const list of lists) {
      await waitUntil(() => status(list) === 'data', 'never showed the data', { timeout: 2000 });
      expect(text(list, 'li')).to.equal('Måling: Puls');
      expect(text(list, 'h2')).to.equal('Målingar');
      expect(text(list, '.sam-language-fallback')).to.equal(undefined);
    }
    expect(working.fetched.filter((locale) => locale === 'nn')).to.have.length(1);
    await expect(lists[0]).to.be.accessible();
  });

  it('fetches labels for an element with nothing to load yet', async () => {
    const el = await fixture(html`<sam-test-worded-list locale="en"></sam-test-worded-list>`);
    await waitUntil(() => text(el, 'h2') === 'Measurements', 'the heading stayed in bokmål', { timeout: 2000 });
    expect(status(el)).to.equal('idle');
  });

  it('shows bokmål with a notice, in the locale asked for, when the pack cannot be fetched', async () => {
    const el = await fixture<OfflineList>(
      html`<sam-test-offline-list locale="nn" .resources=${[pulse]}></sam-test-offline-list>`,
    );
    await waitUntil(() => status(el) === 'data', 'never showed the data', { timeout: 2000 });
    expect(text(el, 'li')).to.equal('Måling: Puls');
    expect(text(el, 'h2')).to.equal('Målinger');
    expect(text(el, '.sam-language-fallback')).to.contain('Nynorsk tekst kunne ikkje hentast');
    await expect(el).to.be.accessible();
    // Not fetched again on every render: the element's own tries are the load and the first update.
    const tries = offline.fetched.length;
    el.requestUpdate();
    await el.updateComplete;
    expect(offline.fetched).to.have.length(tries);
  });

  it("fetches core's own strings: a failure worded in English", async () => {
    const broken: FhirSource = {
      search: () => Promise.reject(new TypeError('socket hang up')),
      read: () => Promise.reject(new TypeError('socket hang up')),
    };
    const el = await fixture(
      html`<sam-test-worded-list locale="en" .source=${broken} patient="p1"></sam-test-worded-list>`,
    );
    await waitUntil(() => status(el) === 'error', 'never settled', { timeout: 2000 });
    expect(text(el, 'sam-notice')).to.contain('the service is not responding right now');
  });
});
