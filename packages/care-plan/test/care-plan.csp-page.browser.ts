// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-care-plan> in every state, every part opened
// with its source shown; then what the policy refused, posted to the test.
import { watchCspViolations } from '@samspill/core/testing.js';
import { cspPage } from '@samspill/fixtures/csp-page';
import '../src/define.js';
import type { SamCarePlan } from '../src/index.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_OBSERVATIONS,
  UNAVAILABLE_PLANS,
  failingSource,
  malformedPatient,
  pendingSource,
  typicalPatient,
  zonePatient,
} from './care-plan-examples.browser.js';

const page = cspPage(watchCspViolations());

async function plan(name: string, status: string, set: (el: SamCarePlan) => void): Promise<SamCarePlan> {
  const el = document.createElement('sam-care-plan');
  el.now = new Date('2024-05-08T12:00:00+02:00');
  el.style.width = '900px';
  set(el);
  return page.show(name, el, status);
}

await plan('<sam-care-plan> loading', 'loading', (el) => {
  el.source = pendingSource;
  el.patient = 'p1';
});
await plan('<sam-care-plan> empty', 'empty', (el) => {
  el.resources = [];
});
await plan('<sam-care-plan> error', 'error', (el) => {
  el.source = failingSource([], { CarePlan: UNAVAILABLE_PLANS });
  el.patient = EXAMPLE_PATIENT;
});
await plan('<sam-care-plan> partial', 'partial', (el) => {
  el.source = failingSource(typicalPatient(), { Observation: REFUSED_OBSERVATIONS });
  el.patient = EXAMPLE_PATIENT;
});
for (const [name, resources] of [
  ['typical', typicalPatient()],
  ['zones', zonePatient()],
  ['malformed', malformedPatient() as SamCarePlan['resources']],
] as const) {
  await page.openEverything(await plan(`<sam-care-plan> data (${name})`, 'data', (el) => (el.resources = resources)));
}

await page.report();
