// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-timeline> in every state, its rows opened, its
// source shown, an event kept in place out of sight (focus held while scrolled away), its overview panel,
// and <sam-timeline-overview> on its own; then what the policy refused, posted to the test.
import { watchCspViolations } from '@samspill/core/testing.js';
import '../src/define.js';
import '../src/define-overview.js';
import { TIMELINE_TYPES, type SamTimeline } from '../src/index.js';
import { timelineModel } from '../src/timeline.model.js';
import {
  EXAMPLE_PATIENT,
  NOW,
  UNAVAILABLE_ENCOUNTERS,
  failingSource,
  pendingSource,
  refusedSourceSource,
  typicalPatient,
} from './timeline-examples.browser.js';

const csp = watchCspViolations();
const reached: Record<string, string> = {};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const statusOf = (el: Element) => el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');

async function until(condition: () => unknown): Promise<void> {
  for (let tries = 0; tries < 400 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function timeline(name: string, status: string, set: (el: SamTimeline) => void): Promise<SamTimeline> {
  const el = document.createElement('sam-timeline');
  el.now = NOW;
  set(el);
  document.body.append(el);
  await until(() => statusOf(el) === status);
  await frame();
  reached[name] = statusOf(el) ?? 'none';
  return el;
}

const allFailing = failingSource(
  [],
  Object.fromEntries(TIMELINE_TYPES.map((type) => [type, { ...UNAVAILABLE_ENCOUNTERS, resourceType: type }])),
);

await timeline('<sam-timeline> loading', 'loading', (el) => {
  el.source = pendingSource;
  el.patient = 'p1';
});
await timeline('<sam-timeline> empty', 'empty', (el) => {
  el.resources = [];
});
await timeline('<sam-timeline> error', 'error', (el) => {
  el.source = allFailing;
  el.patient = EXAMPLE_PATIENT;
});
await timeline('<sam-timeline> partial', 'partial', (el) => {
  el.source = refusedSourceSource();
  el.patient = EXAMPLE_PATIENT;
});
// Wide enough for the overview panel, which fetches <sam-timeline-overview> and draws it.
const data = await timeline('<sam-timeline> data', 'data', (el) => {
  el.resources = typicalPatient();
  el.style.width = '1100px';
  el.style.setProperty('--sam-timeline-max-height', '12rem');
});
const root = data.shadowRoot!;
for (const button of root.querySelectorAll<HTMLButtonElement>('button.disclosure')) button.click();
await data.updateComplete;
for (const button of root.querySelectorAll<HTMLButtonElement>('button.source-toggle')) button.click();
await data.updateComplete;
await until(() => root.querySelector('sam-timeline-overview')?.shadowRoot?.querySelector('.canvas'));
reached['<sam-timeline> overview panel'] = root.querySelector('sam-timeline-overview') ? 'shown' : 'missing';
// The focused event stays rendered, held in its place, once it is scrolled out of the window.
root.querySelector<HTMLButtonElement>('.event-title')?.focus();
const viewport = root.querySelector<HTMLElement>('.viewport')!;
viewport.scrollTop = viewport.scrollHeight;
await until(() => root.querySelector('.is-pinned'));
reached['<sam-timeline> event held out of sight'] = root.querySelector('.is-pinned') ? 'pinned' : 'not pinned';

const overview = document.createElement('sam-timeline-overview');
overview.style.width = '800px';
overview.now = NOW;
overview.events = timelineModel(typicalPatient(), { now: NOW }).events;
document.body.append(overview);
await until(() => overview.shadowRoot?.querySelector('.canvas'));
reached['<sam-timeline-overview>'] = overview.shadowRoot?.querySelector('.canvas') ? 'drawn' : 'missing';

// Violations are reported in a task of their own: let them arrive.
await frame();
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage({ type: 'samspill-csp', violations: csp.violations, reached }, location.origin);
