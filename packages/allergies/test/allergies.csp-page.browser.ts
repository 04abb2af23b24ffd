// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-allergies> in every state (loading, empty, not
// granted, failed, partial, data, malformed), every row opened with its source shown; then what the
// policy refused, posted to the test.
import type { Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core';
import { grantingSource, pendingSource, recordingSource, watchCspViolations } from '@samspill/core/testing.js';
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

const csp = watchCspViolations();
const reached: Record<string, string> = {};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const statusOf = (el: Element) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => unknown): Promise<void> {
  for (let tries = 0; tries < 400 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function allergies(name: string, status: string, set: (el: SamAllergies) => void): Promise<SamAllergies> {
  const el = document.createElement('sam-allergies');
  set(el);
  document.body.append(el);
  await until(() => statusOf(el) === status);
  await frame();
  reached[name] = statusOf(el) ?? 'none';
  return el;
}

/** Opens every disclosure (rows, the past list, then the source views inside them). */
async function openEverything(el: SamAllergies): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
      button.click();
    }
    await el.updateComplete;
  }
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
await openEverything(
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
  await openEverything(
    await allergies(`<sam-allergies> ${name}`, 'data', (el) => {
      el.resources = resources;
      el.style.width = '390px';
    }),
  );
}

// Violations are reported in a task of their own: let them arrive.
await frame();
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage({ type: 'samspill-csp', violations: csp.violations, reached }, location.origin);
