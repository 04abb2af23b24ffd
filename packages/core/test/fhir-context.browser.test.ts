import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { FhirSource, SamFhirContext } from '../src/index.js';

const source: FhirSource = {
  search: () => Promise.resolve({ resources: [], included: [], issues: [], failures: [], truncated: false }),
  read: () => Promise.resolve({ failure: { kind: 'not-found', message: '' } }),
};

describe('<sam-fhir-context>', () => {
  it('sets lang and data-sam-theme so everything inside, Samspill or not, follows them', async () => {
    const el = await fixture<SamFhirContext>(html`<sam-fhir-context locale="nn-NO" theme="dark"></sam-fhir-context>`);
    expect(el.getAttribute('lang')).to.equal('nn');
    expect(el.getAttribute('data-sam-theme')).to.equal('dark');
    el.theme = 'nonsense' as never;
    el.locale = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('data-sam-theme')).to.equal(false);
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('lays out its children as if it were not there', async () => {
    const el = await fixture<SamFhirContext>(html`<sam-fhir-context .source=${source}><p>x</p></sam-fhir-context>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });
});
