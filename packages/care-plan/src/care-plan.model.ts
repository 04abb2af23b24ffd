// Resources → care plan views for <sam-care-plan>: pure functions, no DOM, no Lit. A patient's
// CarePlans become headers (title, type, status, period, koordinator), their goals with progress,
// their activities grouped by status, and a tree of sub-plans (IP delplaner, zone plans) — the way
// research/components.md §3.4 and §4.2 describe Norwegian care plans.
import {
  capMarks,
  collator,
  formatPeriod,
  originOf,
  recordSource,
  referenceKey,
  resourceKey,
  statusPresentation,
  untrusted,
  type ModelOptions,
} from '@samspill/core/data.js';
import { activityView, groupActivities, type ActivityView } from './care-plan.activities.js';
import {
  checkLists,
  checkObjects,
  clean,
  codesOf,
  conceptText,
  createPlanReader,
  list,
  problemList,
  readDate,
  referenceText,
  resolve,
  unresolved,
  type Fields,
  type PlanReader,
} from './care-plan.reader.js';
import { goalView, type GoalView } from './care-plan.goals.js';
import { careTeamView } from './care-plan.team.js';
import {
  PLAN_INTENTS,
  PLAN_STATUSES,
  type CarePlanView,
  type PlanIntent,
  type PlanStatus,
  type PlanType,
  type PlanZone,
  type Zone,
} from './care-plan.plan.js';
import { planTree, type CarePlanNode } from './care-plan.tree.js';

const { element, text } = untrusted;

export type CarePlanModelOptions = ModelOptions;

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
  if (notResources > 0) problems.push(createPlanReader(options, []).m.notAResource);

  const reader = createPlanReader(options, pool, fullUrls);
  const plans: Fields[] = [];
  const taken = new Set<string>();
  for (const fields of pool) {
    if (fields.resourceType !== 'CarePlan') continue;
    const key = resourceKey(fields);
    if (key !== undefined) {
      if (taken.has(key)) continue;
      taken.add(key);
    }
    if (text(fields.status) === 'entered-in-error' && options.includeEnteredInError !== true) continue;
    plans.push(fields);
  }

  const keys = new Set<string>();
  const views = plans.map((plan, index) => {
    let key = resourceKey(plan) ?? `CarePlan#${String(index + 1)}`;
    while (keys.has(key)) key = `${key}~`;
    keys.add(key);
    return planView(reader, plan, key);
  });
  views.sort(comparePlans);
  const tree = planTree(views, reader.m.loop);
  return { plans: tree.plans, roots: tree.roots, problems };
}

