import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import '../src/define.js';
import { TIMELINE_TYPES, type SamTimeline } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  GENERATED_NOW,
  HOSTILE,
  LARGE_PATIENT,
  NOW,
  ORGANISATIONS,
  PNG_BASE64,
  SCRIPT,
  UNAVAILABLE_ENCOUNTERS,
  failingSource,
  hostilePatient,
  largePatient,
  malformedPatient,
  manyEventsPatient,
  multiOrganisationSource,
  pendingSource,
  refusedSourceSource,
  typicalPatient,
} from './timeline-examples.browser.js';

declare global {
  interface Window {
    __samPwned?: number | undefined;
  }
}

const root = (el: SamTimeline) => el.shadowRoot!;
const status = (el: SamTimeline) => root(el).querySelector('.sam-state')?.getAttribute('data-status');
const $ = (el: SamTimeline, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamTimeline, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: SamTimeline, selector: string) => $$(el, selector).map((node) => node.textContent.trim());
const titles = (el: SamTimeline) => texts(el, '.event-title');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Until the list has measured its rows and renders the same rows two frames running. */
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

async function settled(el: SamTimeline, expected: string, timeout = 4000) {
  await waitUntil(() => status(el) === expected, `status never became ${expected} (was ${status(el)})`, {
    timeout,
  });
  // A long record shows its newest events first, then the whole: settled is the whole.
  await waitUntil(() => !$(el, '.completion-status')?.textContent.trim(), 'the whole record never showed', { timeout });
  await stable(el);
}

/** The example patient through `source`, every row rendered (a tall list), settled in `status`. */
async function fromSource(source: FhirSource, status: string, locale = 'nb'): Promise<SamTimeline> {
  const el = await fixture<SamTimeline>(
    html`<sam-timeline
      style="--sam-timeline-max-height: 200rem"
      locale=${locale}
      .now=${NOW}
      .source=${source}
      patient=${EXAMPLE_PATIENT}
    ></sam-timeline>`,
  );
  await settled(el, status);
  return el;
}

async function typical(locale = 'nb', width = 900): Promise<SamTimeline> {
  const el = await fixture<SamTimeline>(
    html`<sam-timeline
      style="width: ${width}px; --sam-timeline-max-height: 200rem"
      locale=${locale}
      .now=${NOW}
      .resources=${typicalPatient()}
    ></sam-timeline>`,
  );
  await settled(el, 'data');
  return el;
}

function eventRow(el: SamTimeline, title: string): HTMLElement {
  const row = $$(el, 'li.row-event').find((li) => li.querySelector('.event-title')!.textContent.trim() === title);
  if (!row) throw new Error(`no event "${title}" among ${titles(el).join(' | ')}`);
  return row;
}

async function expand(el: SamTimeline, title: string): Promise<HTMLElement> {
  eventRow(el, title).querySelector<HTMLButtonElement>('.disclosure')!.click();
  await el.updateComplete;
  return eventRow(el, title);
}

