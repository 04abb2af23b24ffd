import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DataController,
  renderDataState,
  renderSourceView,
  SamFhirElement,
  selectEvent,
  type Locale,
  type SamSelectDetail,
} from '@samspill/core';
import type { ActivityView } from './care-plan.activities.js';
import type { GoalTarget, GoalView } from './care-plan.goals.js';
import { carePlanLabels, type CarePlanLabels } from './care-plan.labels.js';
import { loadCarePlans } from './care-plan.load.js';
import {
  carePlanModel,
  type CarePlanModel,
  type CarePlanNode,
  type CarePlanView,
  type PlanZone,
} from './care-plan.model.js';
import { carePlanStyles } from './care-plan.styles.js';

/** What `sam-select` carries: the goal or activity chosen and the raw resources behind it. */
export type CarePlanSelectDetail = SamSelectDetail<'goal', GoalView> | SamSelectDetail<'activity', ActivityView>;

const ICONS = {
  chevron: svg`<path d="m6 4 4 4-4 4"/>`,
  met: svg`<path d="m3 8.5 3.5 3.5L13 4.5"/>`,
  'not-met': svg`<circle cx="8" cy="8" r="6.5"/><path d="M5.5 8h5"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.5"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1V9.5M8 11.5h.01"/>`,
  patient: svg`<circle cx="8" cy="5" r="3"/><path d="M2.5 14.5c.7-3 2.9-4.5 5.5-4.5s4.8 1.5 5.5 4.5"/>`,
  coordinator: svg`<path d="M8 1.5l1.9 4 4.3.5-3.2 3 .9 4.3L8 11.2l-3.9 2.1.9-4.3-3.2-3 4.3-.5z"/>`,
  problem: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5v4M8 11h.01"/>`,
  green: svg`<circle cx="8" cy="8" r="6"/>`,
  yellow: svg`<path d="M8 1.5 15 14H1z"/>`,
  red: svg`<rect x="2" y="2" width="12" height="12" rx="1"/>`,
} as const;

