import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Resource } from 'fhir/r4.js';
import {
  createStaticSource,
  type FhirSource,
  type SearchOptions,
  type SearchParams,
  type SearchResult,
} from '@samspill/core';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { NOW, manyEventsPatient } from './timeline-examples.browser.js';

const PATIENT = 'mange';
const root = (el: SamTimeline) => el.shadowRoot!;
const status = (el: SamTimeline) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamTimeline, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamTimeline, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (el: SamTimeline, selector: string) => $(el, selector)?.textContent.trim() ?? '';
const titles = (el: SamTimeline) => $$(el, '.event-title').map((node) => node.textContent.trim());

/** `count` encounters of one patient (and their three organisations). */
function encounters(count: number): Resource[] {
  return manyEventsPatient(count).map((resource) =>
    resource.resourceType === 'Encounter' ? { ...resource, subject: { reference: `Patient/${PATIENT}` } } : resource,
  );
}

interface Paged {
  readonly source: FhirSource;
  /** Lets the held pages through. */
  release(): void;
}

/**
 * The encounters in pages of `size`, the first `before` pages at once and the rest held until
 * `release`; with the server's total unless `totals` is false, and the page after `failAfter`
 * failing as a server's would (what came before is kept).
 */
function pagedEncounters(
  count: number,
  {
    size = 250,
    before = 2,
    totals = true,
    failAfter,
  }: { size?: number; before?: number; totals?: boolean; failAfter?: number } = {},
): Paged {
  const inner = createStaticSource(encounters(count));
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const source: FhirSource = {
    read: (reference, options) => inner.read(reference, options),
    search: (async (type: string, params?: SearchParams, options?: SearchOptions): Promise<SearchResult> => {
      // Every match at once, paged here.
      const rest = Object.fromEntries(Object.entries(params ?? {}).filter(([name]) => name !== '_count'));
      const all = await inner.search(type, rest, options?.signal ? { signal: options.signal } : {});
      const resources: Resource[] = [];
      const included: Resource[] = [];
      for (let page = 0; page * size < all.resources.length || page === 0; page++) {
        if (page === before) await held;
        if (failAfter !== undefined && page > failAfter) {
          const failure = {
            kind: 'unavailable' as const,
            status: 503,
            message: 'Service Unavailable',
            resourceType: type,
          };
          return { resources, included, issues: [], failures: [failure], truncated: false };
        }
        await new Promise((resolve) => setTimeout(resolve));
        const matches = all.resources.slice(page * size, (page + 1) * size);
        const page_: SearchResult = {
          resources: matches,
          included: page === 0 ? all.included : [],
          issues: [],
          failures: [],
          truncated: false,
          ...(totals && all.total !== undefined ? { total: all.total } : {}),
        };
        resources.push(...matches);
        included.push(...page_.included);
        options?.onPage?.(page_);
      }
      const { issues, failures, truncated } = all;
      return {
        resources,
        included,
        issues,
        failures,
        truncated,
        ...(totals && all.total !== undefined ? { total: all.total } : {}),
      };
    }) as FhirSource['search'],
  };
  return {
    source,
    release: () => {
      release();
    },
  };
}

async function loading(source: FhirSource, locale = 'nb'): Promise<SamTimeline> {
  const el = await fixture<SamTimeline>(
    html`<sam-timeline locale=${locale} .now=${NOW} .source=${source} patient=${PATIENT}></sam-timeline>`,
  );
  await waitUntil(() => titles(el).length > 0, 'nothing streamed', { timeout: 10_000 });
  return el;
}