async function check(el: SamTimeline, selector: string, checked: boolean) {
  const input = $(el, selector) as HTMLInputElement;
  input.checked = checked;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<sam-timeline> states', () => {
  it('shows a skeleton and announces loading while the source has not answered', async () => {
    const el = await fixture<SamTimeline>(html`<sam-timeline .source=${pendingSource} patient="p1"></sam-timeline>`);
    expect(status(el)).to.equal('loading');
    expect($(el, '.sam-skeleton')).not.to.equal(null);
    expect($(el, '.sam-state [role=status]')!.textContent.trim()).to.equal('Laster …');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no events', async () => {
    const el = await fixture<SamTimeline>(html`<sam-timeline .resources=${[]}></sam-timeline>`);
    await settled(el, 'empty');
    expect($(el, '.sam-empty')!.textContent.trim()).to.equal('Ingen hendelser er registrert.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    let failing = true;
    const inner = createStaticSource(typicalPatient());
    const failed = failingSource(
      [],
      Object.fromEntries(TIMELINE_TYPES.map((type) => [type, { ...UNAVAILABLE_ENCOUNTERS, resourceType: type }])),
    );
    const source: FhirSource = {
      search: (type, params, options) =>
        failing ? failed.search(type, params, options) : inner.search(type, params, options),
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .source=${source} patient=${EXAMPLE_PATIENT}></sam-timeline>`,
    );
    await settled(el, 'error');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('error');
    expect(notice.textContent).to.contain('tjenesten svarer ikke');
    await expect(el).to.be.accessible();

    failing = false;
    notice.querySelector('button')!.click();
    await settled(el, 'data');
    expect(titles(el)).to.include('Konsultasjon');
  });

  it('names the organisation that refused in the partial notice, and shows the others', async () => {
    const el = await fromSource(refusedSourceSource(), 'partial');
    const notice = $(el, 'sam-notice')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.textContent).to.contain(`fra ${ORGANISATIONS.fastlege}`);
    expect(titles(el)).to.include('Hjemmesykepleie');
    expect(titles(el)).not.to.include('Konsultasjon');
    await expect(el).to.be.accessible();
  });

  it('loads through a merged source: every event carries its organisation and care level in words', async () => {
    const el = await fromSource(multiOrganisationSource(), 'data');
    expect($(el, '.sam-state [role=status]')!.textContent.trim()).to.match(/^\d+ hendelser$/);
    expect(eventRow(el, 'Konsultasjon').querySelector('.tag-source')!.textContent).to.match(
      /Fjordvik legekontor\s*· Fastlege/,
    );
    expect(eventRow(el, 'Hjemmesykepleie').querySelector('.tag-source')!.textContent).to.contain('Kommune');
    const sources = texts(el, '.sources .choice');
    expect(sources.join(' | ')).to.contain('Helse Fjord HF · Spesialisthelsetjenesten');
  });
});

describe('<sam-timeline> what is not shown', () => {
  it('says so when a search stopped at its page limit', async () => {
    const inner = createStaticSource(typicalPatient());
    const source: FhirSource = {
      search: async (type, params, options) => {
        const result = await inner.search(type, params, options);
        return type === 'Observation' ? { ...result, truncated: true } : result;
      },
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .source=${source} patient=${EXAMPLE_PATIENT}></sam-timeline>`,
    );
    await settled(el, 'data');
    // Said as a note, not a warning, and with no retry: a second try would stop at the same limit.
    const notice = $(el, 'sam-notice.sam-truncated')!;
    expect(notice.getAttribute('variant')).to.equal('info');
    expect(notice.getAttribute('heading')).to.equal('Ikke alt er hentet');
    expect(notice.textContent).to.match(/Bare \d+ målinger og prøvesvar er hentet; det finnes flere\./);
    expect($(el, '.sam-retry')).to.equal(null);
    expect(titles(el)).to.include('Konsultasjon');
  });

  it('says quietly which types are not shared with the app, with no warning and no retry', async () => {
    const source = grantingSource(typicalPatient(), ['DocumentReference', 'Immunization']);
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .source=${source} patient=${EXAMPLE_PATIENT}></sam-timeline>`,
    );
    await settled(el, 'data');
    expect($(el, 'sam-notice')).to.equal(null);
    expect($(el, '.sam-not-shared')!.textContent.trim()).to.equal(
      'Dokumenter og vaksiner er ikke delt med denne appen.',
    );
    expect(titles(el)).to.include('Konsultasjon');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-timeline> list', () => {
  for (const [locale, today, yesterday, upcoming, types, search] of [
    ['nb', 'I dag', 'I går', 'Kommende', 'Hendelsestyper', 'Søk i hendelser'],
    ['nn', 'I dag', 'I går', 'Kommande', 'Hendingstypar', 'Søk i hendingar'],
    ['en', 'Today', 'Yesterday', 'Upcoming', 'Event types', 'Search events'],
  ] as const) {
    it(`groups by day under year headings (${locale})`, async () => {
      const el = await typical(locale);
      const days = texts(el, '.day-heading');
      expect(days).to.include(today);
      expect(days).to.include(yesterday);
      expect(texts(el, '.section-heading')).to.deep.equal(['2024', '2023', '2019']);
      expect(eventRow(el, 'Kontroll hos fastlegen').querySelector('.tag-future')!.textContent.trim()).to.equal(
        upcoming,
      );
      expect(texts(el, '.types legend')).to.deep.equal([types]);
      expect(texts(el, '.search > span')).to.deep.equal([search]);
      await expect(el).to.be.accessible();
    });
  }

  it('names weekdays, and uses month headings over a shorter span', async () => {
    const el = await typical();
    $(el, 'input[value="1y"]')!.click();
    await stable(el);
    expect(texts(el, '.section-heading')).to.deep.equal([
      'Juni 2024',
      'Mai 2024',
      'Februar 2024',
      'Januar 2024',
      'Oktober 2023',
    ]);
    expect(texts(el, '.day-heading')).to.include('Tirsdag 9. januar 2024');
  });

  it('marks every row as a list item with its place in the whole list', async () => {
    const el = await typical();
    const rows = $$(el, 'ol.rows > li');
    expect(rows.length).to.be.greaterThan(10);
    expect(rows[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal(String(rows.length));
  });
});

describe('<sam-timeline> filters', () => {
  it('filters by type, with counts', async () => {
    const el = await typical();
    const encounter = $(el, '.types [data-type=encounter]')!;
    expect(encounter.textContent).to.match(/Kontakt\s*\(3\)/);
    const all = titles(el).length;
    await check(el, '.types [data-type=encounter] input', false);
    expect(titles(el)).to.have.length(all - 3);
    expect(titles(el)).not.to.include('Konsultasjon');
    expect($(el, '.clear')).not.to.equal(null);
  });

  it('filters by source organisation', async () => {
    const el = await fromSource(multiOrganisationSource(), 'data');
    for (const key of [ORGANISATIONS.kommune, ORGANISATIONS.fastlege]) {
      await check(el, `.sources [data-source="origin:${key}"] input`, false);
    }
    const shown = $$(el, '.tag-source').map((tag) => tag.textContent);
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) expect(text).to.contain(ORGANISATIONS.sykehus);
  });

  it('filters by range presets and a custom range', async () => {
    const el = await typical();
    $(el, 'input[value="7d"]')!.click();
    await el.updateComplete;
    // The last 7 days and what lies ahead.
    expect(titles(el)).to.have.members([
      'Kontroll hos fastlegen',
      'Konsultasjon',
      'Hjemmesykepleie',
      'Vitale tegn: blodtrykk, puls',
    ]);
    $(el, 'input[value="custom"]')!.click();
    await el.updateComplete;
    const from = $(el, 'input.from') as HTMLInputElement;
    const to = $(el, 'input.to') as HTMLInputElement;
    from.value = '2024-01-01';
    to.value = '2024-01-31';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.include('Epikrise');
    expect(titles(el)).not.to.include('Konsultasjon');
    expect(titles(el)).not.to.include('Astma');
  });

  it('filters by free text and announces the count politely', async () => {
    const el = await typical();
    const search = $(el, '.search input') as HTMLInputElement;
    search.value = 'epikrise';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Epikrise']);
    expect($(el, '.filter-status')!.textContent.trim()).to.equal('1 hendelse passer søket.');
    search.value = 'finnes ikke';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect($(el, '.no-matches')!.textContent.trim()).to.equal('Ingen hendelser passer filteret.');
    $(el, '.clear')!.click();
    await el.updateComplete;
    expect(titles(el).length).to.be.greaterThan(5);
  });
});

describe('<sam-timeline> an opened event', () => {
  it('shows details, results as a table, related events and the source as text', async () => {
    const el = await typical();
    const closed = eventRow(el, 'Blodprøver ved innleggelse').querySelector('.disclosure')!;
    expect(closed.getAttribute('aria-expanded')).to.equal('false');
    const row = await expand(el, 'Blodprøver ved innleggelse');
    expect(row.querySelector('.disclosure')!.getAttribute('aria-expanded')).to.equal('true');
    const cells = [...row.querySelectorAll('table.members tbody tr')].map((tr) =>
      tr.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.join(' | ')).to.contain('CRP 148 mg/L');
    expect(row.querySelector('table.members caption')!.textContent.trim()).to.equal('Resultater');
    const letter = await expand(el, 'Epikrise');
    expect(letter.querySelector('.related')!.textContent).to.contain('Innleggelse for lungebetennelse');
    row.querySelector<HTMLButtonElement>('.source-toggle')!.click();
    await el.updateComplete;
    const source = eventRow(el, 'Blodprøver ved innleggelse').querySelector('pre.source')!;
    expect(source.textContent).to.contain('"resourceType": "DiagnosticReport"');
    expect(source.children).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows an inline image as an image, a PDF as a link, and never a javascript: url as an href', async () => {
    const el = await typical();
    const report = await expand(el, 'Blodprøver ved innleggelse');
    const image = report.querySelector<HTMLImageElement>('img.attachment-image')!;
    expect(image.alt).to.equal('Røntgen thorax');
    expect(image.src).to.match(/^blob:/);
    await waitUntil(() => image.complete && image.naturalWidth === 1, 'the PNG never decoded');
    expect(PNG_BASE64.length).to.be.greaterThan(0);

    const letter = await expand(el, 'Epikrise');
    const links = [...letter.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.getAttribute('href')!.split(':')[0])).to.deep.equal(['blob', 'https']);
    for (const link of links) {
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.getAttribute('href')).not.to.match(/^(javascript|data):/i);
    }
    expect(letter.textContent).to.contain('Lenke som ikke skal følges');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-timeline> selecting and keyboard', () => {
  it('fires sam-select when a title is clicked', async () => {
    const el = await typical();
    setTimeout(() => {
      eventRow(el, 'Epikrise').querySelector<HTMLButtonElement>('.event-title')!.click();
    });
    const event = await oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    const detail = event.detail;
    expect(detail.kind).to.equal('event');
    expect(detail.item.title).to.equal('Epikrise');
    expect(event.detail.resources).to.have.length(1);
    expect(event.composed).to.equal(true);
  });

  it('fires sam-select on Enter, and moves between events with the arrow keys, Home and End', async () => {
    const el = await typical();
    const tabbable = $$(el, '.event-title').filter((button) => button.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    tabbable[0]!.focus();
    const all = titles(el);
    const focused = () => root(el).activeElement?.textContent.trim();
    expect(focused()).to.equal(all[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused()).to.equal(all[1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused() === all.at(-1), 'End did not reach the last event');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focused() === all.at(-2));
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused() === all[0]);
    expect($$(el, '.event-title').filter((button) => button.tabIndex === 0)).to.have.length(1);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent<HTMLElementEventMap['sam-select']>(el, 'sam-select');
    expect(event.detail.item.title).to.equal(all[0]);
  });
});

describe('<sam-timeline> with many events', () => {
  let resources: ReturnType<typeof largePatient>;
  before(function () {
    this.timeout(60_000);
    resources = largePatient();
  });

  it('keeps the DOM small, scrolls to the end, and End focuses the last event', async function () {
    this.timeout(60_000);
    const el = await fixture<SamTimeline>(
      html`<sam-timeline
        .now=${GENERATED_NOW}
        .source=${createStaticSource(resources)}
        patient=${LARGE_PATIENT}
      ></sam-timeline>`,
    );
    await settled(el, 'data', 50_000);
    const total = Number(
      /(\d[\d\s]*)\s+hendelser/.exec($(el, '.summary')!.textContent.replace(/\u00a0/g, ' '))?.[1]?.replace(/\s/g, ''),
    );
    expect(total).to.be.greaterThan(10_000);
    const elements = root(el).querySelectorAll('*').length;
    console.log(`large patient: ${String(total)} events, ${String(elements)} elements in the shadow root`);
    expect(elements).to.be.lessThan(1000);

    const viewport = $(el, '.viewport')!;
    const all = $$(el, 'li.row');
    const size = Number(all[0]!.getAttribute('aria-setsize'));
    // Scroll to the end (measurement may grow the list: scroll until it stays at the bottom).
    for (let i = 0; i < 10; i++) {
      viewport.scrollTop = viewport.scrollHeight;
      await frame();
      await el.updateComplete;
      if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break;
    }
    await waitUntil(
      () => $$(el, 'li.row').some((row) => row.getAttribute('aria-posinset') === String(size)),
      'the last row never rendered',
    );
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(1000);

    viewport.scrollTop = 0;
    await frame();
    await el.updateComplete;
    const first = $$(el, '.event-title').find((button) => button.tabIndex === 0)!;
    first.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === String(size),
      'End did not focus the last event',
    );
    const focused = root(el).activeElement!.getBoundingClientRect();
    const box = viewport.getBoundingClientRect();
    expect(focused.bottom).to.be.at.most(box.bottom + 1);
    expect(focused.top).to.be.at.least(box.top - 1);
    await sendKeys({ press: 'PageUp' });
    await waitUntil(
      () => Number(root(el).activeElement?.closest('li')?.getAttribute('aria-posinset')) < size - 2,
      'PageUp did not move a screenful',
    );
  });
});

describe('<sam-timeline> with ten thousand events', () => {
  it('renders a bounded window, and PageDown moves a screenful', async function () {
    this.timeout(30_000);
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .resources=${manyEventsPatient(12_000)}></sam-timeline>`,
    );
    await settled(el, 'data', 20_000);
    expect($(el, '.summary')!.textContent.replace(/\s/g, ' ')).to.contain('12 000 hendelser');
    const search = $(el, '.search input') as HTMLInputElement;
    const times: number[] = [];
    for (const text of ['nummer 1', 'nummer 11', 'nummer 111']) {
      const typed = performance.now();
      search.value = text;
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      times.push(performance.now() - typed);
    }
    console.log(`12 000 events: searches in ${times.map((time) => time.toFixed(0)).join(', ')} ms`);
    search.value = '';
    search.dispatchEvent(new InputEvent('input'));
    await stable(el);
    const elements = root(el).querySelectorAll('*').length;
    console.log(`12 000 events: ${String(elements)} elements in the shadow root`);
    expect(elements).to.be.lessThan(1000);
    const first = $$(el, '.event-title').find((button) => button.tabIndex === 0)!;
    first.focus();
    const place = () => Number(root(el).activeElement?.closest('li')?.getAttribute('aria-posinset'));
    const before = place();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => place() > before + 3, 'PageDown did not move a screenful');
    const viewport = $(el, '.viewport')!.getBoundingClientRect();
    const focused = root(el).activeElement!.getBoundingClientRect();
    expect(focused.top).to.be.at.least(viewport.top - 1);
    expect(focused.bottom).to.be.at.most(viewport.bottom + 1);
  });
});

