import { createStaticSource } from '@samspill/core';
import { recordingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { BENCH_NOW, manyEvents } from './many-events.data.js';

// An event row of the list, once it is on the page.
const EVENT_ROW = '[data-event-key]';

const statusOf = (el: SamTimeline) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
}

/** Shows `resources` in a timeline 1 000 px wide and 800 px high and waits until the data is drawn. */
async function renderTimeline(resources: readonly unknown[]): Promise<SamTimeline> {
  const el = document.createElement('sam-timeline');
  Object.assign(el.style, { display: 'block', width: '1000px', height: '800px' });
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
const population = () => populationResources({ largePatient: true });

/** Time from attaching the element to the first event rows on screen, the large patient loading. */
async function firstEvents(): Promise<void> {
  const el = document.createElement('sam-timeline');
  Object.assign(el.style, { display: 'block', width: '1000px', height: '800px' });
  el.now = BENCH_NOW;
  el.source = createStaticSource(patientResources(population(), LARGE));
  el.patient = LARGE;
  document.body.append(el);
  await until(() => el.shadowRoot?.querySelector(EVENT_ROW) != null);
  el.remove();
}

export default {
  'DOM nodes at 1 000 events': domNodesAt(1_000),
  'DOM nodes at 10 000 events': domNodesAt(10_000),
  'DOM nodes at 50 000 events': domNodesAt(50_000),
  'first render: 10 000 events given as resources (model + DOM)': async () => {
    (await renderTimeline(manyEvents(10_000))).remove();
  },
  'time to first events: the large patient through a source': firstEvents,
  'requests to load the large patient through the element': {
    unit: 'requests',
    count: async () => {
      const recording = recordingSource(createStaticSource(patientResources(population(), LARGE)));
      const el = document.createElement('sam-timeline');
      el.now = BENCH_NOW;
      el.source = recording.source;
      el.patient = LARGE;
      document.body.append(el);
      await until(() => statusOf(el) === 'data' || statusOf(el) === 'partial');
      el.remove();
      return recording.searches.length + recording.reads.length;
    },
  },
} satisfies Benchmarks;
