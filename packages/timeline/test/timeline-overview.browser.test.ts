import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define-overview.js';
import {
  SamRangeChangeEvent,
  type EventType,
  type SamRangeChangeDetail,
  type SamTimelineOverview,
  type TimelineEvent,
} from '../src/index.js';

const NOW = new Date('2024-05-08T12:00:00+02:00');
const DAY = 86_400_000;

/** A synthetic event: only what the overview reads is meaningful. */
function event(key: string, type: EventType, start: string | number, end?: string | number): TimelineEvent {
  const from = new Date(start);
  return {
    key,
    type,
    typeText: type,
    category: '',
    title: key,
    subtitle: '',
    details: [],
    date: {
      start: from,
      ...(end === undefined ? {} : { end: new Date(end) }),
      precision: typeof start === 'string' && /^\d{4}$/.test(start) ? 'year' : 'day',
      value: typeof start === 'string' ? start : from.toISOString(),
      text: from.toISOString(),
    },
    span: end !== undefined,
    future: from > NOW,
    status: '',
    statusText: '',
    related: [],
    members: [],
    resources: [],
  };
}

const EVENTS: readonly TimelineEvent[] = [
  event('e1', 'encounter', '2019-03-04T10:00:00+01:00'),
  // A long stay: a bar at any zoom (a stay shorter than a mark's width is drawn as one).
  event('e2', 'encounter', '2023-01-10T08:00:00+01:00', '2023-04-15T12:00:00+02:00'),
  event('a1', 'appointment', '2024-06-10T10:00:00+02:00'),
  event('c1', 'condition', '2019'),
  event('o1', 'observation', '2024-05-02T08:00:00+02:00'),
  event('o2', 'report', '2024-05-03T08:00:00+02:00'),
  event('m1', 'medication', '2024-04-01T00:00:00+02:00', '2024-04-10T00:00:00+02:00'),
];

/** 50 000 events over ten years in every lane, repeatable. */
function manyEvents(): TimelineEvent[] {
  const start = new Date('2014-01-01T00:00:00Z').getTime();
  const types: EventType[] = ['encounter', 'observation', 'report', 'medication', 'document', 'procedure', 'other'];
  let seed = 11;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: 50_000 }, (_, index) => {
    const at = start + random() * 3650 * DAY;
    const type = types[index % types.length]!;
    return index % 10 === 0 ? event(`s${index}`, type, at, at + random() * 20 * DAY) : event(`p${index}`, type, at);
  });
}

const root = (el: SamTimelineOverview) => el.shadowRoot!;
const $ = (el: SamTimelineOverview, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: SamTimelineOverview, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: SamTimelineOverview, selector: string) => $$(el, selector).map((node) => node.textContent.trim());
const description = (el: SamTimelineOverview) => $(el, '.description')!.textContent.trim();
const chart = (el: SamTimelineOverview) => $(el, '.chart')!;
const length = (el: SamTimelineOverview) => el.visibleWindow.to - el.visibleWindow.from;

async function overview(
  options: {
    events?: readonly TimelineEvent[];
    locale?: string;
    width?: number;
    selection?: { from: Date; to: Date };
  } = {},
): Promise<SamTimelineOverview> {
  const el = await fixture<SamTimelineOverview>(
    html`<sam-timeline-overview
      style="width: ${options.width ?? 800}px"
      locale=${options.locale ?? 'nb'}
      .events=${options.events ?? EVENTS}
      .now=${NOW}
      .selection=${options.selection}
    ></sam-timeline-overview>`,
  );
  await waitUntil(() =>
    $(el, '.canvas')
      ?.getAttribute('viewBox')
      ?.includes(` ${String(options.width ?? 800)} `),
  );
  return el;
}

/** A pointer event on the chart, at a fraction of its width. */
function pointer(el: SamTimelineOverview, type: string, fraction: number, init: PointerEventInit = {}): void {
  const box = chart(el).getBoundingClientRect();
  chart(el).dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerId: 1,
      pointerType: 'mouse',
      button: 0,
      isPrimary: true,
      clientX: box.left + box.width * fraction,
      clientY: box.top + box.height / 2,
      ...init,
    }),
  );
}

