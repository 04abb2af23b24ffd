import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  displayText,
  ElementIds,
  isolateBidi,
  renderFact,
  renderText,
  isNotGranted,
  notGrantedTypes,
  renderDataState,
  renderControlsToggle,
  renderInputProblems,
  renderUnreadableDate,
  renderSourceView,
  SamFhirElement,
  SamSelectEvent,
  toggled,
  type Locale,
  type SamSelectDetail,
} from '@samspill/core';
import type { ActivityView } from './care-plan.activities.js';
import { renderGoalSection } from './care-plan.goal-section.js';
import type { GoalView } from './care-plan.goals.js';
import { icon } from './care-plan.icons.js';
import { carePlanLabels } from './care-plan.labels.js';
import { loadCarePlans } from './care-plan.load.js';
import { carePlanModel, type CarePlanModel, type CarePlanNode } from './care-plan.model.js';
import type { CarePlanView } from './care-plan.plan.js';
import { renderActivities, renderConditions, renderTeams, renderZones } from './care-plan.plan-sections.js';
import { renderProblems } from './care-plan.problems.js';
import { carePlanStyles } from './care-plan.styles.js';
import { carePlanLocales } from './locales/pack.js';

/** What `sam-select` carries: the goal or activity chosen and the raw resources behind it. */
export type CarePlanSelectDetail = SamSelectDetail<'goal', GoalView> | SamSelectDetail<'activity', ActivityView>;

