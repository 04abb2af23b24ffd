import { createStaticSource, type FhirSource, type SearchResult } from '@samspill/core';
import { recordingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { BENCH_NOW, manyEvents } from './many-events.data.js';
import { BENCH_MARKS, combiningMarkEvents } from './combining-marks.data.js';
import {
  firstPaintAt,
  firstPaintRatio,
  scrollP95At,
  scrollWorkP95At,
  wholeRecordAt,
  wholeRecordRatio,
} from './timeline.paint.browser.js';

// An event row of the list, once it is on the page.
const EVENT_ROW = 'li.row-event';

const statusOf = (el: SamTimeline) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
}

/** Shows `resources` in a timeline 1 000 px wide and waits until the data is drawn. */
async function renderTimeline(resources: readonly unknown[]): Promise<SamTimeline> {
  const el = document.createElement('sam-timeline');
  el.style.width = '1000px';
  el.now = BENCH_NOW;
  el.resources = resources as SamTimeline['resources'];
  document.body.append(el);
  await until(() => statusOf(el) === 'data');
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** Elements and text nodes under the timeline, its shadow roots included. */
function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

function domNodesAt(events: number) {
  const resources = manyEvents(events);
  return {
    unit: 'nodes',
    count: async () => {
      const el = await renderTimeline(resources);
      const nodes = countNodes(el);
      el.remove();
      return nodes;
    },
  };
}

// The large generated patient behind a source, as an app meets it.
const LARGE = PATIENT_IDS.large;
let largeResources: ReturnType<typeof patientResources> | undefined;
const large = () => (largeResources ??= patientResources(populationResources({ largePatient: true }), LARGE));

/**
 * The static source as a server answers: pages of `_count` one after another, each `latency` ms
 * after the last, each handed to `onPage` as it arrives.
 */
function pagedSource(inner: FhirSource, latency: number): FhirSource {
  return {
    read: (reference, options) => inner.read(reference, options),
    async search(type, params, options) {
      const result = await inner.search(type, params, options);
      const size = Number(params?._count) || 100;
      for (let start = 0; start === 0 || start < result.resources.length; start += size) {
        await new Promise((resolve) => setTimeout(resolve, latency));
        const page: SearchResult = { ...result, resources: result.resources.slice(start, start + size) };
        options?.onPage?.({ ...page, included: start === 0 ? result.included : [] });
      }
      return result;
    },
  };
}

/** Attaches a timeline of the large patient behind `source` and waits until `done` says so. */
async function loadLarge(source: FhirSource, done: (el: SamTimeline) => boolean): Promise<void> {
  const el = document.createElement('sam-timeline');
  el.style.width = '1000px';
  el.now = BENCH_NOW;
  el.source = source;
  el.patient = LARGE;
  document.body.append(el);
  await until(() => done(el));
  el.remove();
}

// 20 ms a page: a server close by. The large patient is about 150 pages over twelve searches. The
// static source is built once, outside the timing (it indexes its resources when created); each run
// gets a new server in front of it, since the element caches answers per source.
const LATENCY = 20;
let largeStatic: FhirSource | undefined;
const largeServer = () => pagedSource((largeStatic ??= createStaticSource(large())), LATENCY);
const firstEvents = (el: SamTimeline) => el.shadowRoot?.querySelector(EVENT_ROW) != null;
// Loaded, and the whole record shown (not only its newest events, the first screen of a long one).
const allEvents = (el: SamTimeline) =>
  (statusOf(el) === 'data' || statusOf(el) === 'partial') &&
  el.shadowRoot?.querySelector('.completion-status')?.textContent.trim() === '';

export default {
  'first paint: data to the first event drawn, 1 000 events': firstPaintAt(1_000, 7),
  'first paint: data to the first event drawn, 50 000 events': firstPaintAt(50_000, 3),
  'first paint: 50 000 events against 1 000': firstPaintRatio(50_000, 1_000),
  'scroll: p95 frame at 1 000 events': scrollP95At(1_000),
  'scroll: p95 frame at 50 000 events': scrollP95At(50_000),
  'scroll: p95 work of one step (render + layout) at 1 000 events': scrollWorkP95At(1_000),
  'scroll: p95 work of one step (render + layout) at 50 000 events': scrollWorkP95At(50_000),
  'DOM nodes at 1 000 events': domNodesAt(1_000),
  'DOM nodes at 10 000 events': domNodesAt(10_000),
  'DOM nodes at 50 000 events': domNodesAt(50_000),
  'first render: 10 000 events given as resources (model + DOM; the first screen since it shows first)': async () => {
    (await renderTimeline(manyEvents(10_000))).remove();
  },
  [`combining marks (${String(BENCH_MARKS)} on one letter in each title): 1 000 events, data to the whole record drawn`]:
    wholeRecordAt(1_000, () => combiningMarkEvents(1_000), 3),
  [`combining marks (${String(BENCH_MARKS)} on one letter in each title): 10 000 events, data to the whole record drawn`]:
    wholeRecordAt(10_000, () => combiningMarkEvents(10_000), 3),
  'combining marks: 10 000 events against 1 000': wholeRecordRatio(10_000, 1_000),
  'the large patient, pages of _count (asked: 1 000, was 100) at 20 ms each: time to the first events': () =>
    loadLarge(largeServer(), firstEvents),
  'the large patient, pages of _count (asked: 1 000, was 100) at 20 ms each: time to every event': () =>
    loadLarge(largeServer(), allEvents),
  'requests to load the large patient through the element': {
    unit: 'requests',
    count: async () => {
      const recording = recordingSource(createStaticSource(large()));
      await loadLarge(recording.source, allEvents);
      return recording.searches.length + recording.reads.length;
    },
  },
} satisfies Benchmarks;
