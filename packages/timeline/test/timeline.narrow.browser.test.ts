// In an EHR's side pane (390 px) the first screen shows the newest events: search, range, types and
// sources fold behind one "Filtrer og søk" button that counts the filters in force. On a desktop
// (1280 px) the filters stand open and the button is not there. In nb, nn and en, light and dark, axe clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { themeStyles } from '@samspill/core';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { NOW, typicalPatient } from './timeline-examples.browser.js';

const $ = (el: SamTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;

const WORDS = {
  nb: { toggle: 'Filtrer og søk', inUse: '(1 i bruk)' },
  nn: { toggle: 'Filtrer og søk', inUse: '(1 i bruk)' },
  en: { toggle: 'Filter and search', inUse: '(1 in use)' },
} as const;

async function pane(locale: string, theme: string, width: number): Promise<{ wrapper: HTMLElement; el: SamTimeline }> {
  const wrapper = await fixture<HTMLElement>(html`
    <div
      data-sam-theme=${theme}
      style="width: ${width}px; background: var(--sam-color-surface); color: var(--sam-color-text)"
    >
      <sam-timeline locale=${locale} .now=${NOW} .resources=${typicalPatient()}></sam-timeline>
    </div>
  `);
  const el = wrapper.querySelector('sam-timeline')!;
  await waitUntil(() => $(el, '.event-title') !== null, 'no events shown');
  // The locale pack (nn, en) may arrive after the first draw.
  await waitUntil(() => $(el, '.sam-controls-toggle')?.textContent.includes(WORDS[locale as 'nb'].toggle));
  await el.updateComplete;
  return { wrapper, el };
}

describe('<sam-timeline> in a narrow pane and on a desktop', function () {
  this.timeout(60_000);

  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== themeStyles.styleSheet);
  });

  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`folds the filters at 390 px and keeps them open at 1280 px, light and dark, in ${locale}`, async () => {
      for (const theme of ['light', 'dark']) {
        const where = `${locale} ${theme}`;
        const narrow = await pane(locale, theme, 390);
        const toggle = $(narrow.el, '.sam-controls-toggle')!;
        const filters = $(narrow.el, '.filters')!;
        expect(shown(toggle), where).to.equal(true);
        expect(shown(filters), where).to.equal(false);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(toggle.getAttribute('aria-controls')).to.equal(filters.id);
        // The newest event within the top 250 px (under the overview's and the filters' buttons, the
        // count and the year and day headings); with the filters open it sits at 462 px.
        const top = narrow.el.getBoundingClientRect().top;
        expect($(narrow.el, '.event-title')!.getBoundingClientRect().top - top, where).to.be.below(250);
        await expect(narrow.wrapper).to.be.accessible();

        toggle.click();
        await narrow.el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(shown(filters), where).to.equal(true);
        $(narrow.el, 'input[value="7d"]')!.click();
        await narrow.el.updateComplete;
        toggle.click();
        await narrow.el.updateComplete;
        // Folded again, the button still says a filter is in force.
        expect(shown(filters), where).to.equal(false);
        expect(toggle.textContent.replace(/\s+/g, ' ').trim(), where).to.equal(
          `${WORDS[locale].toggle} ${WORDS[locale].inUse}`,
        );
        await expect(narrow.wrapper).to.be.accessible();

        const wide = await pane(locale, theme, 1280);
        expect(shown($(wide.el, '.sam-controls-toggle')), where).to.equal(false);
        expect(shown($(wide.el, '.filters')), where).to.equal(true);
        await expect(wide.wrapper).to.be.accessible();
      }
    });
  }
});
