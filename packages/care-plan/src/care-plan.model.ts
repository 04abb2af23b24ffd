// Resources → care plan views for <sam-care-plan>: pure functions, no DOM, no Lit. A patient's
// CarePlans become headers (title, type, status, period, koordinator), their goals with progress,
// their activities grouped by status, and a tree of sub-plans (IP delplaner, zone plans) — the way
// research/components.md §3.4 and §4.2 describe Norwegian care plans.
import {
  formatPeriod,
  originOf,
  statusPresentation,
  untrusted,
  type Locale,
  type SourceOrigin,
  type StatusTone,
} from '@samspill/core/data.js';
import { activityView, groupActivities, type ActivityGroup, type ActivityView } from './care-plan.activities.js';
import {
  checkLists,
  checkObjects,
  clean,
  codesOf,
  conceptText,
  createContext,
  keyOf,
  keyOfReference,
  problemList,
  readDate,
  referenceText,
  resolve,
  type Context,
  type Fields,
  type PlanDate,
  list,
} from './care-plan.context.js';
import { goalView, type GoalView } from './care-plan.goals.js';
import { careTeamView, type CareTeamMember, type CareTeamView } from './care-plan.team.js';
import { planTree, type CarePlanNode } from './care-plan.tree.js';

const { element, text } = untrusted;

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
  readonly intentText: string;
  readonly start?: PlanDate;
  readonly end?: PlanDate;
  /** The period, each end at its own precision; empty when neither end is known. */
  readonly periodText: string;
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
  /** The CarePlan (and its resolved care teams and conditions), for a "show source" view. */
  readonly resources: readonly unknown[];
  readonly problems: readonly string[];
}

export interface CarePlanModelOptions {
  readonly locale?: Locale;
  /** "Now", for the next date of activities; `Date.now()` when left out. */
  readonly now?: Date | number;
  readonly timeZone?: string;
  /** What the plans refer to and the goals' Observations: `_include`d, read, or a Map by reference. */
  readonly related?: readonly unknown[] | ReadonlyMap<string, unknown>;
  /** Keep entered-in-error plans (hidden by default). */
  readonly includeEnteredInError?: boolean;
}

export interface CarePlanModel {
  /** Every plan, current ones first (then by start, newest first). */
  readonly plans: readonly CarePlanView[];
  /** The same plans as a tree from `partOf` (else `basedOn`): top-level plans, current first. */
  readonly roots: readonly CarePlanNode[];
  /** What was wrong with the input outside any plan (entries that are not resources). */
  readonly problems: readonly string[];
}

export type { CarePlanNode } from './care-plan.tree.js';

const STATUS_SET = new Set<string>(PLAN_STATUSES);
const INTENT_SET = new Set<string>(PLAN_INTENTS);
const CURRENT = new Set<PlanStatus>(['active', 'on-hold', 'draft']);
const INDIVIDUAL = /individuell\s+plan|\bIP\b|individual\s+(care\s+)?plan/i;
const FOLLOW_UP =
  /oppf(ø|o)lging|besøksplan|tiltaksplan|tjenesteoversikt|kommunal\s+oppf|follow[\s-]?up|visit\s+plan|pleie-\s*og\s*omsorgsplan/i;
const ZONE_WORDS: readonly [Zone, RegExp][] = [
  ['green', /gr(ø|o)nn?\s*(sone|zone)|green\s*zone|(sone|zone)\s*[:\-–]?\s*(gr(ø|o)nn?|green)\b/i],
  ['yellow', /\bgul\s*(sone|zone)|yellow\s*zone|(sone|zone)\s*[:\-–]?\s*(gul|yellow)\b/i],
  ['red', /\b(rød|raud|rod)\s*(sone|zone)|red\s*zone|(sone|zone)\s*[:\-–]?\s*(rød|raud|red)\b/i],
];
const ZONE_CODES = new Map<string, Zone>([
  ['green', 'green'],
  ['yellow', 'yellow'],
  ['red', 'red'],
  ['grønn', 'green'],
  ['gul', 'yellow'],
  ['rød', 'red'],
]);

/**
 * The care plans in `resources` (CarePlans, Bundles of them, with what they refer to), as views and
 * as a tree. `options.related` adds the resources the plans refer to and the Observations behind
 * goal progress. Total: any JSON gives a model, never a throw.
 */
