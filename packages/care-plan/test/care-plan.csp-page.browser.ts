// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-care-plan> in every state, every part opened
// with its source shown; then what the policy refused, posted to the test.
import { watchCspViolations } from '@samspill/core/testing.js';
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

const csp = watchCspViolations();
const reached: Record<string, string> = {};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const statusOf = (el: Element) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => unknown): Promise<void> {
  for (let tries = 0; tries < 400 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function plan(name: string, status: string, set: (el: SamCarePlan) => void): Promise<SamCarePlan> {
  const el = document.createElement('sam-care-plan');
  el.now = new Date('2024-05-08T12:00:00+02:00');
  el.style.width = '900px';
  set(el);
  document.body.append(el);
  await until(() => statusOf(el) === status);
  await frame();
  reached[name] = statusOf(el) ?? 'none';
  return el;
}

/** Opens every disclosure (parts, then the source views inside them). */
async function openEverything(el: SamCarePlan): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
      button.click();
    }
    await el.updateComplete;
  }
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
  await openEverything(await plan(`<sam-care-plan> data (${name})`, 'data', (el) => (el.resources = resources)));
}

// Violations are reported in a task of their own: let them arrive.
await frame();
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage({ type: 'samspill-csp', violations: csp.violations, reached }, location.origin);
