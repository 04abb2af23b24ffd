// Figures the timeline is judged by in the browser: how long from data to the first event on screen,
// and how long a frame takes while the list scrolls. Each is measured by hand (a median of a few runs,
// a percentile of many frames) and reported as a counted figure, since one run at 50 000 events is
// too slow for the timed cases' repeated calls.
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { BENCH_NOW, manyEvents } from './many-events.data.js';

const EVENT_ROW = 'li.row-event';
const statusOf = (el: SamTimeline) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
}

function timeline(resources: readonly unknown[]): SamTimeline {
  const el = document.createElement('sam-timeline');
  el.style.width = '1000px';
  el.now = BENCH_NOW;
  el.resources = resources as SamTimeline['resources'];
  return el;
}

/**
 * Milliseconds from handing the element its data to the frame that shows its first event: the
 * animation frame after the row is in the DOM, with the row laid out (what is left is painting).
 * The row is watched for as it is added, so later work (the rest of a long record) is not counted.
 */
export async function firstPaint(resources: readonly unknown[]): Promise<number> {
  const el = timeline(resources);
  let painted: (time: number) => void = () => undefined;
  const shown = new Promise<number>((resolve) => {
    painted = resolve;
  });
  const watch = new MutationObserver(() => {
    const row = el.shadowRoot?.querySelector(EVENT_ROW);
    if (!row) return;
    watch.disconnect();
    requestAnimationFrame(() => {
      row.getBoundingClientRect();
      painted(performance.now());
    });
  });
  const start = performance.now();
  document.body.append(el);
  if (el.shadowRoot) watch.observe(el.shadowRoot, { subtree: true, childList: true });
  const elapsed = (await shown) - start;
  // Whatever is still being built is let finish outside the timing, so the next run starts clean.
  await until(() => statusOf(el) !== 'loading');
  await settle(el);
  el.remove();
  return elapsed;
}

/** Until the element has nothing more to render for a few frames. */
async function settle(el: SamTimeline): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    const done = await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    quiet = done && !el.isUpdatePending ? quiet + 1 : 0;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const firstPaints = new Map<number, number>();

/** The median first paint at `events` events over `runs` runs, remembered for the ratio. */
export function firstPaintAt(events: number, runs: number) {
  return {
    unit: 'ms (median)',
    count: async () => {
      const resources = manyEvents(events);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) times.push(await firstPaint(resources));
      const result = median(times);
      firstPaints.set(events, result);
      return round(result);
    },
  };
}

/** First paint at `large` events over that at `small` (both measured before, in the same run). */
export function firstPaintRatio(large: number, small: number) {
  return {
    unit: `× (${String(large)} / ${String(small)}; the goal is at most 3)`,
    count: () => Math.round(((firstPaints.get(large) ?? NaN) / (firstPaints.get(small) ?? NaN)) * 100) / 100,
  };
}

/** A timeline of `events` events, drawn, settled, and its scrolling list. */
async function scrollable(events: number): Promise<{ el: SamTimeline; viewport: HTMLElement }> {
  const el = timeline(manyEvents(events));
  document.body.append(el);
  // The whole record, not the first screen of a long one: the rest is built while that shows.
  await until(() => statusOf(el) === 'data' && el.shadowRoot?.querySelector('.completion-status')?.textContent === '');
  await settle(el);
  const viewport = el.shadowRoot?.querySelector<HTMLElement>('.viewport');
  if (!viewport) throw new Error('no viewport');
  return { el, viewport };
}

/**
 * The 95th percentile of frame times (one animation frame to the next) while the list is flung down
 * by `step` px a frame for `frames` frames, with `events` events loaded and drawn. A frame that
 * keeps up with the display takes 16.7 ms.
 */
export function scrollP95At(events: number, frames = 120, step = 1500) {
  return {
    unit: 'ms (p95 frame)',
    count: async () => {
      const { el, viewport } = await scrollable(events);
      const times: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
        viewport.scrollTop += step;
        const now = await frame();
        times.push(now - last);
        last = now;
      }
      el.remove();
      return round(percentile(times, 95));
    },
  };
}

/**
 * The work of one scroll step without the wait for the display: the rows rendered for a new
 * position and laid out, p95 over `steps` jumps of `step` px.
 */
export function scrollWorkP95At(events: number, steps = 120, step = 1500) {
  return {
    unit: 'ms (p95 render + layout)',
    count: async () => {
      const { el, viewport } = await scrollable(events);
      const times: number[] = [];
      for (let i = 0; i < steps; i++) {
        const start = performance.now();
        viewport.scrollTop += step;
        viewport.dispatchEvent(new Event('scroll'));
        await el.updateComplete;
        viewport.getBoundingClientRect();
        times.push(performance.now() - start);
        // The rows are measured in the next frame, outside the timing.
        await frame();
      }
      el.remove();
      return Math.round(percentile(times, 95) * 100) / 100;
    },
  };
}

const wholeRecords = new Map<number, number>();

/**
 * Milliseconds from handing the element `resources` to the whole record drawn and settled (not only
 * the first screen of a long record), the median of `runs` runs; remembered under `key` for a ratio.
 */
export function wholeRecordAt(key: number, resources: () => readonly unknown[], runs: number) {
  return {
    unit: 'ms (median)',
    count: async () => {
      const given = resources();
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const el = timeline(given);
        const start = performance.now();
        document.body.append(el);
        await until(
          () => statusOf(el) === 'data' && el.shadowRoot?.querySelector('.completion-status')?.textContent === '',
        );
        await settle(el);
        el.shadowRoot?.querySelector(EVENT_ROW)?.getBoundingClientRect();
        times.push(performance.now() - start);
        el.remove();
      }
      const result = median(times);
      wholeRecords.set(key, result);
      return round(result);
    },
  };
}

/** The whole record at `large` over that at `small` (both measured before, in the same run). */
export function wholeRecordRatio(large: number, small: number) {
  return {
    unit: `× (${String(large)} / ${String(small)} events; linear is ${String(large / small)})`,
    count: () => Math.round(((wholeRecords.get(large) ?? NaN) / (wholeRecords.get(small) ?? NaN)) * 100) / 100,
  };
}
