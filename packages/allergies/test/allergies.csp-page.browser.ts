// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-allergies> in every state (loading, empty, not
// granted, failed, partial, data, malformed), every row opened with its source shown; then what the
// policy refused, posted to the test.
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { grantingSource, pendingSource, recordingSource, watchCspViolations } from '@samspill/core/testing.js';
import { cspPage } from '@samspill/fixtures/csp-page';
import '../src/define.js';
import type { SamAllergies } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_PEOPLE,
  UNAVAILABLE_ALLERGIES,
  malformedPatient,
  noKnownPatient,
  typicalPatient,
} from './allergies-examples.js';

const page = cspPage(watchCspViolations());

async function allergies(name: string, status: string, set: (el: SamAllergies) => void): Promise<SamAllergies> {
  const el = document.createElement('sam-allergies');
  set(el);
  return page.show(name, el, status);
}

const inner = createStaticSource(typicalPatient());
const unavailable: FhirSource = {
  search: () =>
    Promise.resolve({ resources: [], included: [], issues: [], failures: [UNAVAILABLE_ALLERGIES], truncated: false }),
  read: (reference, options) => inner.read(reference, options),
};
const withoutIncludes: FhirSource = {
  search: async (type, params, options) => ({ ...(await inner.search(type, params, options)), included: [] }),
  read: (reference, options) => inner.read(reference, options),
};

await allergies('<sam-allergies> loading', 'loading', (el) => {
  el.source = pendingSource;
  el.patient = 'p1';
});
await allergies('<sam-allergies> empty', 'empty', (el) => {
  el.resources = [];
});
await allergies('<sam-allergies> not granted', 'data', (el) => {
  el.source = grantingSource(typicalPatient(), ['AllergyIntolerance']);
  el.patient = EXAMPLE_PATIENT;
});
await allergies('<sam-allergies> failed', 'data', (el) => {
  el.source = unavailable;
  el.patient = EXAMPLE_PATIENT;
});
await page.openEverything(
  await allergies('<sam-allergies> partial', 'partial', (el) => {
    el.source = recordingSource(withoutIncludes, {
      failRead: (reference) => (reference.startsWith('PractitionerRole/') ? REFUSED_PEOPLE : undefined),
    }).source;
    el.patient = EXAMPLE_PATIENT;
  }),
);
for (const [name, resources] of [
  ['data', [...typicalPatient(), ...noKnownPatient()]],
  ['malformed', malformedPatient() as Resource[]],
] as const) {
  await page.openEverything(
    await allergies(`<sam-allergies> ${name}`, 'data', (el) => {
      el.resources = resources;
      el.style.width = '390px';
    }),
  );
}

await page.report();
