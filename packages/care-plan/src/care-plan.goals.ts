// A plan's goals: what the patient wants, its targets, and progress — the latest Observation of the
// target's measure against the target, with a short series for a trend (research/components.md §4.2).
import type { Duration, Quantity, Range } from 'fhir/r4.js';
import {
  formatNumber,
  formatQuantity,
  formatRange,
  resourceKey,
  statusPresentation,
  type StatusTone,
  untrusted,
} from '@samspill/core/data.js';
import {
  checkLists,
  checkObjects,
  clean,
  codesOf,
  conceptText,
  problemList,
  readDate,
  referenceText,
  resolve,
  type PlanReader,
  type Fields,
  type PlanDate,
  list,
} from './care-plan.reader.js';

const { element, text } = untrusted;

export const GOAL_LIFECYCLE_STATUSES = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
] as const;
export type GoalLifecycleStatus = (typeof GOAL_LIFECYCLE_STATUSES)[number] | 'unknown';

export const GOAL_ACHIEVEMENT_CODES = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
] as const;
export type GoalAchievement = (typeof GOAL_ACHIEVEMENT_CODES)[number];

/** Whether the latest measurement meets the target. */
export const PROGRESS_STATES = ['met', 'not-met', 'unknown'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** How many measurements a trend shows at most (the latest ones). */
export const SERIES_LENGTH = 10;

export interface ProgressPoint {
  readonly value: number;
  /** The value with its unit, as core formats a Quantity. */
  readonly text: string;
  readonly date?: PlanDate;
}

export interface GoalProgress {
  readonly state: ProgressState;
  readonly stateText: string;
  /** The latest measurement of the target's measure (numeric or not). */
  readonly latest?: { readonly text: string; readonly date?: PlanDate };
  /** Numeric measurements, oldest first, at most {@link SERIES_LENGTH}. */
  readonly series: readonly ProgressPoint[];
  /** The Observations behind the progress, for a "show source" view. */
  readonly resources: readonly unknown[];
}

export interface GoalTarget {
  /** What is measured ("Gangdistanse uten pause"); empty when the target names no measure. */
  readonly measure: string;
  /** The measure's codes, what Observations are matched by. */
  readonly measureCodes: readonly { readonly system: string; readonly code: string }[];
  /** The target value in words: "≥ 1 000 m", "60–80 kg", a concept or a sentence. */
  readonly detail: string;
  readonly detailKind: 'quantity' | 'range' | 'concept' | 'string' | 'boolean' | 'integer' | 'ratio' | 'none';
  readonly due?: PlanDate;
  /** The due date, or "innen 3 måneder" for a duration; empty when none. */
  readonly dueText: string;
  readonly progress: GoalProgress;
}

export interface GoalView {
  /** `Goal/id`, `#id` inside its plan, or a position. */
  readonly key: string;
  readonly description: string;
  readonly lifecycleStatus: GoalLifecycleStatus;
  readonly lifecycleText: string;
  readonly tone: StatusTone;
  readonly achievement?: GoalAchievement;
  /** The achievement status in words; empty when the goal has none. */
  readonly achievementText: string;
  readonly priorityText: string;
  readonly start?: PlanDate;
  /** Expressed by the patient: the patient's own goal, shown first and marked. */
  readonly expressedByPatient: boolean;
  readonly expressedByText: string;
  readonly targets: readonly GoalTarget[];
  /** What the goal addresses, in words. */
  readonly addresses: readonly string[];
  readonly notes: readonly string[];
  /** The Goal itself, for a "show source" view. */
  readonly resources: readonly unknown[];
  readonly problems: readonly string[];
}

const LIFECYCLE = new Set<string>(GOAL_LIFECYCLE_STATUSES);
const ACHIEVEMENT = new Set<string>(GOAL_ACHIEVEMENT_CODES);
const IGNORED_OBSERVATIONS = new Set(['entered-in-error', 'cancelled', 'registered']);

/** One goal of a plan; `container` is the plan (for contained resources), `patient` its subject. */
export function goalView(
  reader: PlanReader,
  goal: Fields,
  key: string,
  container: Fields | undefined,
  patientKey: string | undefined,
): GoalView {
  const problems = problemList();
  checkObjects(goal, ['description', 'achievementStatus', 'priority', 'subject', 'expressedBy'], reader, problems.add);
  checkLists(goal, ['target', 'addresses', 'note', 'outcomeReference'], reader, problems.add);
  const rawStatus = text(goal.lifecycleStatus);
  const lifecycleStatus: GoalLifecycleStatus = LIFECYCLE.has(rawStatus)
    ? (rawStatus as GoalLifecycleStatus)
    : 'unknown';
  const presentation = statusPresentation(lifecycleStatus, reader.locale);
  const achievementCode = codesOf(goal.achievementStatus)
    .map((coding) => coding.code)
    .find((code) => ACHIEVEMENT.has(code)) as GoalAchievement | undefined;
  // The concept's own words, else ours for a bare code, else whatever code it has.
  const achievement = element(goal.achievementStatus);
  const worded =
    text(achievement?.text) !== '' || list(achievement?.coding).some((coding) => text(element(coding)?.display));
  const achievementText =
    (worded ? conceptText(reader, achievement) : '') ||
    (achievementCode ? reader.m[achievementCode] : conceptText(reader, achievement));
  const start = readDate(reader, goal.startDate);
  if (start === null) problems.add(reader.m.unreadableDate('startDate'));
  const subject = goal.subject ?? container?.subject;
  const expressedBy = element(goal.expressedBy);
  const expressedTarget = text(expressedBy?.reference);
  const subjectTarget = text(element(subject)?.reference);
  const expressedByPatient =
    expressedBy !== undefined &&
    (expressedTarget.startsWith('Patient/') ||
      (expressedTarget !== '' && expressedTarget === subjectTarget) ||
      text(expressedBy.type) === 'Patient');
  const outcomes = list(goal.outcomeReference).flatMap((reference) => {
    const found = resolve(reader, reference, goal) ?? resolve(reader, reference, container);
    return found?.resourceType === 'Observation' ? [found] : [];
  });
  const subjectKey = text(element(subject)?.reference) || patientKey;
  const targets = list(goal.target).flatMap((target) => {
    const fields = element(target);
    return fields ? [goalTarget(reader, fields, outcomes, subjectKey, problems.add)] : [];
  });
  return {
    key,
    description: conceptText(reader, goal.description) || reader.m.unnamedGoal,
    lifecycleStatus,
    lifecycleText: presentation.label,
    tone: presentation.tone,
    ...(achievementCode ? { achievement: achievementCode } : {}),
    achievementText,
    priorityText: conceptText(reader, goal.priority),
    ...(start ? { start } : {}),
    expressedByPatient,
    expressedByText: expressedByPatient
      ? referenceText(reader, expressedBy, container) || reader.m.patient
      : referenceText(reader, expressedBy, container),
    targets,
    addresses: list(goal.addresses)
      .map((reference) => referenceText(reader, reference, container))
      .filter(Boolean),
    notes: list(goal.note)
      .map((note) => clean(element(note)?.text))
      .filter(Boolean),
    resources: [goal],
    problems: problems.list,
  };
}

function goalTarget(
  reader: PlanReader,
  target: Fields,
  outcomes: readonly Fields[],
  subject: string | undefined,
  problem: (text: string) => void,
): GoalTarget {
  const measureCodes = codesOf(target.measure);
  const { detail, detailKind } = targetDetail(reader, target);
  const due = readDate(reader, target.dueDate);
  if (due === null) problem(reader.m.unreadableDate('target.dueDate'));
  const duration = element(target.dueDuration)
    ? clean(formatQuantity(target.dueDuration as Duration, reader.format))
    : '';
  const observations = matchingObservations(reader, measureCodes, outcomes, subject);
  return {
    measure: conceptText(reader, target.measure),
    measureCodes,
    detail,
    detailKind,
    ...(due ? { due } : {}),
    dueText: due ? due.text : duration ? reader.m.dueIn(duration) : '',
    progress: progressOf(reader, target, detailKind, observations),
  };
}

function targetDetail(reader: PlanReader, target: Fields): Pick<GoalTarget, 'detail' | 'detailKind'> {
  const { format } = reader;
  if (element(target.detailQuantity))
    return { detail: clean(formatQuantity(target.detailQuantity as Quantity, format)), detailKind: 'quantity' };
  if (element(target.detailRange))
    return { detail: clean(formatRange(target.detailRange as Range, format)), detailKind: 'range' };
  if (element(target.detailCodeableConcept))
    return { detail: conceptText(reader, target.detailCodeableConcept), detailKind: 'concept' };
  if (typeof target.detailString === 'string') return { detail: clean(target.detailString), detailKind: 'string' };
  if (typeof target.detailBoolean === 'boolean')
    return { detail: target.detailBoolean ? reader.m.yes : reader.m.no, detailKind: 'boolean' };
  if (typeof target.detailInteger === 'number' && Number.isFinite(target.detailInteger))
    return { detail: formatNumber(target.detailInteger, format), detailKind: 'integer' };
  if (element(target.detailRatio)) {
    const ratio = element(target.detailRatio);
    const top = clean(formatQuantity(ratio?.numerator as Quantity | undefined, format));
    const bottom = clean(formatQuantity(ratio?.denominator as Quantity | undefined, format));
    return { detail: top && bottom ? `${top}/${bottom}` : top, detailKind: 'ratio' };
  }
  return { detail: '', detailKind: 'none' };
}

// The goal's own outcomes for the measure, and any other Observation of the patient with its code.
function matchingObservations(
  reader: PlanReader,
  codes: readonly { system: string; code: string }[],
  outcomes: readonly Fields[],
  subject: string | undefined,
): Fields[] {
  const matches = (observation: Fields): boolean =>
    codesOf(observation.code).some((coding) =>
      codes.some((wanted) => wanted.code === coding.code && (wanted.system === coding.system || !wanted.system)),
    );
  const found = new Set<Fields>(codes.length === 0 ? outcomes : outcomes.filter(matches));
  for (const wanted of codes) {
    for (const observation of reader.observationsByCode.get(`${wanted.system}|${wanted.code}`) ?? []) {
      if (found.has(observation)) continue;
      const theirs = text(element(observation.subject)?.reference);
      if (subject && theirs && !sameTarget(theirs, subject)) continue;
      found.add(observation);
    }
  }
  // The same Observation twice (an outcome and a search hit, or a copy) counts once.
  const byKey = new Map<string, Fields>();
  for (const observation of found) {
    if (IGNORED_OBSERVATIONS.has(text(observation.status))) continue;
    byKey.set(resourceKey(observation) ?? `#${String(byKey.size)}`, observation);
  }
  return [...byKey.values()];
}

function sameTarget(a: string, b: string): boolean {
  const tail = (value: string): string => /[A-Z][A-Za-z]+\/[^/]+$/.exec(value)?.[0] ?? value;
  return tail(a) === tail(b);
}

interface Reading {
  readonly observation: Fields;
  readonly date: PlanDate | undefined;
  readonly number: number | undefined;
  readonly unit: string;
  readonly text: string;
}

function progressOf(
  reader: PlanReader,
  target: Fields,
  kind: GoalTarget['detailKind'],
  observations: readonly Fields[],
): GoalProgress {
  // A measurement dated after "now" is not progress yet (nor a plausible one).
  const readings: Reading[] = observations
    .map((observation) => readingOf(reader, observation))
    .filter((reading) => reading.date === undefined || reading.date.startMs <= reader.nowMs);
  // Oldest first; undated ones before dated, in input order.
  readings.sort((a, b) => (a.date?.startMs ?? -Infinity) - (b.date?.startMs ?? -Infinity));
  const latest = readings.at(-1);
  const series = readings
    .filter((reading) => reading.number !== undefined)
    .slice(-SERIES_LENGTH)
    .map((reading) => ({
      value: reading.number ?? 0,
      text: reading.text,
      ...(reading.date ? { date: reading.date } : {}),
    }));
  const state = latest ? compare(target, kind, latest) : 'unknown';
  return {
    state,
    stateText: reader.m[state === 'unknown' ? 'progress-unknown' : state],
    ...(latest?.text ? { latest: { text: latest.text, ...(latest.date ? { date: latest.date } : {}) } } : {}),
    series,
    resources: readings.map((reading) => reading.observation),
  };
}

function readingOf(reader: PlanReader, observation: Fields): Reading {
  const known = reader.memo.get(observation) as Reading | undefined;
  if (known) return known;
  const reading = readObservation(reader, observation);
  reader.memo.set(observation, reading);
  return reading;
}

function readObservation(reader: PlanReader, observation: Fields): Reading {
  const date =
    readDate(reader, observation.effectiveDateTime) ??
    readDate(reader, element(observation.effectivePeriod)?.start) ??
    readDate(reader, observation.effectiveInstant) ??
    readDate(reader, observation.issued) ??
    undefined;
  const quantity = element(observation.valueQuantity);
  const value = quantity ? toNumber(quantity.value) : toNumber(observation.valueInteger);
  const unit = text(quantity?.code) || text(quantity?.unit);
  const shown = quantity
    ? clean(formatQuantity(quantity, reader.format))
    : value !== undefined
      ? formatNumber(value, reader.format)
      : conceptText(reader, observation.valueCodeableConcept) ||
        clean(observation.valueString) ||
        (typeof observation.valueBoolean === 'boolean' ? reader.m[observation.valueBoolean ? 'yes' : 'no'] : '');
  return { observation, date: date ?? undefined, number: value, unit, text: shown };
}

function toNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function compare(target: Fields, kind: GoalTarget['detailKind'], latest: Reading): ProgressState {
  const value = latest.number;
  switch (kind) {
    case 'quantity': {
      const quantity = element(target.detailQuantity);
      const goal = toNumber(quantity?.value);
      if (goal === undefined || value === undefined || !sameUnit(quantity, latest.unit)) return 'unknown';
      return meets(value, text(quantity?.comparator), goal) ? 'met' : 'not-met';
    }
    case 'integer': {
      const goal = toNumber(target.detailInteger);
      if (goal === undefined || value === undefined) return 'unknown';
      return value === goal ? 'met' : 'not-met';
    }
    case 'range': {
      const range = element(target.detailRange);
      const low = element(range?.low);
      const high = element(range?.high);
      const lowValue = toNumber(low?.value);
      const highValue = toNumber(high?.value);
      if (value === undefined || (lowValue === undefined && highValue === undefined)) return 'unknown';
      if ((low && !sameUnit(low, latest.unit)) || (high && !sameUnit(high, latest.unit))) return 'unknown';
      return (lowValue === undefined || value >= lowValue) && (highValue === undefined || value <= highValue)
        ? 'met'
        : 'not-met';
    }
    case 'concept': {
      const wanted = codesOf(target.detailCodeableConcept);
      const got = codesOf(latest.observation.valueCodeableConcept);
      if (wanted.length === 0 || got.length === 0) return 'unknown';
      return got.some((coding) => wanted.some((want) => want.code === coding.code && want.system === coding.system))
        ? 'met'
        : 'not-met';
    }
    case 'boolean': {
      const got = latest.observation.valueBoolean;
      return typeof got === 'boolean' ? (got === target.detailBoolean ? 'met' : 'not-met') : 'unknown';
    }
    default:
      return 'unknown';
  }
}

// Units are compared by UCUM code, else by unit text; a side without a unit matches any.
function sameUnit(quantity: Fields | undefined, unit: string): boolean {
  const wanted = text(quantity?.code) || text(quantity?.unit);
  return !wanted || !unit || wanted === unit;
}

function meets(value: number, comparator: string, goal: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= goal;
    case '>':
      return value > goal;
    case '<=':
      return value <= goal;
    case '<':
      return value < goal;
    default:
      // No comparator: the target is the value itself (to a thousandth).
      return Math.abs(value - goal) < 1e-3;
  }
}
