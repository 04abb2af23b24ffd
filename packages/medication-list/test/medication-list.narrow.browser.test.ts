// In an EHR's side pane (390 px) the first screen shows the current medicines: sorting, filters and
// search fold behind one "Filtrer og søk" button that counts the choices in force. On a desktop
// (1280 px) the controls stand open and the button is not there. In nb, nn and en, light and dark, axe clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { themeStyles } from '@samspill/core';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';
import { typicalPatient } from './medication-examples.browser.js';

const $ = (el: SamMedicationList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;

const WORDS = {
  nb: { toggle: 'Filtrer og søk', inUse: '(1 i bruk)' },
  nn: { toggle: 'Filtrer og søk', inUse: '(1 i bruk)' },
  en: { toggle: 'Filter and search', inUse: '(1 in use)' },
} as const;

async function pane(
  locale: string,
  theme: string,
  width: number,
): Promise<{ wrapper: HTMLElement; el: SamMedicationList }> {
  const wrapper = await fixture<HTMLElement>(html`
    <div
      data-sam-theme=${theme}
      style="width: ${width}px; background: var(--sam-color-surface); color: var(--sam-color-text)"
    >
      <sam-medication-list locale=${locale} .resources=${typicalPatient()}></sam-medication-list>
    </div>
  `);
  const el = wrapper.querySelector('sam-medication-list')!;
  await waitUntil(() => $(el, '.current .name') !== null, 'no medicines shown');
  // The layout (cards or table) follows the measured width a frame later.
  await waitUntil(() => $(el, width < 480 ? '.cards' : 'table') !== null, 'never took its layout');
  // The locale pack (nn, en) may arrive after the first draw.
  await waitUntil(() => $(el, '.sam-controls-toggle')?.textContent.includes(WORDS[locale as 'nb'].toggle));
  await el.updateComplete;
  return { wrapper, el };
}

describe('<sam-medication-list> in a narrow pane and on a desktop', function () {
  this.timeout(60_000);

  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== themeStyles.styleSheet);
  });

  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`folds the controls at 390 px and keeps them open at 1280 px, light and dark, in ${locale}`, async () => {
      for (const theme of ['light', 'dark']) {
        const where = `${locale} ${theme}`;
        const narrow = await pane(locale, theme, 390);
        const toggle = $(narrow.el, '.sam-controls-toggle')!;
        const controls = $(narrow.el, '.controls')!;
        expect(shown(toggle), where).to.equal(true);
        expect(shown(controls), where).to.equal(false);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(toggle.getAttribute('aria-controls')).to.equal(controls.id);
        // The first current medicine within the top 250 px (under the button, the heading and the bruk
        // group's); with the four controls open it sits at 436 px.
        const top = narrow.el.getBoundingClientRect().top;
        expect($(narrow.el, '.current .name')!.getBoundingClientRect().top - top, where).to.be.below(250);
        await expect(narrow.wrapper).to.be.accessible();

        toggle.click();
        await narrow.el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(shown(controls), where).to.equal(true);
        const status = [...controls.querySelectorAll('select')].find((select) =>
          [...select.options].some((option) => option.value === 'active'),
        )!;
        status.value = 'active';
        status.dispatchEvent(new Event('change'));
        await narrow.el.updateComplete;
        toggle.click();
        await narrow.el.updateComplete;
        // Folded again, the button still says a filter is in force.
        expect(shown(controls), where).to.equal(false);
        expect(toggle.textContent.replace(/\s+/g, ' ').trim(), where).to.equal(
          `${WORDS[locale].toggle} ${WORDS[locale].inUse}`,
        );
        await expect(narrow.wrapper).to.be.accessible();

        const wide = await pane(locale, theme, 1280);
        expect(shown($(wide.el, '.sam-controls-toggle')), where).to.equal(false);
        expect(shown($(wide.el, '.controls')), where).to.equal(true);
        await expect(wide.wrapper).to.be.accessible();
      }
    });
  }
});