describe('<sam-timeline> progress while a long record loads', () => {
  const expected = {
    nb: [/^Henter … 500 av ca\. 3[\s\u00a0]000 hendelser$/, /^Henter … /],
    nn: [/^Hentar … 500 av ca\. 3[\s\u00a0]000 hendingar$/, /^Hentar … /],
    en: [/^Loading … 500 of about 3,000 events$/, /^Loading … /],
  } as const;
  for (const [locale, [pattern, words]] of Object.entries(expected)) {
    it(`counts what has arrived against the servers' total (${locale}), announced politely`, async () => {
      const paged = pagedEncounters(3000);
      const el = await loading(paged.source, locale);
      // Every other search has settled with nothing: the total is known.
      await waitUntil(() => pattern.test(text(el, '#progress-label')), 'no total');
      expect(status(el)).to.equal('loading');
      const bar = $(el, '.progress progress') as HTMLProgressElement;
      expect([bar.value, bar.max]).to.deep.equal([500, 3000]);
      const announced = $(el, '.progress-status')!;
      // Announced as the list is rebuilt (about once a second), not at every page.
      expect(announced.getAttribute('role')).to.equal('status');
      expect(announced.textContent.trim()).to.match(words);
      await expect(el).to.be.accessible();
      paged.release();
      await waitUntil(() => status(el) === 'data', 'never loaded', { timeout: 20_000 });
      expect($(el, '.progress')).to.equal(null);
    });
  }

  it('words progress without a total when the server gives none', async () => {
    const paged = pagedEncounters(3000, { totals: false });
    const el = await loading(paged.source);
    await waitUntil(
      () => /^Henter … 11 av 12 søk, 500 hendelser så langt$/.test(text(el, '#progress-label')),
      'no count',
    );
    const bar = $(el, '.progress progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).to.deep.equal([11, 12]);
    paged.release();
    await waitUntil(() => status(el) === 'data', 'never loaded', { timeout: 20_000 });
  });

  it('lets the reader search and open what has arrived while the rest loads', async () => {
    const paged = pagedEncounters(3000);
    const el = await loading(paged.source);
    expect(status(el)).to.equal('loading');
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    // What has arrived is modelled about once a second: 250 or 500 of the 3 000 so far.
    const arrived = /^Viser (\d+) av (\d+) hendelser$/.exec(text(el, '.summary'));
    expect(arrived?.[1]).to.equal(arrived?.[2]);
    search.value = 'nummer 7';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const shown = /^Viser (\d+) av (\d+) hendelser$/.exec(text(el, '.summary'));
    expect(Number(shown?.[1])).to.be.within(1, Number(arrived?.[2]) - 1);
    expect(shown?.[2]).to.equal(arrived?.[2]);
    expect(titles(el)).to.include('Kontakt nummer 7');
    const row = $$(el, 'li.row-event')[0]!;
    row.querySelector<HTMLButtonElement>('.disclosure')!.click();
    await el.updateComplete;
    expect(row.querySelector('.disclosure')?.getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.equal('loading');
    await expect(el).to.be.accessible();
    paged.release();
    await waitUntil(() => status(el) === 'data', 'never loaded', { timeout: 20_000 });
  });

  it('keeps what loaded, with a notice, when a later page fails', async () => {
    const paged = pagedEncounters(3000, { failAfter: 1 });
    const el = await loading(paged.source);
    paged.release();
    await waitUntil(() => status(el) === 'partial', `never partial (was ${String(status(el))})`, { timeout: 20_000 });
    expect(titles(el).length).to.be.greaterThan(0);
    expect(text(el, '.summary')).to.match(/^Viser 500 av 500 hendelser$/);
    const notice = $(el, 'sam-notice');
    expect(notice?.textContent).to.contain('Fikk ikke hentet kontakter: tjenesten svarer ikke akkurat nå.');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-timeline> first paint of a long record', () => {
  const completing: Record<'nb' | 'nn' | 'en', string> = {
    nb: 'Viser de nyeste hendelsene og ordner resten …',
    nn: 'Viser dei nyaste hendingane og ordnar resten …',
    en: 'Showing the newest events and sorting the rest …',
  };
  for (const locale of ['nb', 'nn', 'en'] as const) {
    const words = completing[locale];
    it(`shows the newest events first, says so (${locale}), then the whole record`, async () => {
      const resources = manyEventsPatient(6000);
      const el = document.createElement('sam-timeline');
      el.locale = locale;
      el.now = NOW;
      el.resources = resources;
      // Watched from the first render: the first screen is painted before the whole is built.
      const seen: string[] = [];
      const watch = new MutationObserver(() => {
        const summary = el.shadowRoot?.querySelector('.summary')?.textContent.trim();
        if (summary && summary !== seen.at(-1)) seen.push(summary);
      });
      document.body.append(el);
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => status(el) === 'data' && text(el, '.summary') !== words, 'never whole', {
        timeout: 20_000,
      });
      watch.disconnect();
      expect(seen[0]).to.equal(words);
      expect(seen.at(-1)).to.match(/6[\s\u00a0,]000/);
      expect(text(el, '.completion-status')).to.equal('');
      expect(titles(el)[0]).to.equal('Kontakt nummer 1');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('announces the first screen politely, and is accessible while it shows', async () => {
    const el = document.createElement('sam-timeline');
    el.now = NOW;
    el.resources = manyEventsPatient(6000);
    // Checked in the first update that shows data, before the whole is built.
    let checked: Promise<unknown> | undefined;
    const watch = new MutationObserver(() => {
      if (checked || status(el) !== 'data') return;
      const live = $(el, '.completion-status')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.textContent.trim()).to.equal('Viser de nyeste hendelsene og ordner resten …');
      expect(titles(el)[0]).to.equal('Kontakt nummer 1');
      checked = expect(el).to.be.accessible();
    });
    document.body.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await waitUntil(() => checked !== undefined, 'never showed data');
    watch.disconnect();
    await checked;
    await waitUntil(() => text(el, '.completion-status') === '', 'never whole', { timeout: 20_000 });
    el.remove();
  });
});