export function carePlanModel(resources: unknown, options: CarePlanModelOptions = {}): CarePlanModel {
  const problems: string[] = [];
  const pool: Fields[] = [];
  const fullUrls = new Map<string, Fields>();
  let notResources = 0;
  const seen = new Set<unknown>();
  const add = (value: unknown, depth: number, fullUrl = ''): void => {
    if (depth > 8 || seen.has(value)) return;
    if (typeof value === 'object' && value !== null) seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) add(item, depth + 1);
      return;
    }
    const fields = element(value);
    const type = text(fields?.resourceType);
    if (!fields || !/^[A-Z][A-Za-z]+$/.test(type)) {
      notResources++;
      return;
    }
    if (type === 'Bundle') {
      for (const entry of list(fields.entry)) add(element(entry)?.resource, depth + 1, text(element(entry)?.fullUrl));
      return;
    }
    if (fullUrl && !fullUrls.has(fullUrl)) fullUrls.set(fullUrl, fields);
    pool.push(fields);
  };
  add(resources, 0);
  const related = options.related;
  if (related instanceof Map) for (const value of related.values()) add(value, 1);
  else if (Array.isArray(related)) add(related, 0);
  if (notResources > 0) problems.push(createContext(options, []).m.notAResource);

  const context = createContext(options, pool, fullUrls);
  const plans: Fields[] = [];
  const taken = new Set<string>();
  for (const fields of pool) {
    if (fields.resourceType !== 'CarePlan') continue;
    const key = keyOf(fields);
    if (key !== undefined) {
      if (taken.has(key)) continue;
      taken.add(key);
    }
    if (text(fields.status) === 'entered-in-error' && options.includeEnteredInError !== true) continue;
    plans.push(fields);
  }

  const keys = new Set<string>();
  const views = plans.map((plan, index) => {
    let key = keyOf(plan) ?? `CarePlan#${String(index + 1)}`;
    while (keys.has(key)) key = `${key}~`;
    keys.add(key);
    return planView(context, plan, key);
  });
  views.sort(comparePlans);
  const tree = planTree(views, context.m.loop);
  return { plans: tree.plans, roots: tree.roots, problems };
}

/** Plans in list order: current first, then by start (newest first), then title. */
export function comparePlans(a: CarePlanView, b: CarePlanView): number {
  const rank = (plan: CarePlanView): number => PLAN_STATUSES.indexOf(plan.status);
  return (
    rank(a) - rank(b) ||
    (b.start?.startMs ?? -Infinity) - (a.start?.startMs ?? -Infinity) ||
    a.title.localeCompare(b.title) ||
    a.key.localeCompare(b.key)
  );
}