describe('<sam-timeline> time zone', () => {
  it('reads days in the time zone it is given', async () => {
    // 01:00 in Oslo on 8 May is 19:00 on 7 May in New York.
    const late = {
      resourceType: 'Encounter',
      id: 'natt',
      status: 'finished',
      class: { code: 'EMER' },
      type: [{ text: 'Legevakt' }],
      period: { start: '2024-05-08T01:00:00+02:00' },
    };
    const heading = async (zone: string) => {
      const el = await fixture<SamTimeline>(
        html`<sam-timeline time-zone=${zone} .now=${NOW} .resources=${[late]}></sam-timeline>`,
      );
      await settled(el, 'data');
      return texts(el, '.day-heading');
    };
    expect(await heading('Europe/Oslo')).to.deep.equal(['I dag']);
    expect(await heading('America/New_York')).to.deep.equal(['I går']);
  });
});

describe('<sam-timeline> overview', () => {
  // A window tall enough for the overview's lanes and the newest events beneath them.
  before(() => setViewport({ width: 1280, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('starts folded away in a window as low as an EHR frame (800 px), so the newest events come first', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await typical('nb', 1200);
      expect($(el, '.overview-toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'sam-timeline-overview')).to.equal(null);
    } finally {
      await setViewport({ width: 1280, height: 1000 });
    }
  });

  it('starts open where there is room and folded away on a narrow screen, behind a disclosure button', async () => {
    const wide = await typical();
    expect($(wide, '.overview-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(wide, 'sam-timeline-overview')).not.to.equal(null);
    const narrow = await typical('nb', 320);
    const toggle = $(narrow, '.overview-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent.trim()).to.equal('Oversikt over tid');
    expect($(narrow, 'sam-timeline-overview')).to.equal(null);
    toggle.click();
    await narrow.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(narrow, 'sam-timeline-overview')).not.to.equal(null);
  });

  it('narrows the list to a range chosen on the overview, and clears it', async () => {
    const el = await typical();
    const overview = $(el, 'sam-timeline-overview')!;
    expect((overview as unknown as { events: unknown[] }).events).to.have.length(titles(el).length);
    overview.dispatchEvent(
      new CustomEvent('sam-range-change', {
        bubbles: true,
        composed: true,
        detail: { from: new Date('2024-01-01T00:00:00+01:00'), to: new Date('2024-02-01T00:00:00+01:00') },
      }),
    );
    await el.updateComplete;
    expect(titles(el)).to.include('Epikrise');
    expect(titles(el)).not.to.include('Konsultasjon');
    expect((overview as unknown as { selection?: { from: Date } }).selection?.from.toISOString()).to.equal(
      '2023-12-31T23:00:00.000Z',
    );
    overview.dispatchEvent(new CustomEvent('sam-range-change', { bubbles: true, composed: true, detail: undefined }));
    await el.updateComplete;
    expect(titles(el)).to.include('Konsultasjon');
  });
});

describe('<sam-timeline> with bad input', () => {
  it('shows hostile strings as text, and never a javascript:, data: or SVG link', async () => {
    window.__samPwned = undefined;
    const el = await fixture<SamTimeline>(
      html`<sam-timeline
        style="--sam-timeline-max-height: 200rem"
        .now=${NOW}
        .resources=${hostilePatient()}
      ></sam-timeline>`,
    );
    await settled(el, 'data');
    for (const button of $$(el, '.disclosure')) button.click();
    await el.updateComplete;
    for (const button of $$(el, '.source-toggle')) button.click();
    await el.updateComplete;
    const text = root(el).textContent;
    expect(text).to.contain(`${HOSTILE} kontakt`);
    expect(text).to.contain(`${SCRIPT} dokument`);
    expect(text).to.contain(`${HOSTILE} sykehus`);
    expect(text).to.contain(`${HOSTILE} vedlegg`);
    expect(root(el).querySelectorAll('img, script, iframe')).to.have.length(0);
    for (const link of $$(el, 'a')) {
      expect(link.getAttribute('href')).to.match(/^(blob|https):/);
      if (link.getAttribute('href')!.startsWith('blob:')) expect(link.hasAttribute('download')).to.equal(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__samPwned).to.equal(undefined);
  });

  it('gives a notice for malformed entries while the rest renders', async () => {
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .resources=${malformedPatient()}></sam-timeline>`,
    );
    await settled(el, 'data');
    const notice = $(el, 'sam-notice.input-problems')!;
    expect(notice.getAttribute('variant')).to.equal('warning');
    expect(notice.textContent).to.contain('Oppføringen er ikke en lesbar FHIR-ressurs.');
    expect(notice.textContent).to.contain('mangler en lesbar klinisk dato');
    expect(titles(el)).to.include('God kontakt');
    await expect(el).to.be.accessible();
  });
});

describe('<sam-timeline> accessibility and layout', () => {
  it('is accessible in English when partial', async () => {
    const el = await fromSource(refusedSourceSource(), 'partial', 'en');
    expect($(el, 'sam-notice')!.textContent).to.contain(`from ${ORGANISATIONS.fastlege}`);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px with no horizontal overflow and stays accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <sam-timeline .now=${NOW} .resources=${[...typicalPatient(), ...hostilePatient()]}></sam-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('sam-timeline')!;
    await settled(el, 'data');
    await expand(el, 'Blodprøver ved innleggelse').catch(() => undefined);
    for (const button of $$(el, '.disclosure').slice(0, 3)) button.click();
    await el.updateComplete;
    $(el, '.source-toggle')?.click();
    await el.updateComplete;
    await frame();
    expect(el.scrollWidth).to.be.at.most(320);
    const left = el.getBoundingClientRect().left;
    for (const node of $$(el, '*')) {
      const right = node.getBoundingClientRect().right - left;
      expect(right, `${node.tagName}.${node.className}`).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
  });
});

describe('<sam-timeline> while loading a long record', () => {
  it('shows the events that have arrived under a progress bar, then the whole record', async function () {
    this.timeout(60_000);
    const inner = createStaticSource(largePatient());
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Appointments come last: until then the timeline streams what the other searches brought.
    const source: FhirSource = {
      search: async (type, params, options) => {
        if (type === 'Appointment') await held;
        return inner.search(type, params, options);
      },
      read: (reference, options) => inner.read(reference, options),
    };
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${GENERATED_NOW} .source=${source} patient=${LARGE_PATIENT}></sam-timeline>`,
    );
    await waitUntil(() => $(el, '.progress progress') !== null && titles(el).length > 0, 'nothing streamed', {
      timeout: 50_000,
    });
    expect(status(el)).to.equal('loading');
    const progress = $(el, '.progress progress') as HTMLProgressElement;
    expect(progress.max).to.equal(12);
    expect(progress.value).to.be.lessThan(12);
    expect($(el, '#progress-label')!.textContent).to.match(
      /^Henter … \d+ av 12 søk, [\d\s\u00a0]+ hendelser så langt$/,
    );
    await waitUntil(() => $(el, '.progress-status')!.textContent.trim() !== '', 'no announcement');
    release();
    await settled(el, 'data', 50_000);
    expect($(el, '.progress')).to.equal(null);
    expect(titles(el).length).to.be.greaterThan(0);
  });
});

describe('<sam-timeline> focus while scrolling', () => {
  it('keeps the focused event (and the tab stop) when it is scrolled far out of view', async () => {
    const el = await fixture<SamTimeline>(
      html`<sam-timeline .now=${NOW} .resources=${manyEventsPatient(2000)}></sam-timeline>`,
    );
    await settled(el, 'data', 10_000);
    const first = $$(el, '.event-title').find((button) => button.tabIndex === 0)!;
    first.focus();
    const viewport = $(el, '.viewport')!;
    viewport.scrollTop = viewport.scrollHeight / 2;
    await stable(el);
    expect(root(el).activeElement).to.equal(first);
    expect($$(el, '.event-title').filter((button) => button.tabIndex === 0)).to.deep.equal([first]);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(1000);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === '4');
  });
});
