// In an EHR's side pane (390 px) the first screen shows the chosen plan: the list of plans folds behind
// one "Alle planer (n)" button, however many plans there are. On a desktop (1280 px) the list stands open
// and the button is not there. In nb, nn and en, light and dark, axe clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CarePlan } from 'fhir/r4.js';
import { themeStyles } from '@samspill/core';
import '../src/define.js';
import type { SamCarePlan } from '../src/index.js';
import { EXAMPLE_PATIENT, typicalPatient } from './care-plan-examples.browser.js';

const $ = (el: SamCarePlan, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;

// Eight finished plans besides the typical patient's three: a long list above the one that matters.
const ended = Array.from({ length: 8 }, (_, i): CarePlan => ({
  resourceType: 'CarePlan',
  id: `ended-${String(i)}`,
  status: 'completed',
  intent: 'plan',
  subject: { reference: `Patient/${EXAMPLE_PATIENT}` },
  title: `Avsluttet plan ${String(i + 1)}`,
  period: { start: `201${String(i)}-01-01`, end: `201${String(i)}-06-30` },
}));

const BUTTON = { nb: 'Alle planer (11)', nn: 'Alle planar (11)', en: 'All plans (11)' } as const;

async function pane(locale: keyof typeof BUTTON, theme: string, width: number) {
  const wrapper = await fixture<HTMLElement>(html`
    <div
      data-sam-theme=${theme}
      style="width: ${width}px; background: var(--sam-color-surface); color: var(--sam-color-text)"
    >
      <sam-care-plan locale=${locale} .resources=${[...typicalPatient(), ...ended]}></sam-care-plan>
    </div>
  `);
  const el = wrapper.querySelector('sam-care-plan')!;
  await waitUntil(() => $(el, '.plan-heading') !== null, 'no plan shown');
  // The locale pack (nn, en) may arrive after the first draw.
  await waitUntil(() => $(el, '.sam-controls-toggle')?.textContent.trim() === BUTTON[locale]);
  await el.updateComplete;
  return { wrapper, el };
}

describe('<sam-care-plan> in a narrow pane and on a desktop', function () {
  this.timeout(60_000);

  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== themeStyles.styleSheet);
  });

  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`folds the plan list at 390 px and keeps it open at 1280 px, light and dark, in ${locale}`, async () => {
      for (const theme of ['light', 'dark']) {
        const where = `${locale} ${theme}`;
        const narrow = await pane(locale, theme, 390);
        const toggle = $(narrow.el, '.sam-controls-toggle')!;
        const plans = $(narrow.el, '.plans')!;
        expect(shown(plans), where).to.equal(false);
        expect(toggle.getAttribute('aria-controls')).to.equal(plans.id);
        // The active plan's heading right under the button; listed, eleven plans would push it off the first screen.
        const top = narrow.el.getBoundingClientRect().top;
        const heading = $(narrow.el, '.plan-heading')!;
        expect(heading.textContent.trim(), where).to.equal('Individuell plan for Kari Nordmann');
        expect(heading.getBoundingClientRect().top - top, where).to.be.below(120);
        await expect(narrow.wrapper).to.be.accessible();

        // Unfolded, another plan can be chosen; the list stays open.
        toggle.click();
        await narrow.el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(shown(plans), where).to.equal(true);
        narrow.el.shadowRoot!.querySelector<HTMLElement>('.plan-button[data-key="CarePlan/ended-0"]')!.click();
        await narrow.el.updateComplete;
        expect($(narrow.el, '.plan-heading')!.textContent.trim(), where).to.equal('Avsluttet plan 1');
        expect(shown(plans), where).to.equal(true);
        await expect(narrow.wrapper).to.be.accessible();

        const wide = await pane(locale, theme, 1280);
        expect(shown($(wide.el, '.sam-controls-toggle')), where).to.equal(false);
        expect(shown($(wide.el, '.plans')), where).to.equal(true);
        await expect(wide.wrapper).to.be.accessible();
      }
    });
  }
});