function planView(context: Context, plan: Fields, key: string): CarePlanView {
  const problems = problemList();
  const { m } = context;
  checkObjects(plan, ['subject', 'period', 'author', 'text', 'encounter'], context, problems.add);
  checkLists(
    plan,
    ['category', 'careTeam', 'addresses', 'goal', 'activity', 'partOf', 'basedOn', 'contributor', 'note', 'contained'],
    context,
    problems.add,
  );

  const rawStatus = text(plan.status);
  const status: PlanStatus = STATUS_SET.has(rawStatus) ? (rawStatus as PlanStatus) : 'unknown';
  if (!STATUS_SET.has(rawStatus)) problems.add(m.missingStatus);
  const presentation = statusPresentation(status, context.locale);
  const rawIntent = text(plan.intent);
  const intent = INTENT_SET.has(rawIntent) ? (rawIntent as PlanIntent) : undefined;
  const categories = list(plan.category)
    .map((category) => conceptText(context, category))
    .filter((category, index, all) => category && all.indexOf(category) === index);

  const period = element(plan.period);
  const start = readDate(context, period?.start);
  const end = readDate(context, period?.end);
  if (start === null) problems.add(m.unreadableDate('period.start'));
  if (end === null) problems.add(m.unreadableDate('period.end'));

  const careTeams = list(plan.careTeam).flatMap(
    (reference) => careTeamView(context, reference, plan, problems.add) ?? [],
  );
  const coordinator = careTeams.flatMap((team) => team.members).find((member) => member.coordinator);
  const addressed = list(plan.addresses).map((reference) => ({ reference, target: resolve(context, reference, plan) }));
  // An unresolved condition without a display says nothing ("Uten navn"): a problem, not a line.
  const conditions = addressed
    .map(({ reference, target }) => {
      const display = clean(element(reference)?.display);
      const named = target ? referenceText(context, reference, plan) : display;
      if (!named && text(element(reference)?.reference)) problems.add(m.unresolved(m.conditionNoun));
      return named;
    })
    .filter((condition, index, all) => condition && all.indexOf(condition) === index);

  const patientKey = text(element(plan.subject)?.reference) || undefined;
  const goals = list(plan.goal).flatMap((reference, index): GoalView[] => {
    const goal = resolve(context, reference, plan);
    const goalKey = text(element(reference)?.reference) || `${key}/goal#${String(index + 1)}`;
    if (goal?.resourceType === 'Goal') {
      const container = text(element(reference)?.reference).startsWith('#') ? plan : undefined;
      return [goalView(context, goal, goalKey, container, patientKey)];
    }
    if (keyOfReference(reference) !== undefined || text(element(reference)?.reference).startsWith('#'))
      problems.add(m.unresolved(m.goalNoun));
    const display = clean(element(reference)?.display);
    // A display-only goal still says what the goal is.
    return display ? [goalView(context, { description: { text: display } }, goalKey, plan, patientKey)] : [];
  });
  const ordered = [
    ...goals.filter((goal) => goal.expressedByPatient),
    ...goals.filter((goal) => !goal.expressedByPatient),
  ];

  const activities = list(plan.activity)
    .map((activity, index) => activityView(context, activity, `${key}#${String(index + 1)}`, plan))
    .filter((activity) => activity.status !== 'entered-in-error');

  const title0 = clean(plan.title);
  const zone = zoneOf(context, key, title0, categories, addressed, activities);
  const type = typeOf(plan, title0, categories, zone);
  const title = title0 || categories[0] || m[type];
  const origin = originOf(plan as never);

  return {
    key,
    title,
    categories,
    type,
    typeText: m[type],
    status,
    statusText: presentation.label,
    tone: presentation.tone,
    current: CURRENT.has(status),
    ...(intent ? { intent } : {}),
    intentText: intent ? m[intent] : '',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    periodText: period ? clean(formatPeriod(period, context.format)) : '',
    author: referenceText(context, plan.author, plan) || referenceText(context, list(plan.contributor)[0], plan),
    description: clean(plan.description),
    ...(coordinator ? { coordinator } : {}),
    careTeams,
    conditions,
    goals: ordered,
    hasPatientGoals: ordered.some((goal) => goal.expressedByPatient),
    activities,
    activityGroups: groupActivities(activities, context.locale),
    ...(zone ? { zone } : {}),
    partOf: referencesOf(plan.partOf),
    basedOn: referencesOf(plan.basedOn),
    ...(origin ? { origin } : {}),
    resources: [
      plan,
      ...careTeams.flatMap((team) => team.resources),
      ...addressed.flatMap(({ target }) => (target && target !== plan ? [target] : [])),
    ],
    problems: problems.list,
  };
}

// `Type/id` of each literal reference (a contained `#id` or a display-only one has no key).
function referencesOf(value: unknown): string[] {
  return list(value).flatMap((reference) => keyOfReference(reference) ?? []);
}

function typeOf(plan: Fields, title: string, categories: readonly string[], zone: PlanZone | undefined): PlanType {
  if (zone) return 'zone';
  const codes = list(plan.category).flatMap((category) => codesOf(category).map((coding) => coding.code));
  const words = [...categories, ...codes];
  const said = (pattern: RegExp): boolean => words.some((word) => pattern.test(word));
  if (said(INDIVIDUAL)) return 'individual';
  if (said(FOLLOW_UP)) return 'follow-up';
  // Without a category that says so, the title may.
  if (INDIVIDUAL.test(title)) return 'individual';
  if (FOLLOW_UP.test(title)) return 'follow-up';
  return 'other';
}

function zoneOf(
  context: Context,
  key: string,
  title: string,
  categories: readonly string[],
  addressed: readonly { reference: unknown; target: Fields | undefined }[],
  activities: readonly ActivityView[],
): PlanZone | undefined {
  let zone: Zone | undefined;
  let criterion = '';
  for (const { target } of addressed) {
    if (target?.resourceType !== 'Condition') continue;
    const found =
      codesOf(target.severity)
        .map((coding) => ZONE_CODES.get(coding.code.toLowerCase()))
        .find((code) => code !== undefined) ?? zoneInWords(conceptText(context, target.severity));
    if (found) {
      zone = found;
      criterion = conceptText(context, target.code);
      break;
    }
  }
  zone ??= zoneInWords(title) ?? categories.map(zoneInWords).find((found) => found !== undefined);
  if (!zone) return undefined;
  return {
    zone,
    text: context.m[zone],
    criterion,
    instructions: activities.map((activity) => activity.title),
    planKey: key,
  };
}

function zoneInWords(words: string): Zone | undefined {
  return ZONE_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}
