// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-medication-list> in every state, as a table and
// as cards, every row opened with its source shown; then what the policy refused, posted to the test.
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { watchCspViolations } from '@samspill/core/testing.js';
import { cspPage } from '@samspill/fixtures/csp-page';
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

const page = cspPage(watchCspViolations());

async function list(name: string, status: string, set: (el: SamMedicationList) => void): Promise<SamMedicationList> {
  const el = document.createElement('sam-medication-list');
  set(el);
  return page.show(name, el, status);
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
  await page.openEverything(el);
}

// The day view: its module is fetched on first use and its styles adopted, not inlined.
const day = await list('<sam-medication-list> day view', 'data', (el) => {
  el.view = 'day';
  el.resources = typicalPatient();
});
await page.until(() => day.shadowRoot?.querySelector('section.day'));
page.reached['<sam-medication-list> day view'] = day.shadowRoot?.querySelector('section.day') ? 'drawn' : 'none';

await page.report();
