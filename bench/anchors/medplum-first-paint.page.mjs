// Medplum's PatientTimeline in the page, handed the events of packages/timeline/bench/many-events.data.ts
// through a MedplumClient whose fetch answers at once from memory, so what is timed is the
// component's own work: from rendering it to the frame that shows its first event.
/* global document, requestAnimationFrame -- runs in the page */
import '@mantine/core/styles.css';
import '@medplum/react/styles.css';
import { MedplumClient } from '@medplum/core';
import { manyEvents } from '../../packages/timeline/bench/many-events.data.ts';
import { renderPatientTimeline } from './medplum-timeline.app.mjs';

const PATIENT = { resourceType: 'Patient', id: 'bench' };
// The searches PatientTimeline makes, one request each (its loadTimelineResources).
const SEARCHES = [
  'ClinicalImpression',
  'Communication',
  'Device',
  'DeviceRequest',
  'DiagnosticReport',
  'Media',
  'ServiceRequest',
  'Task',
];
const FIRST_EVENT = '[data-testid="timeline-item"]';

/** When the event happened: Medplum sorts by meta.lastUpdated, which a server sets; here it is the event's date. */
function eventDate(resource) {
  return (
    resource.period?.start ??
    resource.performedDateTime ??
    resource.onsetDateTime ??
    resource.occurrenceDateTime ??
    resource.date
  );
}

/**
 * The server's answers: every event, with the meta a server adds, shared evenly among the searches.
 * Each search gets its share in one page, whatever its `_count` (PatientTimeline asks for 100 and
 * never pages on; an honest server would give it at most 800 of the events).
 */
function answers(count) {
  const resources = manyEvents(count).map((resource) => ({
    ...resource,
    meta: { versionId: '1', lastUpdated: eventDate(resource) },
  }));
  const share = Math.ceil(resources.length / SEARCHES.length);
  const bundles = new Map(
    SEARCHES.map((type, i) => [
      type,
      {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: resources.slice(i * share, (i + 1) * share).map((resource) => ({ resource })),
      },
    ]),
  );
  bundles.set('_history', { resourceType: 'Bundle', type: 'history', entry: [] });
  return bundles;
}

/** A fetch that answers each request from `bundles` with the parsed body, as <sam-timeline> is handed parsed resources. */
function fetchFrom(bundles) {
  return (url) => {
    const path = new URL(url).pathname;
    const type = path.endsWith('/_history') ? '_history' : path.split('/').pop();
    // Anything else (the schema ResourceTable asks for over GraphQL) gets an empty answer.
    const body = bundles.get(type) ?? { data: { StructureDefinitionList: [], SearchParameterList: [] } };
    return Promise.resolve({
      status: 200,
      ok: true,
      headers: new Headers({ 'content-type': 'application/fhir+json' }),
      json: () => Promise.resolve(body),
      text: () => Promise.resolve(JSON.stringify(body)),
    });
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
async function until(condition) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve));
}

/** Milliseconds from rendering the timeline to the frame that shows its first event. */
async function firstPaint(bundles) {
  const container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
  // A client per run: MedplumClient caches what it has read.
  const medplum = new MedplumClient({ baseUrl: 'http://medplum.invalid/', fetch: fetchFrom(bundles) });
  const start = performance.now();
  const root = renderPatientTimeline(container, medplum, PATIENT);
  await until(() => container.querySelector(FIRST_EVENT) !== null);
  await frame();
  const elapsed = performance.now() - start;
  // Let what is left settle outside the timing, so the next run starts clean.
  await new Promise((resolve) => setTimeout(resolve, 50));
  root.unmount();
  container.remove();
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median first paint at `count` events over `runs` runs. */
async function medplumFirstPaint(count, runs) {
  const bundles = answers(count);
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await firstPaint(bundles));
  return median(times);
}

Object.assign(globalThis, { medplumFirstPaint });
