// The overview axis is a chunk of its own, fetched when a timeline first shows it: while it comes
// the panel says so, when it is here it draws, and when it cannot be fetched the panel says that in
// the reader's language and the list works as before. Alone in its file, so that the overview is
// not defined by another test first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defineElement } from '@samspill/core';
import '../src/define.js';
import { SamTimeline } from '../src/index.js';
import { NOW, typicalPatient } from './timeline-examples.browser.js';

let release: (() => void) | undefined;

class FailingOverviewTimeline extends SamTimeline {
  static override loadOverview = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
class SlowOverviewTimeline extends SamTimeline {
  static override loadOverview = () =>
    new Promise<void>((resolve) => {
      release = resolve;
    }).then(() => import('../src/define-overview.js'));
}
defineElement('test-timeline-failing-overview', FailingOverviewTimeline);
defineElement('test-timeline-slow-overview', SlowOverviewTimeline);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const loaded = (el: SamTimeline) =>
  waitUntil(() => el.shadowRoot!.querySelectorAll('.event-title').length > 0, 'no events shown');

describe('<sam-timeline> overview, fetched when first shown', () => {
  // A window tall enough for the overview to start open.
  before(() => setViewport({ width: 1280, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('says in words that the overview could not be fetched, in each language, and keeps the list', async () => {
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      for (const [locale, words] of [
        ['nb', 'Oversikten over tid kunne ikke hentes.'],
        ['nn', 'Oversikta over tid kunne ikkje hentast.'],
        ['en', 'The overview over time could not be loaded.'],
      ] as const) {
        const el = await fixture<SamTimeline>(
          html`<test-timeline-failing-overview
            style="width: 900px"
            locale=${locale}
            .now=${NOW}
            .resources=${typicalPatient()}
          ></test-timeline-failing-overview>`,
        );
        await loaded(el);
        await waitUntil(() => $(el, '.overview-failed'), `${locale}: no notice`);
        const notice = $(el, '.overview-failed')!;
        expect(notice.getAttribute('variant')).to.equal('warning');
        expect(notice.textContent).to.contain(words);
        expect($(el, '.overview-loading')).to.equal(null);
        expect(customElements.get('sam-timeline-overview')).to.equal(undefined);
        expect(el.shadowRoot!.querySelectorAll('.event-title').length).to.be.greaterThan(5);
        await expect(el).to.be.accessible();
      }
      expect(warned.map(([message]) => message)).to.deep.equal(
        Array(3).fill('[samspill] <sam-timeline-overview> could not be loaded.'),
      );
    } finally {
      console.warn = warn;
    }
  });

  it('is not fetched by a timeline too narrow to show it, until the reader opens it', async () => {
    let asked = 0;
    class CountingTimeline extends SamTimeline {
      static override loadOverview = () => {
        asked++;
        // Never arrives: the overview stays undefined for the test after.
        return new Promise<void>(() => undefined);
      };
    }
    defineElement('test-timeline-counting-overview', CountingTimeline);
    const el = await fixture<SamTimeline>(
      html`<test-timeline-counting-overview
        style="width: 320px"
        .now=${NOW}
        .resources=${typicalPatient()}
      ></test-timeline-counting-overview>`,
    );
    await loaded(el);
    expect(asked).to.equal(0);
    $(el, '.overview-toggle')!.click();
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect($(el, '.overview-loading')?.textContent.trim()).to.equal('Henter oversikten over tid …');
  });

  it('says it is loading the overview until it is here, then draws it', async () => {
    const el = await fixture<SamTimeline>(
      html`<test-timeline-slow-overview
        style="width: 900px"
        .now=${NOW}
        .resources=${typicalPatient()}
      ></test-timeline-slow-overview>`,
    );
    await loaded(el);
    const loading = $(el, '.overview-loading')!;
    expect(loading.textContent.trim()).to.equal('Henter oversikten over tid …');
    expect(loading.getAttribute('role')).to.equal('status');
    // The axis is in place already, holding its events until its element is defined.
    expect($(el, 'sam-timeline-overview')!.matches(':defined')).to.equal(false);
    release!();
    await waitUntil(() => !$(el, '.overview-loading'), 'the overview never arrived');
    const overview = $(el, 'sam-timeline-overview')!;
    expect(overview.matches(':defined')).to.equal(true);
    await waitUntil(() => overview.shadowRoot?.querySelector('svg'), 'the overview never drew');
    expect((overview as unknown as { events: unknown[] }).events.length).to.be.greaterThan(5);
  });
});
