// The sections of the chosen plan besides its goals: the traffic-light zones, the care team, the
// conditions it addresses and its activities grouped by status. Record text goes through renderText
// (long runs of combining marks cut, the whole in the source; isolated from the words around it).
import { html, nothing, type TemplateResult } from 'lit';
import { isolateBidi, renderFact, renderText, type Locale } from '@samspill/core';
import type { ActivityView } from './care-plan.activities.js';
import { icon } from './care-plan.icons.js';
import { carePlanLabels, type CarePlanLabels } from './care-plan.labels.js';
import type { CarePlanView, PlanZone } from './care-plan.plan.js';
import { renderProblems } from './care-plan.problems.js';

export function renderZones(zones: readonly PlanZone[], id: number, locale: Locale): TemplateResult {
  const t = carePlanLabels[locale];
  return html`<section part="zones" class="section zones" aria-labelledby="zones-${id}">
    <h3 id="zones-${id}">${t.zones}</h3>
    <ul class="zone-list">
      ${zones.map(
        (zone) =>
          html`<li class="zone zone-${zone.zone}" data-zone=${zone.zone}>
            <h4 class="zone-name">${icon(zone.zone)}${renderText(zone.text, locale)}</h4>
            ${zone.criterion ? html`<p><strong>${t.criterion}:</strong> ${renderText(zone.criterion, locale)}</p>` : nothing}
            ${
              zone.instructions.length > 0
                ? html`<p class="zone-instructions-label"><strong>${t.instructions}:</strong></p>
                    <ul class="zone-instructions">
                      ${zone.instructions.map((instruction) => html`<li>${renderText(instruction, locale)}</li>`)}
                    </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

export function renderTeams(plan: CarePlanView, id: number, locale: Locale): TemplateResult | typeof nothing {
  const t = carePlanLabels[locale];
  const teams = plan.careTeams.filter((team) => team.members.length > 0 || team.name);
  if (teams.length === 0) return nothing;
  return html`<section class="section team" aria-labelledby="team-${id}">
    <h3 id="team-${id}">${t.careTeam}</h3>
    ${teams.map(
      (team) =>
        html`<div class="team-block">
          ${team.name ? html`<p class="team-name">${renderText(team.name, locale)}</p>` : nothing}
          ${
            team.members.length > 0
              ? html`<ul class="members">
                  ${team.members.map(
                    (member) =>
                      html`<li class="member ${member.coordinator ? 'is-coordinator' : ''}">
                        <span class="member-name">${renderText(member.name, locale)}</span>
                        ${
                          member.coordinator
                            ? html`<span class="badge">${icon('coordinator')}${t.coordinator}</span>`
                            : nothing
                        }
                        ${
                          member.role && !(member.coordinator && member.role === t.coordinator)
                            ? html`<span class="quiet">${renderText(member.role, locale)}</span>`
                            : nothing
                        }
                        ${member.organization ? html`<span class="quiet">${renderText(member.organization, locale)}</span>` : nothing}
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
        </div>`,
    )}
  </section>`;
}

export function renderConditions(plan: CarePlanView, id: number, locale: Locale): TemplateResult | typeof nothing {
  const t = carePlanLabels[locale];
  if (plan.conditions.length === 0) return nothing;
  return html`<section class="section conditions" aria-labelledby="conditions-${id}">
    <h3 id="conditions-${id}">${t.conditions}</h3>
    <ul class="plain-list">
      ${plan.conditions.map((condition) => html`<li>${renderText(condition, locale)}</li>`)}
    </ul>
  </section>`;
}

export interface ActivitySectionContext {
  readonly locale: Locale;
  readonly id: number;
  select(activity: ActivityView): void;
}

export function renderActivities(plan: CarePlanView, context: ActivitySectionContext): TemplateResult {
  const { id } = context;
  const t = carePlanLabels[context.locale];
  const overdue = plan.activityGroups.reduce(
    (count, group) => count + group.activities.filter((activity) => activity.overdue).length,
    0,
  );
  return html`<section part="activities" class="section activities" aria-labelledby="activities-${id}">
    <h3 id="activities-${id}">${t.activities}</h3>
    ${overdue > 0 ? html`<p class="note overdue">${icon('overdue')}${t.overdueSummary(overdue)}</p>` : nothing}
    ${
      plan.activityGroups.length === 0
        ? html`<p class="sam-empty">${t.noActivities}</p>`
        : plan.activityGroups.map(
            (group) =>
              html`<div class="activity-group" data-group=${group.id}>
                <h4 id="activities-${id}-${group.id}">${group.text} (${group.activities.length})</h4>
                <ul class="items" aria-labelledby="activities-${id}-${group.id}">
                  ${group.activities.map((activity) => renderActivity(activity, t, context))}
                </ul>
              </div>`,
          )
    }
  </section>`;
}

function renderActivity(activity: ActivityView, t: CarePlanLabels, context: ActivitySectionContext): TemplateResult {
  const { locale } = context;
  return html`<li class="item activity" data-key=${activity.key}>
    <div class="item-head">
      <button
        class="item-title"
        @click=${() => {
          context.select(activity);
        }}
      >
        ${renderText(activity.title, context.locale)}
      </button>
      <span class="quiet">${renderText(activity.kindText, context.locale)}</span>
    </div>
    ${activity.doNotPerform ? html`<p class="note problem">${icon('problem')}${t.doNotPerform}</p>` : nothing}
    ${
      activity.overdue
        ? html`<p class="note overdue">
            ${icon('overdue')}<span
              >${t.overdue} <time datetime=${activity.overdue.value}>${activity.overdue.text}</time></span
            >
          </p>`
        : nothing
    }
    <dl class="facts">
      ${renderFact(t.next, activity.next ? html`<time datetime=${activity.next.value}>${activity.next.text}</time>` : '')}
      ${renderFact(t.schedule, activity.scheduleText, locale)}
      ${renderFact(t.responsible, activity.performers.map(isolateBidi).join(', '), locale)}
      ${renderFact(t.resourceStatus, activity.resourceStatusText, locale)}
      ${renderFact(t.reason, activity.statusReason, locale)}
      ${renderFact(t.outcome, activity.outcomes.map(isolateBidi).join(', '), locale)}
    </dl>
    ${renderProblems(activity.problems, t)}
  </li>`;
}
