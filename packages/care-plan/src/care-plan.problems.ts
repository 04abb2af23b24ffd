import { html, nothing, type TemplateResult } from 'lit';
import { icon } from './care-plan.icons.js';
import type { CarePlanLabels } from './care-plan.labels.js';

/** What the model found wrong with a plan, goal or activity, each in words with an icon. */
export function renderProblems(problems: readonly string[], t: CarePlanLabels): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="notes" aria-label=${t.problems}>
    ${problems.map((problem) => html`<li class="note problem">${icon('problem')}${problem}</li>`)}
  </ul>`;
}
