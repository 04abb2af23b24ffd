import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { NOTICE_VARIANTS, type SamNotice } from '../src/index.js';

const label = (el: SamNotice) => el.shadowRoot?.querySelector('[part=label]')?.textContent.trim();
const iconShape = (el: SamNotice) => el.shadowRoot?.querySelector('[part=icon]')?.innerHTML;

describe('<sam-notice>', () => {
  describe('accessibility', () => {
    for (const variant of NOTICE_VARIANTS) {
      it(`is accessible as ${variant}`, async () => {
        const el = await fixture<SamNotice>(
          html`<sam-notice variant=${variant} heading="Legemidler">Kunne ikke hente alle data.</sam-notice>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('interrupts for errors and waits politely for everything else', async () => {
      const error = await fixture<SamNotice>(html`<sam-notice variant="error">Feil</sam-notice>`);
      const info = await fixture<SamNotice>(html`<sam-notice>Info</sam-notice>`);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(info.getAttribute('role')).to.equal('status');
      error.variant = 'warning';
      await error.updateComplete;
      expect(error.getAttribute('role')).to.equal('status');
    });
  });

  describe('variants', () => {
    it('names each variant in words and draws each with its own icon, never by colour alone', async () => {
      const notices = await Promise.all(
        NOTICE_VARIANTS.map((variant) => fixture<SamNotice>(html`<sam-notice variant=${variant}></sam-notice>`)),
      );
      expect(notices.map(label)).to.deep.equal(['Merk:', 'Fullført:', 'Advarsel:', 'Feil:']);
      expect(new Set(notices.map(iconShape)).size).to.equal(NOTICE_VARIANTS.length);
      const svg = notices[0]!.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows an unknown variant as info rather than nothing', async () => {
      const el = await fixture<SamNotice>(html`<sam-notice variant="catastrophic">Tekst</sam-notice>`);
      expect(label(el)).to.equal('Merk:');
      expect(el.getAttribute('role')).to.equal('status');
    });
  });

  describe('locale', () => {
    it('follows the nearest lang on the page, across shadow roots', async () => {
      const host = await fixture(html`<div lang="nn-NO"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<sam-notice variant="warning"></sam-notice>';
      const el = root.querySelector('sam-notice')!;
      await el.updateComplete;
      expect(label(el)).to.equal('Åtvaring:');
    });

    it('prefers its own locale attribute', async () => {
      const el = await fixture<SamNotice>(
        html`<div lang="nb"><sam-notice variant="error" locale="en"></sam-notice></div>`,
      ).then((div) => div.querySelector('sam-notice')!);
      await el.updateComplete;
      expect(label(el)).to.equal('Error:');
    });
  });

  describe('content', () => {
    it('renders a hostile heading as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>fet</b>';
      const el = await fixture<SamNotice>(html`<sam-notice heading=${hostile}></sam-notice>`);
      const heading = el.shadowRoot!.querySelector('.heading')!;
      expect(heading.textContent).to.equal(hostile);
      expect(heading.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows the slotted message and action', async () => {
      const el = await fixture<SamNotice>(html`
        <sam-notice variant="error"
          >Legemiddellisten kunne ikke lastes.<button slot="action">Prøv igjen</button></sam-notice
        >
      `);
      const slots = [...el.shadowRoot!.querySelectorAll('slot')];
      const assigned = slots.map((slot) =>
        slot
          .assignedNodes()
          .map((node) => node.textContent?.trim())
          .join(''),
      );
      expect(assigned).to.deep.equal(['Legemiddellisten kunne ikke lastes.', 'Prøv igjen']);
    });
  });
});