describe('<sam-timeline-overview> drawing', () => {
  it('draws one lane per category with its label, and lists them with counts', async () => {
    const el = await overview();
    expect(texts(el, '.lane-label')).to.deep.equal([
      'Kontakter',
      'Diagnoser og allergier',
      'Prøvesvar og målinger',
      'Legemidler',
    ]);
    expect($(el, '.canvas')!.getAttribute('aria-hidden')).to.equal('true');
    const rows = $$(el, 'tbody tr').map((row) => [...row.children].map((cell) => cell.textContent.trim()));
    expect(rows).to.deep.equal([
      ['Kontakter', '3', '3'],
      ['Diagnoser og allergier', '1', '1'],
      ['Prøvesvar og målinger', '2', '2'],
      ['Legemidler', '1', '1'],
    ]);
    expect(description(el)).to.match(/^Viser .*2018.*2024: 7 hendelser\.$/);
    // Points, bars and the vague year are drawn; the "I dag" marker too.
    expect($(el, '[data-lane=contacts] .points')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '[data-lane=contacts] .bars')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '[data-lane=diagnoses] .vague')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '.now-label')!.textContent).to.equal('I dag');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no events', async () => {
    const el = await overview({ events: [] });
    expect(description(el)).to.equal('Ingen hendelser å vise.');
    await expect(el).to.be.accessible();
  });

  for (const [locale, buttons, lane, showing] of [
    ['nb', ['Zoom inn', 'Zoom ut', 'Vis alt', 'Filtrer til utsnittet', 'Velg periode'], 'Kontakter', 'Viser'],
    ['nn', ['Zoom inn', 'Zoom ut', 'Vis alt', 'Filtrer til utsnittet', 'Vel periode'], 'Kontaktar', 'Viser'],
    ['en', ['Zoom in', 'Zoom out', 'Show all', 'Filter to view', 'Select period'], 'Encounters', 'Showing'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await overview({ locale });
      expect(texts(el, '.controls button')).to.deep.equal(buttons);
      expect(texts(el, '.lane-label')[0]).to.equal(lane);
      expect(description(el).startsWith(showing)).to.equal(true);
      expect($(el, '.base')!.getAttribute('lang')).to.equal(locale);
    });
  }

  it('draws and describes the selection, with Nullstill', async () => {
    const selection = { from: new Date('2023-01-01T00:00:00+01:00'), to: new Date('2024-01-01T00:00:00+01:00') };
    const el = await overview({ selection });
    const rect = $(el, 'rect.selection')!;
    expect(Number(rect.getAttribute('width'))).to.be.greaterThan(50);
    expect(getComputedStyle(rect).strokeWidth).to.equal('2px');
    expect(description(el)).to.contain('Valgt periode: 1. januar–31. desember 2023.');
    expect(texts(el, '.controls button')).to.include('Nullstill');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal overflow, and follows width changes', async () => {
    const el = await overview({ width: 320 });
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '.base')!.scrollWidth).to.be.at.most(320);
    expect($(el, '.canvas')!.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
    el.style.width = '500px';
    await waitUntil(() => $(el, '.canvas')!.getAttribute('viewBox')!.includes(' 500 '), 'never redrawn at 500 px');
  });

  it('falls back to Oslo for an unknown time zone and to the clock for an invalid now', async () => {
    const el = await overview();
    el.timeZone = 'Mars/Olympus_Mons';
    el.now = new Date(NaN);
    await el.updateComplete;
    expect(description(el)).to.match(/^Viser .*: 7 hendelser\.$/);
    // The real clock: after every event, so everything shown reaches to today.
    expect(el.visibleWindow.to).to.be.greaterThan(Date.now());
  });

  it('keeps the shadow DOM bounded with 50 000 events', async () => {
    const events = manyEvents();
    const started = performance.now();
    const el = await overview({ events, width: 1200 });
    console.log(`[time] 50 000 events drawn in ${(performance.now() - started).toFixed(0)} ms`);
    const count = () => root(el).querySelectorAll('*').length;
    const all = count();
    expect(description(el)).to.contain('50\u00a0000 hendelser');
    for (const [name, keys] of [
      ['zoomed in', ['+', '+', '+', '+']],
      ['zoomed in further', ['+', '+', '+', '+', '+', '+']],
    ] as const) {
      chart(el).focus();
      for (const key of keys) await sendKeys({ press: key });
      await el.updateComplete;
      const step = performance.now();
      chart(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -50, bubbles: true, cancelable: true }));
      await el.updateComplete;
      console.log(`[time] one wheel step ${name}: ${(performance.now() - step).toFixed(1)} ms`);
      console.log(`[dom] 50 000 events, ${name}: ${String(count())} elements`);
      expect(count(), name).to.be.below(1500);
    }
    console.log(`[dom] 50 000 events, everything: ${String(all)} elements`);
    expect(all).to.be.below(1500);
    // Every point still counts: the bins' sizes, not their number, carry it.
    const path = $(el, '[data-lane=results] .points')!.getAttribute('d')!;
    expect(path.length).to.be.below(200_000);
  });
});

