// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-medication-list> in every state, as a table and
// as cards, every row opened with its source shown; then what the policy refused, posted to the test.
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { watchCspViolations } from '@samspill/core/testing.js';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_STATEMENTS,
  failingSource,
  malformedPatient,
  pendingSource,
  typicalPatient,
} from './medication-examples.browser.js';

const csp = watchCspViolations();
const reached: Record<string, string> = {};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const statusOf = (el: Element) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => unknown): Promise<void> {
  for (let tries = 0; tries < 400 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function list(name: string, status: string, set: (el: SamMedicationList) => void): Promise<SamMedicationList> {
  const el = document.createElement('sam-medication-list');
  set(el);
  document.body.append(el);
  await until(() => statusOf(el) === status);
  await frame();
  reached[name] = statusOf(el) ?? 'none';
  return el;
}

/** Opens every disclosure (rows, then the source views inside them). */
async function openEverything(el: SamMedicationList): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
      button.click();
    }
    await el.updateComplete;
  }
}

const empty = createStaticSource([]);
const unavailable: FhirSource = {
  search: (type) =>
    Promise.resolve({
      resources: [],
      included: [],
      issues: [],
      failures: [{ kind: 'unavailable', resourceType: type, status: 503, message: '503' }],
      truncated: false,
    }),
  read: (reference, options) => empty.read(reference, options),
};

await list('<sam-medication-list> loading', 'loading', (el) => {
  el.source = pendingSource;
  el.patient = 'p1';
});
await list('<sam-medication-list> empty', 'empty', (el) => {
  el.resources = [];
});
await list('<sam-medication-list> error', 'error', (el) => {
  el.source = unavailable;
  el.patient = EXAMPLE_PATIENT;
});
await list('<sam-medication-list> partial', 'partial', (el) => {
  el.source = failingSource(typicalPatient(), { MedicationStatement: REFUSED_STATEMENTS });
  el.patient = EXAMPLE_PATIENT;
});
for (const [layout, width] of [
  ['table', '1100px'],
  ['cards', '360px'],
] as const) {
  const el = await list(`<sam-medication-list> data as ${layout}`, 'data', (el) => {
    el.resources = [...typicalPatient(), ...(malformedPatient() as Resource[])];
    el.style.width = width;
  });
  await openEverything(el);
}

// The day view: its module is fetched on first use and its styles adopted, not inlined.
const day = await list('<sam-medication-list> day view', 'data', (el) => {
  el.view = 'day';
  el.resources = typicalPatient();
});
await until(() => day.shadowRoot?.querySelector('section.day'));
reached['<sam-medication-list> day view'] = day.shadowRoot?.querySelector('section.day') ? 'drawn' : 'none';

// Violations are reported in a task of their own: let them arrive.
await frame();
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage({ type: 'samspill-csp', violations: csp.violations, reached }, location.origin);
