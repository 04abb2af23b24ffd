import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderSourceView } from '../src/index.js';
// Formatters called directly, as a Node app would: the locales' strings imported up front.
import '../src/locales/nn.js';
import '../src/locales/en.js';

const RESOURCE = {
  resourceType: 'Observation',
  id: 'o1',
  note: [{ text: '<img src=x onerror="window.__samPwned=1">' }],
};

async function view(open: boolean, locale: 'nb' | 'nn' | 'en' = 'nb') {
  let toggled = 0;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderSourceView({ id: 'source-1', open, toggle: () => (toggled += 1), resources: [RESOURCE], locale }), host);
  return { host, toggled: () => toggled };
}

describe('renderSourceView', () => {
  it('is a collapsed disclosure button until opened, and asks to toggle when clicked', async () => {
    const { host, toggled } = await view(false);
    const button = host.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Vis kilde');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.hasAttribute('aria-controls')).to.equal(false);
    expect(host.querySelector('pre')).to.equal(null);
    button.click();
    expect(toggled()).to.equal(1);
  });

  it('shows the raw JSON as text in a labelled, focusable pre, in the chosen language', async () => {
    const { host } = await view(true, 'nn');
    const pre = host.querySelector('pre')!;
    expect(host.querySelector('button')!.getAttribute('aria-controls')).to.equal('source-1');
    expect(pre.id).to.equal('source-1');
    expect(pre.getAttribute('aria-label')).to.equal('Kjeldedata (FHIR JSON)');
    expect(pre.tabIndex).to.equal(0);
    expect(JSON.parse(pre.textContent)).to.deep.equal(RESOURCE);
    expect(pre.querySelector('img')).to.equal(null);
    await expect(host).to.be.accessible();
  });
});