/** Plans in list order: current first, then by start (newest first), then title. */
export function comparePlans(a: CarePlanView, b: CarePlanView): number {
  const rank = (plan: CarePlanView): number => PLAN_STATUSES.indexOf(plan.status);
  return (
    rank(a) - rank(b) ||
    (b.start?.startMs ?? -Infinity) - (a.start?.startMs ?? -Infinity) ||
    // Titles are Norwegian whatever the interface language: æ, ø and å sort after z.
    // Capped: a collator's work on a long run of combining marks grows with the square of its length.
    collator('nb').compare(capMarks(a.title), capMarks(b.title)) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function planView(reader: PlanReader, plan: Fields, key: string): CarePlanView {
  const problems = problemList();
  const { m } = reader;
  checkObjects(plan, ['subject', 'period', 'author', 'text', 'encounter'], reader, problems.add);
  checkLists(
    plan,
    ['category', 'careTeam', 'addresses', 'goal', 'activity', 'partOf', 'basedOn', 'contributor', 'note', 'contained'],
    reader,
    problems.add,
  );

  const rawStatus = text(plan.status);
  const status: PlanStatus = STATUS_SET.has(rawStatus) ? (rawStatus as PlanStatus) : 'unknown';
  if (!STATUS_SET.has(rawStatus)) problems.add(m.missingStatus);
  const presentation = statusPresentation(status, reader.locale);
  const rawIntent = text(plan.intent);
  const intent = INTENT_SET.has(rawIntent) ? (rawIntent as PlanIntent) : undefined;
  const categories = list(plan.category)
    .map((category) => conceptText(reader, category))
    .filter((category, index, all) => category && all.indexOf(category) === index);

  const period = element(plan.period);
  const start = readDate(reader, period?.start);
  const end = readDate(reader, period?.end);
  if (start === null) problems.add(m.unreadableDate('period.start'));
  if (end === null) problems.add(m.unreadableDate('period.end'));
  const unreadablePeriod = [start === null ? text(period?.start) : '', end === null ? text(period?.end) : '']
    .filter(Boolean)
    .join(' – ');

  const careTeams = list(plan.careTeam).flatMap(
    (reference) => careTeamView(reader, reference, plan, problems.add) ?? [],
  );
  const coordinator = careTeams.flatMap((team) => team.members).find((member) => member.coordinator);
  const addressed = list(plan.addresses).map((reference) => ({ reference, target: resolve(reader, reference, plan) }));
  // An unresolved condition without a display says nothing ("Uten navn"): a problem, not a line.
  const conditions = addressed
    .map(({ reference, target }) => {
      const display = clean(element(reference)?.display);
      const named = target ? referenceText(reader, reference, plan) : display;
      const problem =
        !named && text(element(reference)?.reference) ? unresolved(reader, reference, m.conditionNoun) : '';
      if (problem) problems.add(problem);
      return named;
    })
    .filter((condition, index, all) => condition && all.indexOf(condition) === index);

  const patientKey = text(element(plan.subject)?.reference) || undefined;
  const goals = list(plan.goal).flatMap((reference, index): GoalView[] => {
    const goal = resolve(reader, reference, plan);
    const goalKey = text(element(reference)?.reference) || `${key}/goal#${String(index + 1)}`;
    if (goal?.resourceType === 'Goal') {
      const container = text(element(reference)?.reference).startsWith('#') ? plan : undefined;
      return [goalView(reader, goal, goalKey, container, patientKey)];
    }
    const literal = referenceKey(reference) !== undefined || text(element(reference)?.reference).startsWith('#');
    const problem = literal ? unresolved(reader, reference, m.goalNoun) : undefined;
    if (problem) problems.add(problem);
    const display = clean(element(reference)?.display);
    // A display-only goal still says what the goal is.
    return display ? [goalView(reader, { description: { text: display } }, goalKey, plan, patientKey)] : [];
  });
  const ordered = [
    ...goals.filter((goal) => goal.expressedByPatient),
    ...goals.filter((goal) => !goal.expressedByPatient),
  ];

  const activities = list(plan.activity)
    .map((activity, index) => activityView(reader, activity, `${key}#${String(index + 1)}`, plan))
    .filter((activity) => activity.status !== 'entered-in-error');

  const title0 = clean(plan.title);
  const zone = zoneOf(reader, key, title0, categories, addressed, activities);
  const type = typeOf(plan, title0, categories, zone);
  const title = title0 || categories[0] || m[type];
  const origin = originOf(plan as never);
  const source = recordSource(plan, {
    locale: reader.locale,
    resolve: (reference, container) => resolve(reader, reference, container),
  });

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
    // An ordinary plan's intent says nothing ("Hensikt: Plan"): only a proposal, an order or an option is shown.
    intentText: intent && intent !== 'plan' ? m[intent] : '',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    periodText: period ? clean(formatPeriod(period, reader.format)) : '',
    ...(unreadablePeriod ? { unreadablePeriod } : {}),
    author: referenceText(reader, plan.author, plan) || referenceText(reader, list(plan.contributor)[0], plan),
    description: clean(plan.description),
    ...(coordinator ? { coordinator } : {}),
    careTeams,
    conditions,
    goals: ordered,
    hasPatientGoals: ordered.some((goal) => goal.expressedByPatient),
    activities,
    activityGroups: groupActivities(activities, reader.locale),
    ...(zone ? { zone } : {}),
    partOf: referencesOf(plan.partOf),
    basedOn: referencesOf(plan.basedOn),
    ...(origin ? { origin } : {}),
    source: source?.label ?? '',
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
  return list(value).flatMap((reference) => referenceKey(reference) ?? []);
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
  reader: PlanReader,
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
        .find((code) => code !== undefined) ?? zoneInWords(conceptText(reader, target.severity));
    if (found) {
      zone = found;
      criterion = conceptText(reader, target.code);
      break;
    }
  }
  zone ??= zoneInWords(title) ?? categories.map(zoneInWords).find((found) => found !== undefined);
  if (!zone) return undefined;
  return {
    zone,
    text: reader.m[zone],
    criterion,
    instructions: activities.map((activity) => activity.title),
    planKey: key,
  };
}

function zoneInWords(words: string): Zone | undefined {
  return ZONE_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}
