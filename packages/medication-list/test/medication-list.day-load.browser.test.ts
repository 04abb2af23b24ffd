// The day view is a chunk of its own, fetched on first use. When it cannot be fetched (a deploy
// replaced it, the network dropped) the element says so in the reader's language with the step that
// helps, never a blank or an endless skeleton; and it draws once a slow chunk arrives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElement } from '@samspill/core';
import '../src/define.js';
import { SamMedicationList } from '../src/index.js';
import { DAY_NOW, homeCarePatient } from './medication-day-examples.browser.js';

let release: (() => void) | undefined;

class FailingDayList extends SamMedicationList {
  static override loadDayView = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
class SlowDayList extends SamMedicationList {
  static override loadDayView = () =>
    new Promise<void>((resolve) => {
      release = resolve;
    }).then(() => import('../src/medication-list.day.js'));
}
defineElement('test-medication-list-failing-day', FailingDayList);
defineElement('test-medication-list-slow-day', SlowDayList);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<sam-medication-list view="day">, fetched on first use', () => {
  it('says in words that the day view could not be fetched, and how to try again, in each language', async () => {
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      for (const [locale, words] of [
        ['nb', 'Dagsvisningen kunne ikke hentes. Last inn siden på nytt for å prøve igjen.'],
        ['nn', 'Dagsvisinga kunne ikkje hentast. Last inn sida på nytt for å prøve igjen.'],
        ['en', 'The day view could not be loaded. Reload the page to try again.'],
      ] as const) {
        const el = await fixture<SamMedicationList>(
          html`<test-medication-list-failing-day
            view="day"
            locale=${locale}
            .now=${DAY_NOW}
            .resources=${homeCarePatient()}
          ></test-medication-list-failing-day>`,
        );
        await waitUntil(() => $(el, '.day-failed'), `${locale}: no notice`);
        const notice = $(el, '.day-failed')!;
        expect(notice.getAttribute('variant'), locale).to.equal('error');
        // Language packs may arrive after the first draw.
        await waitUntil(() => notice.textContent.trim() === words, `${locale}: ${notice.textContent}`);
        expect($(el, '.sam-skeleton'), locale).to.equal(null);
        await expect(el).to.be.accessible();
      }
      expect(warned.length).to.equal(3);
      expect(String(warned[0]?.[0])).to.contain('day view');
    } finally {
      console.warn = warn;
    }
  });

  it('shows a placeholder while the chunk comes, then the day', async () => {
    const el = await fixture<SamMedicationList>(
      html`<test-medication-list-slow-day
        view="day"
        .now=${DAY_NOW}
        .resources=${homeCarePatient()}
      ></test-medication-list-slow-day>`,
    );
    await waitUntil(() => release !== undefined, 'the chunk was never asked for');
    await el.updateComplete;
    expect($(el, '.day')).to.equal(null);
    expect($(el, '.sam-skeleton')).not.to.equal(null);
    release?.();
    await waitUntil(() => $(el, '.day'), 'the day never came');
    expect($(el, '.day-failed')).to.equal(null);
  });
});
