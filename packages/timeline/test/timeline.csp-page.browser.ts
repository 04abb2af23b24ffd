// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// packages/core/test/csp.security.browser.test.ts: <sam-timeline> in every state, its rows opened, its
// source shown, an event kept in place out of sight (focus held while scrolled away), its overview panel,
// and <sam-timeline-overview> on its own; then what the policy refused, posted to the test.
import { watchCspViolations } from '@samspill/core/testing.js';
import { cspPage } from '@samspill/fixtures/csp-page';
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

const page = cspPage(watchCspViolations());

async function timeline(name: string, status: string, set: (el: SamTimeline) => void): Promise<SamTimeline> {
  const el = document.createElement('sam-timeline');
  el.now = NOW;
  set(el);
  return page.show(name, el, status);
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
// Wide enough for the overview panel, opened (a low window starts it folded), which fetches
// <sam-timeline-overview> and draws it.
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
const overviewToggle = root.querySelector<HTMLButtonElement>('.overview-toggle');
if (overviewToggle?.getAttribute('aria-expanded') === 'false') overviewToggle.click();
await data.updateComplete;
await page.until(() => root.querySelector('sam-timeline-overview')?.shadowRoot?.querySelector('.canvas'));
page.reached['<sam-timeline> overview panel'] = root.querySelector('sam-timeline-overview') ? 'shown' : 'missing';
// The focused event stays rendered, held in its place, once it is scrolled out of the window.
root.querySelector<HTMLButtonElement>('.event-title')?.focus();
const viewport = root.querySelector<HTMLElement>('.viewport')!;
viewport.scrollTop = viewport.scrollHeight;
await page.until(() => root.querySelector('.is-pinned'));
page.reached['<sam-timeline> event held out of sight'] = root.querySelector('.is-pinned') ? 'pinned' : 'not pinned';

const overview = document.createElement('sam-timeline-overview');
overview.style.width = '800px';
overview.now = NOW;
overview.events = timelineModel(typicalPatient(), { now: NOW }).events;
document.body.append(overview);
await page.until(() => overview.shadowRoot?.querySelector('.canvas'));
page.reached['<sam-timeline-overview>'] = overview.shadowRoot?.querySelector('.canvas') ? 'drawn' : 'missing';

await page.report();