declare global {
  interface SamSelectItemMap {
    goal: GoalView;
    activity: ActivityView;
  }
}

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
 * @fires {SamSelectEvent} sam-select - A goal or activity was chosen (its title activated). `detail: { kind, item, resources }`; bubbles, composed.
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
  static override localePacks = [...SamFhirElement.localePacks, carePlanLocales];

  /** "Now": the next dates of activities and which measurements count for progress. The clock when unset. */
  @property({ attribute: false }) now?: Date | number | undefined;

  /** The chosen plan's key; the first plan when unset or gone. */
  @state() protected selected: string | undefined;
  /** Whether the reader unfolded the plan list a narrow container folds, so the chosen plan comes first. */
  @state() protected plansOpen = false;
  /** Tree nodes open (by plan key); undefined until the reader toggles one: top-level plans open. */
  @state() protected expanded: ReadonlySet<string> | undefined;
  @state() protected sourceShown: ReadonlySet<string> = new Set();

  protected readonly carePlans = this.patientData<CarePlanModel>({
    args: () => [this.now],
    load: (source, patient, signal) => loadCarePlans(source, patient, { signal }),
    model: (resources, related, outcomes) =>
      carePlanModel(resources, {
        locale: this.effectiveLocale,
        related,
        notShared: notGrantedTypes(outcomes),
        ...(this.now === undefined ? {} : { now: this.now }),
      }),
    isEmpty: (model) => model.plans.length === 0 && model.problems.length === 0,
  });

  private readonly ids = new ElementIds();

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
      ${renderInputProblems(model.problems, locale)}
      ${
        model.plans.length > 1 && chosen
          ? html`${renderControlsToggle({
                controls: 'plans',
                open: this.plansOpen,
                toggle: () => {
                  this.plansOpen = !this.plansOpen;
                },
                inUse: 0,
                label: t.allPlans(model.plans.length),
                locale,
              })}
              <nav
                part="plans"
                id="plans"
                class="plans sam-foldable ${this.plansOpen ? 'is-open' : ''}"
                aria-labelledby="plans-heading"
              >
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
    const id = this.ids.of(plan.key);
    const open = this.isOpen(node);
    return html`<li class="node" data-key=${plan.key}>
      <div class="node-row">
        ${
          node.children.length > 0
            ? html`<button
                class="disclosure sam-button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${open ? `children-${id}` : nothing}
                @click=${() => {
                  this.toggleNode(node);
                }}
              >
                ${icon('chevron')}<span class="sam-visually-hidden"
                  >${t.subPlans(displayText(plan.title).text, node.children.length)}</span
                >
              </button>`
            : html`<span class="disclosure-space"></span>`
        }
        <button
          class="plan-button ${plan.current ? 'is-current' : 'is-ended'}"
          aria-current=${plan.key === chosen ? 'true' : 'false'}
          data-key=${plan.key}
          @click=${() => {
            this.selected = plan.key;
          }}
        >
          <span class="plan-title">${renderText(plan.title, locale)}</span>
          <span class="plan-meta"
            >${renderText([plan.typeText, plan.statusText, plan.periodText].filter(Boolean).map(isolateBidi).join(' · '), locale)}</span
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
    const id = this.ids.of(plan.key);
    const patientGoals = plan.goals.filter((goal) => goal.expressedByPatient);
    const zones = node && node.zones.length > 0 ? node.zones : plan.zone ? [plan.zone] : [];
    const categories = plan.categories.filter((category) => category !== plan.title);
    const select = (detail: CarePlanSelectDetail): void => {
      this.dispatchEvent(new SamSelectEvent(detail));
    };
    return html`<article part="plan" class="plan" data-key=${plan.key} aria-labelledby="plan-title-${id}">
      <header class="plan-header">
        <h2 id="plan-title-${id}" class="plan-heading">${renderText(plan.title, locale)}</h2>
        <div class="plan-status">
          <sam-status status=${plan.status} locale=${locale}></sam-status>
          <span class="quiet">${renderText(plan.typeText, locale)}</span>
        </div>
        <dl class="facts">
          ${renderFact(t.category, categories.map(isolateBidi).join(', '), locale)}
          ${renderFact(t.intent, plan.intentText, locale)}
          ${renderFact(
            t.period,
            plan.periodText ||
              (plan.unreadablePeriod ? renderUnreadableDate(plan.unreadablePeriod, this.effectiveLocale) : ''),
          )}
          ${renderFact(t.author, plan.author, locale)} ${renderFact(t.source, plan.source, locale)}
          ${renderFact(
            t.coordinator,
            plan.coordinator
              ? [plan.coordinator.name, plan.coordinator.organization].filter(Boolean).map(isolateBidi).join(', ')
              : '',
            locale,
          )}
        </dl>
      </header>
      ${renderProblems(plan.problems, t)}
      ${
        plan.description || patientGoals.length > 0
          ? html`<section part="matters" class="section matters" aria-labelledby="matters-${id}">
              <h3 id="matters-${id}">${icon('patient')}${t.whatMatters}</h3>
              ${plan.description ? html`<p class="description">${renderText(plan.description, locale)}</p>` : nothing}
              ${
                patientGoals.length > 0
                  ? html`<ul class="matters-goals">
                      ${patientGoals.map((goal) => html`<li>${renderText(goal.description, locale)}</li>`)}
                    </ul>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${zones.length > 0 ? renderZones(zones, id, locale) : nothing} ${renderTeams(plan, id, locale)}
      ${renderConditions(plan, id, locale)}
      ${renderGoalSection(plan, {
        locale,
        id,
        notShared: isNotGranted(this.carePlans.outcomes, 'Goal'),
        select: (goal) => {
          select({ kind: 'goal', item: goal, resources: goal.resources });
        },
      })}
      ${renderActivities(plan, {
        locale,
        id,
        select: (activity) => {
          select({ kind: 'activity', item: activity, resources: activity.resources });
        },
      })}
      <div class="source-area">
        ${renderSourceView({
          id: `source-${id}`,
          open: this.sourceShown.has(plan.key),
          toggle: () => {
            this.sourceShown = toggled(this.sourceShown, plan.key);
          },
          resources: plan.resources,
          locale,
        })}
      </div>
    </article>`;
  }

  private toggleNode(node: CarePlanNode): void {
    const model = this.carePlans.data;
    const open = new Set<string>();
    if (this.expanded) for (const key of this.expanded) open.add(key);
    else for (const root of model?.roots ?? []) if (this.isOpen(root)) open.add(root.plan.key);
    this.expanded = toggled(open, node.plan.key);
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
