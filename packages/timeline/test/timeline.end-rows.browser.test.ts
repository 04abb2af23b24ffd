import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Encounter } from 'fhir/r4.js';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';

// Issue 16, point 8: every event is rendered when the list is scrolled to its end, the oldest (after
// the last year heading) included, and End reaches it from the keyboard — from one event to 50 000.

const NOW = new Date('2024-05-08T12:00:00+02:00');
const YEARS = 6;
const HOUR = 3600_000;

/** `count` encounters from an hour before NOW back over six years, newest first: "Kontakt 1" … "Kontakt <count>". */
function encounters(count: number): Encounter[] {
  const step = count > 1 ? (YEARS * 365 * 24 * HOUR) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i): Encounter => ({
    resourceType: 'Encounter',
    id: `kontakt-${String(i + 1)}`,
    status: 'finished',
    class: { code: 'AMB' },
    type: [{ text: `Kontakt ${String(i + 1)}` }],
    subject: { reference: 'Patient/p1' },
    period: { start: new Date(NOW.getTime() - HOUR - Math.round(i * step)).toISOString() },
  }));
}

const root = (el: SamTimeline) => el.shadowRoot!;
const $$ = (el: SamTimeline, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const viewportOf = (el: SamTimeline) => root(el).querySelector<HTMLElement>('.viewport')!;
const titleOf = (row: Element | null | undefined) => row?.querySelector('.event-title')?.textContent.trim();

/** Until the list renders the same rows two frames running (rows are measured as they are seen). */
async function stable(el: SamTimeline) {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await frame();
    await el.updateComplete;
    const now = $$(el, 'li.row')
      .map((row) => row.dataset.index)
      .join();
    if (now === last) return;
    last = now;
  }
}

/** Scrolls to the bottom until it stays there: measuring rows may change the list's height. */
async function scrollToEnd(el: SamTimeline) {
  const viewport = viewportOf(el);
  for (let i = 0; i < 20; i++) {
    viewport.scrollTop = viewport.scrollHeight;
    await stable(el);
    if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) return;
  }
}

/** Whether `element` lies within the scrolling list's box (a pixel of rounding allowed). */
function inView(el: SamTimeline, element: Element): boolean {
  const box = viewportOf(el).getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  return rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
}

/** The list's last row: rendered, in its place in the whole list. */
function lastRow(el: SamTimeline): HTMLElement | undefined {
  const rows = $$(el, 'li.row');
  const size = rows[0]?.getAttribute('aria-setsize');
  return rows.find((row) => row.getAttribute('aria-posinset') === size);
}

// Each size in each language (headings and dates differ in length); the largest once.
const CASES = [1, 7, 100].flatMap((count) => (['nb', 'nn', 'en'] as const).map((locale) => ({ count, locale })));
for (const { count, locale } of [...CASES, { count: 50_000, locale: 'nb' as const }]) {
  describe(`<sam-timeline> scrolled to the end, ${count.toLocaleString('en')} events (${locale})`, () => {
    let resources: Encounter[];
    before(() => {
      resources = encounters(count);
    });

    async function timeline(): Promise<SamTimeline> {
      // A fixed-height list, narrow enough that the overview starts folded away.
      const el = await fixture<SamTimeline>(
        html`<sam-timeline
          style="width: 480px; --sam-timeline-max-height: 20rem"
          locale=${locale}
          .now=${NOW}
          .resources=${resources}
        ></sam-timeline>`,
      );
      await waitUntil(() => viewportOf(el), 'the list never rendered', { timeout: 30_000 });
      // A long record shows its newest events first: the end is the whole record's once it is built.
      await waitUntil(() => root(el).querySelector('.completion-status')?.textContent.trim() === '', 'never whole', {
        timeout: 30_000,
      });
      await stable(el);
      return el;
    }

    it('renders the oldest event, after the last heading, within the list', async function () {
      this.timeout(60_000);
      const el = await timeline();
      expect($$(el, '.section-heading').length).to.be.greaterThan(0);
      await scrollToEnd(el);
      const last = lastRow(el);
      expect(last, 'the last row is not rendered').not.to.equal(undefined);
      expect(last!.classList.contains('row-event')).to.equal(true);
      expect(titleOf(last)).to.equal(`Kontakt ${String(count)}`);
      expect(inView(el, last!), 'the last row is rendered outside the list').to.equal(true);
      // A window, not the whole list.
      const rendered = $$(el, 'li.row').length;
      expect(rendered).to.be.lessThan(60);
      expect(root(el).querySelectorAll('*').length).to.be.lessThan(1000);
    });

    if (count <= 100) {
      it('renders every event on the way down', async function () {
        this.timeout(30_000);
        const el = await timeline();
        const viewport = viewportOf(el);
        const seen = new Set<string>();
        for (let i = 0; i < 1000; i++) {
          for (const title of $$(el, '.event-title')) if (inView(el, title)) seen.add(title.textContent.trim());
          if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break;
          viewport.scrollTop += viewport.clientHeight / 2;
          await stable(el);
        }
        expect(seen.size).to.equal(count);
      });
    }

    it('moves focus to the oldest event with End', async function () {
      this.timeout(60_000);
      const el = await timeline();
      const first = $$(el, '.event-title').find((button) => button.tabIndex === 0)!;
      expect(first.textContent.trim()).to.equal('Kontakt 1');
      first.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(
        () => titleOf(root(el).activeElement?.closest('li')) === `Kontakt ${String(count)}`,
        'End did not focus the oldest event',
      );
      await stable(el);
      const focused = root(el).activeElement!;
      expect(focused.closest('li')).to.equal(lastRow(el));
      expect(inView(el, focused)).to.equal(true);
    });
  });
}
