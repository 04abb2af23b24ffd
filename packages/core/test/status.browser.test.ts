import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { SamStatus } from '../src/index.js';

const text = (el: SamStatus) => el.shadowRoot!.querySelector('[part=base]')!.textContent.trim();

describe('<sam-status>', () => {
  it('shows the status as words with an icon', async () => {
    const el = await fixture<SamStatus>(html`<sam-status status="on-hold" locale="nb"></sam-status>`);
    expect(text(el)).to.equal('Pauset');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('follows the language of the page', async () => {
    const wrapper = await fixture(html`<div lang="en"><sam-status status="stopped"></sam-status></div>`);
    const el = wrapper.querySelector('sam-status')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Stopped');
  });

  it('draws each tone with its own colours and each status kind with its own icon', async () => {
    const codes = ['active', 'on-hold', 'intended', 'completed', 'stopped', 'entered-in-error'];
    const wrapper = await fixture(
      html`<div>${codes.map((code) => html`<sam-status status=${code}></sam-status>`)}</div>`,
    );
    const badges = [...wrapper.querySelectorAll('sam-status')];
    await Promise.all(badges.map((badge) => badge.updateComplete));
    const icons = badges.map((badge) => badge.shadowRoot!.querySelector('svg')!.innerHTML);
    expect(new Set(icons).size).to.equal(codes.length);
    const colours = badges.map((badge) => getComputedStyle(badge.shadowRoot!.querySelector('[part=base]')!).color);
    expect(new Set(colours).size).to.be.at.least(4);
    await expect(wrapper).to.be.accessible();
  });

  it('shows an unknown or hostile status as plain text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<SamStatus>(html`<sam-status status=${hostile}></sam-status>`);
    expect(text(el)).to.equal(hostile.toLowerCase());
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
