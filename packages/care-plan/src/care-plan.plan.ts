// What one care plan is in the view: its status, intent, type and zone as option lists, and the
// CarePlanView the model builds and the element shows. Types only, besides the lists.
import type { SourceOrigin, StatusTone } from '@samspill/core/data.js';
import type { ActivityGroup, ActivityView } from './care-plan.activities.js';
import type { GoalView } from './care-plan.goals.js';
import type { PlanDate } from './care-plan.reader.js';
import type { CareTeamMember, CareTeamView } from './care-plan.team.js';

/** CarePlan statuses in the order plans are listed: current ones first. */
export const PLAN_STATUSES = [
  'active',
  'on-hold',
  'draft',
  'unknown',
  'completed',
  'revoked',
  'entered-in-error',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_INTENTS = ['proposal', 'plan', 'order', 'option'] as const;
export type PlanIntent = (typeof PLAN_INTENTS)[number];

/**
 * What kind of plan: an individuell plan (with koordinator), a municipal follow-up, action or visit
 * plan (oppfølgingsplan, tiltaksplan, besøksplan), a traffic-light zone plan, or any other.
 */
export const PLAN_TYPES = ['individual', 'follow-up', 'zone', 'other'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Traffic-light zones, in the order they are shown. */
export const ZONES = ['green', 'yellow', 'red'] as const;
export type Zone = (typeof ZONES)[number];

/** The zone code system of HL7 Norway's Planer-CarePlan-hacking (a zone Condition's `severity`). */
export const ZONE_SYSTEM =
  'http://hl7.no/fhir/ig/planer-hacking/CodeSystem/planer-hacking-observation-severity-zone-cs';

export interface PlanZone {
  readonly zone: Zone;
  /** "Gul sone". */
  readonly text: string;
  /** When the zone applies: the zone Condition ("Peak flow mellom 50 og 80 prosent"). */
  readonly criterion: string;
  /** What to do in the zone: the plan's activities, in order. */
  readonly instructions: readonly string[];
  /** The plan the zone is. */
  readonly planKey: string;
}

export interface CarePlanView {
  /** `CarePlan/id`, else a position; unique within one call. */
  readonly key: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly type: PlanType;
  readonly typeText: string;
  readonly status: PlanStatus;
  readonly statusText: string;
  readonly tone: StatusTone;
  /** Active or on hold (or draft): listed first. */
  readonly current: boolean;
  readonly intent?: PlanIntent;
  /** What the intent means ("Forslag – ikke vedtatt"); empty for an ordinary plan, whose intent says nothing. */
  readonly intentText: string;
  readonly start?: PlanDate;
  readonly end?: PlanDate;
  /** The period, each end at its own precision; empty when neither end is known. */
  readonly periodText: string;
  /** An end of the period written as text that cannot be read, as written ("ukjent dato" in the view). */
  readonly unreadablePeriod?: string;
  readonly author: string;
  /** What matters to the patient: the plan's description. */
  readonly description: string;
  /** The first koordinator of the plan's care teams. */
  readonly coordinator?: CareTeamMember;
  readonly careTeams: readonly CareTeamView[];
  /** The conditions the plan addresses, in words. */
  readonly conditions: readonly string[];
  /** The patient's own goals first. */
  readonly goals: readonly GoalView[];
  /** Some goal is expressed by the patient. */
  readonly hasPatientGoals: boolean;
  /** Every activity but entered-in-error ones, in the plan's order. */
  readonly activities: readonly ActivityView[];
  readonly activityGroups: readonly ActivityGroup[];
  /** Set when the plan is one zone of a traffic-light plan. */
  readonly zone?: PlanZone;
  /** Keys of the plans this one is part of / based on (as written, resolved or not). */
  readonly partOf: readonly string[];
  readonly basedOn: readonly string[];
  readonly origin?: SourceOrigin;
  /** Where the plan came from, as core's `recordSource` names it; empty when nothing says. */
  readonly source: string;
  /** The CarePlan (and its resolved care teams and conditions), for a "show source" view. */
  readonly resources: readonly unknown[];
  readonly problems: readonly string[];
}