function icon(shape: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[shape]}</svg>`;
}

/** Trend sparkline size (viewBox units). */
const TREND_WIDTH = 96;
const TREND_HEIGHT = 28;

/**
 * A patient's care plans: an individuell plan with its koordinator and delplaner, municipal follow-up
 * plans and traffic-light zone plans. Several plans are a list (current first, sub-plans as a tree)
 * to choose from; the chosen plan shows what matters to the patient first, then its care team, the
 * conditions it addresses, its goals with progress and trend, and its activities grouped by status.
 *
 * Give it a `source` and `patient` (or sit inside `<sam-fhir-context>`), or `.resources` alone.
 *
 * @summary A patient's care plans, goals, progress and activities.
 *
 * @attr patient - The patient to show (logical id, `Patient/` optional); else the context's. Inherited from core.
 * @attr locale - `nb` (default), `nn` or `en`; else the context's, else the nearest `lang`. Inherited from core.
 * @prop {FhirSource | undefined} source - Where FHIR data comes from; overrides the context's. Inherited from core.
 * @prop {ResourceInput | undefined} resources - Resources or Bundles to show instead of searching a source. Inherited from core.
 * @prop {Date | number | undefined} now - "Now" for next dates and goal progress; the clock when unset.
 *
 * @fires sam-select - A goal or activity was chosen (its title activated). `detail: { kind, item, resources }`; bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart plans - The list of plans to choose from.
 * @csspart plan - The chosen plan.
 * @csspart matters - What matters to the patient.
 * @csspart goals - The goals.
 * @csspart activities - The activities.
 * @csspart zones - The zones of a zone plan.
 * @csspart source - The raw FHIR JSON of the chosen plan.
 *
 * @cssprop --sam-care-plan-gap - Space between sections.
 * @cssprop --sam-care-plan-matters-surface - Background of "Hva er viktig for meg".
 * @cssprop --sam-care-plan-selected-surface - Background of the chosen plan in the list.
 */
export class SamCarePlan extends SamFhirElement {
  static override styles = carePlanStyles;

  /** "Now": the next dates of activities and which measurements count for progress. The clock when unset. */
  @property({ attribute: false }) now?: Date | number | undefined;

  /** The chosen plan's key; the first plan when unset or gone. */
  @state() protected selected: string | undefined;
  /** Tree nodes open (by plan key); undefined until the reader toggles one: top-level plans open. */
  @state() protected expanded: ReadonlySet<string> | undefined;
  @state() protected sourceShown = new Set<string>();

  protected readonly carePlans = new DataController<CarePlanModel>(this, {
    args: () => [this.dataSource, this.patientId, this.resources, this.effectiveLocale, this.now],
    ready: () => this.dataSource !== undefined && (this.patientId !== undefined || this.resources !== undefined),
    isEmpty: (model) => model.plans.length === 0 && model.problems.length === 0,
    load: async (signal) => {
      const locale = this.effectiveLocale;
      const patient = this.patientId;
      // Resources without a patient: everything given is the plans.
      const now = this.now === undefined ? {} : { now: this.now };
      if (patient === undefined) return { data: carePlanModel(this.resources, { locale, ...now }), failures: [] };
      const source = this.dataSource;
      if (source === undefined) return { data: carePlanModel([], { locale, ...now }), failures: [] };
      const loaded = await loadCarePlans(source, patient, { signal });
      return {
        data: carePlanModel(loaded.resources, { locale, related: loaded.related, ...now }),
        failures: loaded.failures,
      };
    },
  });

  private readonly ids = new Map<string, number>();

  protected override render() {
    const locale = this.effectiveLocale;
    const t = carePlanLabels[locale];
    return html`<div part="base" class="base" lang=${locale}>
      ${renderDataState(this.carePlans, {
        locale,
        empty: t.empty,
        describe: (model) => t.plans(model.plans.length),
        data: (model) => this.renderModel(model, locale),
      })}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // The plans

  private renderModel(model: CarePlanModel, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    // The first top-level plan unless the reader chose another: a delplan never hides its main plan.
    const chosen = model.plans.find((plan) => plan.key === this.selected) ?? model.roots[0]?.plan ?? model.plans[0];
    const node = chosen ? findNode(model.roots, chosen.key) : undefined;
    return html`
      ${
        model.problems.length > 0
          ? html`<sam-notice class="input-problems" variant="warning" heading=${t.inputProblems}
              >${this.renderProblemLines(model.problems)}</sam-notice
            >`
          : nothing
      }
      ${
        model.plans.length > 1 && chosen
          ? html`<nav part="plans" class="plans" aria-labelledby="plans-heading">
              <h2 id="plans-heading">${t.planList}</h2>
              <ul class="tree">
                ${model.roots.map((root) => this.renderNode(root, chosen.key, locale))}
              </ul>
            </nav>`
          : nothing
      }
      ${chosen ? this.renderPlan(chosen, node, locale) : nothing}
    `;
  }

  private isOpen(node: CarePlanNode): boolean {
    return this.expanded ? this.expanded.has(node.plan.key) : node.depth === 0;
  }

  private renderNode(node: CarePlanNode, chosen: string, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    const plan = node.plan;
    const id = this.idOf(plan.key);
    const open = this.isOpen(node);
    const current = plan.key === chosen;
    return html`<li class="node" data-key=${plan.key}>
      <div class="node-row">
        ${
          node.children.length > 0
            ? html`<button
                class="disclosure"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${open ? `children-${id}` : nothing}
                @click=${() => {
                  this.toggleNode(node);
                }}
              >
                ${icon('chevron')}<span class="sam-visually-hidden"
                  >${t.subPlans(plan.title, node.children.length)}</span
                >
              </button>`
            : html`<span class="disclosure-space"></span>`
        }
        <button
          class="plan-button ${plan.current ? 'is-current' : 'is-ended'}"
          aria-current=${current ? 'true' : 'false'}
          data-key=${plan.key}
          @click=${() => {
            this.selected = plan.key;
          }}
        >
          <span class="plan-title">${plan.title}</span>
          <span class="plan-meta"
            >${[plan.typeText, plan.statusText, plan.periodText].filter(Boolean).join(' · ')}</span
          >
        </button>
      </div>
      ${
        open && node.children.length > 0
          ? html`<ul class="tree" id="children-${id}">
              ${node.children.map((child) => this.renderNode(child, chosen, locale))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderPlan(plan: CarePlanView, node: CarePlanNode | undefined, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    const id = this.idOf(plan.key);
    const showSource = this.sourceShown.has(plan.key);
    const patientGoals = plan.goals.filter((goal) => goal.expressedByPatient);
    const zones = node && node.zones.length > 0 ? node.zones : plan.zone ? [plan.zone] : [];
    const categories = plan.categories.filter((category) => category !== plan.title);
    return html`<article part="plan" class="plan" data-key=${plan.key} aria-labelledby="plan-title-${id}">
      <header class="plan-header">
        <h2 id="plan-title-${id}" class="plan-heading">${plan.title}</h2>
        <div class="plan-status">
          <sam-status status=${plan.status} locale=${locale}></sam-status>
          <span class="quiet">${plan.typeText}</span>
        </div>
        <dl class="facts">
          ${this.fact(t.category, categories.join(', '))} ${this.fact(t.intent, plan.intentText)}
          ${this.fact(t.period, plan.periodText)} ${this.fact(t.author, plan.author)}
          ${this.fact(
            t.coordinator,
            plan.coordinator ? [plan.coordinator.name, plan.coordinator.organization].filter(Boolean).join(', ') : '',
          )}
        </dl>
      </header>
      ${this.renderProblems(plan.problems, t)}
      ${
        plan.description || patientGoals.length > 0
          ? html`<section part="matters" class="section matters" aria-labelledby="matters-${id}">
              <h3 id="matters-${id}">${icon('patient')}${t.whatMatters}</h3>
              ${plan.description ? html`<p class="description">${plan.description}</p>` : nothing}
              ${
                patientGoals.length > 0
                  ? html`<ul class="matters-goals">
                      ${patientGoals.map((goal) => html`<li>${goal.description}</li>`)}
                    </ul>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${zones.length > 0 ? this.renderZones(zones, id, t) : nothing} ${this.renderTeams(plan, id, t)}
      ${
        plan.conditions.length > 0
          ? html`<section class="section conditions" aria-labelledby="conditions-${id}">
              <h3 id="conditions-${id}">${t.conditions}</h3>
              <ul class="plain-list">
                ${plan.conditions.map((condition) => html`<li>${condition}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${this.renderGoals(plan, id, locale)} ${this.renderActivities(plan, id, locale)}
      <div class="source-area">
        ${renderSourceView({
          id: `source-${id}`,
          open: showSource,
          toggle: () => {
            this.toggleSource(plan.key);
          },
          resources: plan.resources,
          locale,
        })}
      </div>
    </article>`;
  }

  private renderZones(zones: readonly PlanZone[], id: number, t: CarePlanLabels): TemplateResult {
    return html`<section part="zones" class="section zones" aria-labelledby="zones-${id}">
      <h3 id="zones-${id}">${t.zones}</h3>
      <ul class="zone-list">
        ${zones.map(
          (zone) =>
            html`<li class="zone zone-${zone.zone}" data-zone=${zone.zone}>
              <h4 class="zone-name">${icon(zone.zone)}${zone.text}</h4>
              ${zone.criterion ? html`<p><strong>${t.criterion}:</strong> ${zone.criterion}</p>` : nothing}
              ${
                zone.instructions.length > 0
                  ? html`<p class="zone-instructions-label"><strong>${t.instructions}:</strong></p>
                      <ul class="zone-instructions">
                        ${zone.instructions.map((instruction) => html`<li>${instruction}</li>`)}
                      </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTeams(plan: CarePlanView, id: number, t: CarePlanLabels): TemplateResult | typeof nothing {
    const teams = plan.careTeams.filter((team) => team.members.length > 0 || team.name);
    if (teams.length === 0) return nothing;
    return html`<section class="section team" aria-labelledby="team-${id}">
      <h3 id="team-${id}">${t.careTeam}</h3>
      ${teams.map(
        (team) =>
          html`<div class="team-block">
            ${team.name ? html`<p class="team-name">${team.name}</p>` : nothing}
            ${
              team.members.length > 0
                ? html`<ul class="members">
                    ${team.members.map(
                      (member) =>
                        html`<li class="member ${member.coordinator ? 'is-coordinator' : ''}">
                          <span class="member-name">${member.name}</span>
                          ${
                            member.coordinator
                              ? html`<span class="badge">${icon('coordinator')}${t.coordinator}</span>`
                              : nothing
                          }
                          ${
                            member.role && !(member.coordinator && member.role === t.coordinator)
                              ? html`<span class="quiet">${member.role}</span>`
                              : nothing
                          }
                          ${member.organization ? html`<span class="quiet">${member.organization}</span>` : nothing}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </div>`,
      )}
    </section>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Goals

  private renderGoals(plan: CarePlanView, id: number, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    return html`<section part="goals" class="section goals" aria-labelledby="goals-${id}">
      <h3 id="goals-${id}">${t.goals}</h3>
      ${
        plan.goals.length === 0
          ? html`<p class="sam-empty">${t.noGoals}</p>`
          : html`<ul class="items">
              ${plan.goals.map(
                (goal) =>
                  html`<li class="item goal ${goal.expressedByPatient ? 'is-patient' : ''}" data-key=${goal.key}>
                    <div class="item-head">
                      <button
                        class="item-title"
                        @click=${() => {
                          this.select({ kind: 'goal', item: goal, resources: goal.resources });
                        }}
                      >
                        ${goal.description}
                      </button>
                      <sam-status status=${goal.lifecycleStatus} locale=${locale}></sam-status>
                    </div>
                    ${
                      goal.expressedByPatient
                        ? html`<p class="note patient">${icon('patient')}${t.patientGoal}</p>`
                        : nothing
                    }
                    <dl class="facts">${this.fact(t.achievement, goal.achievementText)}</dl>
                    ${goal.targets.map((target) => this.renderTarget(target, locale))}
                    ${this.renderProblems(goal.problems, t)}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderTarget(target: GoalTarget, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    const progress = target.progress;
    return html`<div class="target">
      <dl class="facts">
        ${this.fact(t.measure, target.measure)} ${this.fact(t.target, target.detail)}
        ${this.fact(t.due, target.dueText)}
        ${this.fact(
          t.latest,
          progress.latest ? [progress.latest.text, progress.latest.date?.text ?? ''].filter(Boolean).join(', ') : '',
        )}
      </dl>
      <p class="progress progress-${progress.state}" data-state=${progress.state}>
        ${icon(progress.state)}<span class="quiet">${t.progress}:</span> ${progress.stateText}
      </p>
      ${this.renderTrend(target, t)}
    </div>`;
  }

  private renderTrend(target: GoalTarget, t: CarePlanLabels): TemplateResult | typeof nothing {
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

  // ---------------------------------------------------------------------------------------------
  // Activities

  private renderActivities(plan: CarePlanView, id: number, locale: Locale): TemplateResult {
    const t = carePlanLabels[locale];
    return html`<section part="activities" class="section activities" aria-labelledby="activities-${id}">
      <h3 id="activities-${id}">${t.activities}</h3>
      ${
        plan.activityGroups.length === 0
          ? html`<p class="sam-empty">${t.noActivities}</p>`
          : plan.activityGroups.map(
              (group) =>
                html`<div class="activity-group" data-group=${group.id}>
                  <h4 id="activities-${id}-${group.id}">${group.text} (${group.activities.length})</h4>
                  <ul class="items" aria-labelledby="activities-${id}-${group.id}">
                    ${group.activities.map((activity) => this.renderActivity(activity, t))}
                  </ul>
                </div>`,
            )
      }
    </section>`;
  }

  private renderActivity(activity: ActivityView, t: CarePlanLabels): TemplateResult {
    return html`<li class="item activity" data-key=${activity.key}>
      <div class="item-head">
        <button
          class="item-title"
          @click=${() => {
            this.select({ kind: 'activity', item: activity, resources: activity.resources });
          }}
        >
          ${activity.title}
        </button>
        <span class="quiet">${activity.kindText}</span>
      </div>
      ${activity.doNotPerform ? html`<p class="note problem">${icon('problem')}${t.doNotPerform}</p>` : nothing}
      <dl class="facts">
        ${this.fact(t.next, activity.next ? html`<time datetime=${activity.next.value}>${activity.next.text}</time>` : '')}
        ${this.fact(t.schedule, activity.scheduleText)} ${this.fact(t.responsible, activity.performers.join(', '))}
        ${this.fact(t.resourceStatus, activity.resourceStatusText)} ${this.fact(t.reason, activity.statusReason)}
        ${this.fact(t.outcome, activity.outcomes.join(', '))}
      </dl>
      ${this.renderProblems(activity.problems, t)}
    </li>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared pieces

  private renderProblems(problems: readonly string[], t: CarePlanLabels): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<ul class="notes" aria-label=${t.problems}>
      ${problems.map((problem) => html`<li class="note problem">${icon('problem')}${problem}</li>`)}
    </ul>`;
  }

  private renderProblemLines(problems: readonly string[]): TemplateResult {
    return problems.length === 1
      ? html`<span>${problems[0]}</span>`
      : html`<ul class="sam-problems">
          ${problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>`;
  }

  private fact(label: string, value: TemplateResult | string): TemplateResult | typeof nothing {
    if (value === '') return nothing;
    return html`<div class="fact">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  private toggleNode(node: CarePlanNode): void {
    const model = this.carePlans.data;
    const open = new Set<string>();
    if (this.expanded) for (const key of this.expanded) open.add(key);
    else for (const root of model?.roots ?? []) if (this.isOpen(root)) open.add(root.plan.key);
    if (this.isOpen(node)) open.delete(node.plan.key);
    else open.add(node.plan.key);
    this.expanded = open;
  }

  private toggleSource(key: string): void {
    const next = new Set(this.sourceShown);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.sourceShown = next;
  }

  private select(detail: CarePlanSelectDetail): void {
    this.dispatchEvent(selectEvent(detail));
  }
}

function findNode(nodes: readonly CarePlanNode[], key: string): CarePlanNode | undefined {
  for (const node of nodes) {
    if (node.plan.key === key) return node;
    const found = findNode(node.children, key);
    if (found) return found;
  }
  return undefined;
}
