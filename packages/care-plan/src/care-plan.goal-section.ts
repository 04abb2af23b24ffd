// The goals of the chosen plan: each with its status, who set it, its targets, progress toward
// them and a trend line — or, when the app was not granted goals, a sentence that says so.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { isolateBidi, renderFact, renderNotShared, renderText, type Locale } from '@samspill/core';
import type { GoalTarget, GoalView } from './care-plan.goals.js';
import { icon } from './care-plan.icons.js';
import { carePlanLabels, type CarePlanLabels } from './care-plan.labels.js';
import type { CarePlanView } from './care-plan.plan.js';
import { renderProblems } from './care-plan.problems.js';

/** Trend sparkline size (viewBox units). */
const TREND_WIDTH = 96;
const TREND_HEIGHT = 28;

export interface GoalSectionContext {
  readonly locale: Locale;
  /** The plan's id number, for headings' ids. */
  readonly id: number;
  /** Goals were not shared with the app: "no goals" would be wrong. */
  readonly notShared: boolean;
  select(goal: GoalView): void;
}

export function renderGoalSection(plan: CarePlanView, context: GoalSectionContext): TemplateResult {
  const { locale, id } = context;
  const t = carePlanLabels[locale];
  return html`<section part="goals" class="section goals" aria-labelledby="goals-${id}">
    <h3 id="goals-${id}">${t.goals}</h3>
    ${
      plan.goals.length === 0
        ? context.notShared
          ? renderNotShared(['Goal'], locale)
          : html`<p class="sam-empty">${t.noGoals}</p>`
        : html`<ul class="items">
            ${plan.goals.map((goal) => renderGoal(goal, context))}
          </ul>`
    }
  </section>`;
}

function renderGoal(goal: GoalView, context: GoalSectionContext): TemplateResult {
  const { locale } = context;
  const t = carePlanLabels[locale];
  return html`<li class="item goal ${goal.expressedByPatient ? 'is-patient' : ''}" data-key=${goal.key}>
    <div class="item-head">
      <button
        class="item-title"
        @click=${() => {
          context.select(goal);
        }}
      >
        ${renderText(goal.description, locale)}
      </button>
      <sam-status status=${goal.lifecycleStatus} locale=${locale}></sam-status>
    </div>
    ${goal.expressedByPatient ? html`<p class="note patient">${icon('patient')}${t.patientGoal}</p>` : nothing}
    <dl class="facts">${renderFact(t.achievement, goal.achievementText, locale)}</dl>
    ${goal.targets.map((target) => renderTarget(target, locale))} ${renderProblems(goal.problems, t)}
  </li>`;
}

function renderTarget(target: GoalTarget, locale: Locale): TemplateResult {
  const t = carePlanLabels[locale];
  const progress = target.progress;
  return html`<div class="target">
    <dl class="facts">
      ${renderFact(t.measure, target.measure, locale)} ${renderFact(t.target, target.detail, locale)}
      ${renderFact(t.due, target.dueText, locale)}
      ${renderFact(
        t.latest,
        progress.latest
          ? [progress.latest.text, progress.latest.date?.text ?? ''].filter(Boolean).map(isolateBidi).join(', ')
          : '',
        locale,
      )}
    </dl>
    <p class="progress progress-${progress.state}" data-state=${progress.state}>
      ${icon(progress.state)}<span class="quiet">${t.progress}:</span> ${progress.stateText}
    </p>
    ${renderTrend(target, t)}
  </div>`;
}

function renderTrend(target: GoalTarget, t: CarePlanLabels): TemplateResult | typeof nothing {
  const series = target.progress.series;
  const first = series[0];
  const latest = series.at(-1);
  if (series.length < 2 || !first || !latest) return nothing;
  const values = series.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const step = TREND_WIDTH / (series.length - 1);
  const points = values
    .map((value, i) => {
      const x = i * step;
      const y = TREND_HEIGHT - 3 - ((value - low) / span) * (TREND_HEIGHT - 6);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const label = t.trend(first.text, latest.text, target.detail, series.length);
  const [lastX = '0', lastY = '0'] = points.split(' ').at(-1)?.split(',') ?? [];
  return html`<svg
    class="trend"
    role="img"
    aria-label=${label}
    viewBox="-3 0 ${TREND_WIDTH + 6} ${TREND_HEIGHT}"
    width=${TREND_WIDTH + 6}
    height=${TREND_HEIGHT}
  >
    ${svg`<polyline points=${points} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/>`}
    ${svg`<circle cx=${lastX} cy=${lastY} r="2.5" fill="currentColor"/>`}
  </svg>`;
}