describe('<sam-timeline-overview> zoom, pan and ranges', () => {
  it('pans and zooms with the keyboard, and says so politely', async () => {
    const el = await overview();
    const before = description(el);
    chart(el).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    const zoomed = length(el);
    expect(description(el)).not.to.equal(before);
    const from = el.visibleWindow.from;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.visibleWindow.from).to.be.greaterThan(from);
    expect(length(el)).to.equal(zoomed);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(length(el)).to.be.greaterThan(zoomed);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(description(el)).to.equal(before);
    // Announced once the keys stop.
    await waitUntil(() => $(el, '[role=status]')!.textContent.trim() === before, 'never announced', { timeout: 3000 });
  });

  it('jumps to the first and last events with Home and End', async () => {
    const el = await overview();
    chart(el).focus();
    for (let step = 0; step < 8; step++) await sendKeys({ press: '+' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(description(el)).to.match(/2019/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.visibleWindow.to).to.be.greaterThan(new Date('2024-06-10T10:00:00+02:00').getTime());
  });

  it('filters to the window with Enter and the button', async () => {
    const el = await overview();
    chart(el).focus();
    await sendKeys({ press: '+' });
    const event = oneEvent(el, 'sam-range-change');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = (await event) as CustomEvent<SamRangeChangeDetail>;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(detail?.from.getTime()).to.equal(el.visibleWindow.from);
    expect(detail?.to.getTime()).to.equal(el.visibleWindow.to);

    const clicked = oneEvent(el, 'sam-range-change');
    $(el, '.filter')!.click();
    expect(((await clicked) as CustomEvent<SamRangeChangeDetail>).detail?.to.getTime()).to.equal(el.visibleWindow.to);
  });

  it('fires a typed SamRangeChangeEvent that reaches the document', async () => {
    const el = await overview({
      selection: { from: new Date('2023-01-01T00:00:00+01:00'), to: new Date('2024-01-01T00:00:00+01:00') },
    });
    const chosen = oneEvent<SamRangeChangeEvent>(document, SamRangeChangeEvent.eventName);
    $(el, '.filter')!.click();
    const event = await chosen;
    expect(event).to.be.instanceOf(SamRangeChangeEvent);
    expect([event.type, event.bubbles, event.composed]).to.deep.equal(['sam-range-change', true, true]);
    expect(event.detail?.from.getTime()).to.equal(el.visibleWindow.from);
    const cleared = oneEvent<SamRangeChangeEvent>(document, SamRangeChangeEvent.eventName);
    $(el, '.clear')!.click();
    const clearing = await cleared;
    expect(clearing).to.be.instanceOf(SamRangeChangeEvent);
    expect(clearing.detail).to.equal(undefined);
  });

  it('clears with Escape and Nullstill', async () => {
    const selection = { from: new Date('2023-01-01T00:00:00+01:00'), to: new Date('2024-01-01T00:00:00+01:00') };
    const el = await overview({ selection });
    chart(el).focus();
    const escaped = oneEvent(el, 'sam-range-change');
    await sendKeys({ press: 'Escape' });
    expect(((await escaped) as CustomEvent<SamRangeChangeDetail>).detail).to.equal(undefined);
    const cleared = oneEvent(el, 'sam-range-change');
    $(el, '.clear')!.click();
    expect(((await cleared) as CustomEvent<SamRangeChangeDetail>).detail).to.equal(undefined);
  });

  it('zooms with the wheel around the pointer, only over the chart', async () => {
    const el = await overview();
    const before = el.visibleWindow;
    const box = chart(el).getBoundingClientRect();
    const clientX = box.left + box.width * 0.25;
    const anchor = before.from + 0.25 * (before.to - before.from);
    const wheel = new WheelEvent('wheel', {
      deltaY: -200,
      clientX,
      clientY: box.top + 40,
      bubbles: true,
      cancelable: true,
    });
    chart(el).dispatchEvent(wheel);
    await el.updateComplete;
    expect(wheel.defaultPrevented).to.equal(true);
    const after = el.visibleWindow;
    expect(after.to - after.from).to.be.below(before.to - before.from);
    // The instant under the pointer stays under it.
    expect(Math.abs((anchor - after.from) / (after.to - after.from) - 0.25)).to.be.below(0.001);

    const outside = new WheelEvent('wheel', { deltaY: -200, bubbles: true, cancelable: true });
    $(el, '.controls')!.dispatchEvent(outside);
    expect(outside.defaultPrevented).to.equal(false);
  });

  it('pans with a pointer drag', async () => {
    const el = await overview();
    chart(el).focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await el.updateComplete;
    const before = el.visibleWindow;
    pointer(el, 'pointerdown', 0.6);
    pointer(el, 'pointermove', 0.5);
    pointer(el, 'pointermove', 0.4);
    pointer(el, 'pointerup', 0.4);
    await el.updateComplete;
    const after = el.visibleWindow;
    // Dragged a fifth of the width to the left: a fifth of the window later.
    expect((after.from - before.from) / (before.to - before.from)).to.be.closeTo(0.2, 0.01);
    expect(after.to - after.from).to.equal(before.to - before.from);
  });

  it('brushes a range with Shift and drag', async () => {
    const el = await overview();
    const view = el.visibleWindow;
    const event = oneEvent(el, 'sam-range-change');
    pointer(el, 'pointerdown', 0.5, { shiftKey: true });
    pointer(el, 'pointermove', 0.75, { shiftKey: true });
    await el.updateComplete;
    expect($(el, 'rect.brush')).not.to.equal(null);
    pointer(el, 'pointerup', 0.75, { shiftKey: true });
    const { detail } = (await event) as CustomEvent<SamRangeChangeDetail>;
    const length = view.to - view.from;
    expect((detail!.from.getTime() - view.from) / length).to.be.closeTo(0.5, 0.01);
    expect((detail!.to.getTime() - view.from) / length).to.be.closeTo(0.75, 0.01);
    await el.updateComplete;
    expect($(el, 'rect.brush')).to.equal(null);
    // The window did not move.
    expect(el.visibleWindow).to.deep.equal(view);
  });

  it('brushes a range with one finger after "Velg periode", then pans again', async () => {
    const el = await overview();
    const view = el.visibleWindow;
    const toggle = $(el, '.brush-mode')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const touch = { pointerType: 'touch' };
    const event = oneEvent(el, 'sam-range-change');
    pointer(el, 'pointerdown', 0.2, touch);
    pointer(el, 'pointermove', 0.4, touch);
    pointer(el, 'pointerup', 0.4, touch);
    const { detail } = (await event) as CustomEvent<SamRangeChangeDetail>;
    expect((detail!.from.getTime() - view.from) / (view.to - view.from)).to.be.closeTo(0.2, 0.01);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('pinches with two fingers', async () => {
    const el = await overview();
    const before = length(el);
    const touch = { pointerType: 'touch' };
    pointer(el, 'pointerdown', 0.4, { ...touch, pointerId: 1 });
    pointer(el, 'pointerdown', 0.6, { ...touch, pointerId: 2 });
    pointer(el, 'pointermove', 0.3, { ...touch, pointerId: 1 });
    pointer(el, 'pointermove', 0.7, { ...touch, pointerId: 2 });
    pointer(el, 'pointerup', 0.3, { ...touch, pointerId: 1 });
    pointer(el, 'pointerup', 0.7, { ...touch, pointerId: 2 });
    await el.updateComplete;
    expect(length(el) / before).to.be.closeTo(0.5, 0.01);
    expect(getComputedStyle(chart(el)).touchAction).to.equal('none');
  });
});
