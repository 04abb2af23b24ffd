// A plan's activities, inline (`activity.detail`) or referenced (Appointment, ServiceRequest, Task,
// MedicationRequest…), as one shape: title, kind, status in the plan's terms, the next date, who is
// responsible, and the referenced resource's own status; grouped by status for the view.
import type { Period } from 'fhir/r4.js';
import {
  formatPeriod,
  type Locale,
  referenceKey,
  referenceType,
  resolveLocale,
  statusPresentation,
  type StatusTone,
  untrusted,
} from '@samspill/core/data.js';
import {
  checkLists,
  checkObjects,
  clean,
  conceptText,
  list,
  problemList,
  referenceText,
  resolve,
  unresolved,
  type Fields,
  type PlanDate,
  type PlanReader,
} from './care-plan.reader.js';
import { carePlanMessages } from './care-plan.messages.js';
import { overdueSince } from './care-plan.overdue.js';
import { schedule } from './care-plan.schedule.js';

const { element, text } = untrusted;

/** CarePlan.activity.detail.status, the status every activity is shown in. */
export const ACTIVITY_STATUSES = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * The order activity groups are shown in: what is still to come first, then what is done. Stopped
 * (ended early) sits with the ended ones; unknown last. Entered-in-error activities are hidden.
 */
export const ACTIVITY_GROUP_ORDER = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
] as const satisfies readonly ActivityStatus[];
export type ActivityGroupId = (typeof ACTIVITY_GROUP_ORDER)[number];

/** The resource types an activity may refer to or name as its kind. */
export const ACTIVITY_KINDS = [
  'Appointment',
  'ServiceRequest',
  'Task',
  'MedicationRequest',
  'Encounter',
  'CommunicationRequest',
  'DeviceRequest',
  'NutritionOrder',
  'VisionPrescription',
  'RequestGroup',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number] | 'activity';

export interface ActivityView {
  /** Stable within its plan: `<plan key>#<position>`. */
  readonly key: string;
  readonly title: string;
  readonly kind: ActivityKind;
  readonly kindText: string;
  /** Inline `detail`, or a `reference` to another resource. */
  readonly source: 'detail' | 'reference';
  readonly status: ActivityStatus;
  readonly statusText: string;
  readonly tone: StatusTone;
  readonly statusReason: string;
  /** The referenced resource's own status code and words ("booked" → "Booket"), when there is one. */
  readonly resourceStatus?: string;
  readonly resourceStatusText: string;
  /** The next time it happens after "now": a timing's next event, a period's or an appointment's start. */
  readonly next?: PlanDate;
  /** When, as written: the timing, the period or the free text. */
  readonly scheduleText: string;
  /** The due time that passed without the activity done (`overdueSince`): flagged for the reader. */
  readonly overdue?: PlanDate;
  /** Who does it. */
  readonly performers: readonly string[];
  /** What came of it: the finished Encounter, an Observation… in words. */
  readonly outcomes: readonly string[];
  readonly doNotPerform: boolean;
  /** The activity element, and the resources behind it (referenced resource, outcomes). */
  readonly resources: readonly unknown[];
  readonly problems: readonly string[];
}

export interface ActivityGroup {
  readonly id: ActivityGroupId;
  readonly text: string;
  readonly activities: readonly ActivityView[];
}

const DETAIL_STATUSES = new Set<string>(ACTIVITY_STATUSES);
const KINDS = new Set<string>(ACTIVITY_KINDS);

/** What each referenced resource's status means for the plan. */
const REFERENCED_STATUSES: Readonly<Record<string, Readonly<Record<string, ActivityStatus>>>> = {
  Appointment: {
    proposed: 'not-started',
    pending: 'not-started',
    waitlist: 'not-started',
    booked: 'scheduled',
    arrived: 'in-progress',
    'checked-in': 'in-progress',
    fulfilled: 'completed',
    cancelled: 'cancelled',
    noshow: 'cancelled',
    'entered-in-error': 'entered-in-error',
  },
  ServiceRequest: {
    draft: 'not-started',
    active: 'in-progress',
    'on-hold': 'on-hold',
    revoked: 'cancelled',
    completed: 'completed',
    'entered-in-error': 'entered-in-error',
    unknown: 'unknown',
  },
  Task: {
    draft: 'not-started',
    requested: 'not-started',
    received: 'not-started',
    accepted: 'scheduled',
    ready: 'scheduled',
    rejected: 'cancelled',
    cancelled: 'cancelled',
    'in-progress': 'in-progress',
    'on-hold': 'on-hold',
    failed: 'stopped',
    completed: 'completed',
    'entered-in-error': 'entered-in-error',
  },
  MedicationRequest: {
    draft: 'not-started',
    active: 'in-progress',
    'on-hold': 'on-hold',
    cancelled: 'cancelled',
    completed: 'completed',
    stopped: 'stopped',
    'entered-in-error': 'entered-in-error',
    unknown: 'unknown',
  },
  Encounter: {
    planned: 'scheduled',
    arrived: 'in-progress',
    triaged: 'in-progress',
    'in-progress': 'in-progress',
    onleave: 'on-hold',
    finished: 'completed',
    cancelled: 'cancelled',
    'entered-in-error': 'entered-in-error',
    unknown: 'unknown',
  },
};
// The request-like others read as ServiceRequest does.
const REQUEST_STATUSES = REFERENCED_STATUSES.ServiceRequest ?? {};

/** One activity of a plan. */
export function activityView(reader: PlanReader, activity: unknown, key: string, plan: Fields): ActivityView {
  const problems = problemList();
  const fields = element(activity);
  if (!fields) {
    problems.add(reader.m.unreadableField('activity'));
    return emptyActivity(reader, activity, key, problems.list);
  }
  checkObjects(fields, ['detail', 'reference'], reader, problems.add);
  checkLists(fields, ['outcomeReference', 'progress'], reader, problems.add);
  const detail = element(fields.detail);
  const reference = element(fields.reference);
  const target = reference ? resolve(reader, reference, plan) : undefined;
  const targetType = text(target?.resourceType) || referenceType(reference);
  const missing = reference && !target && referenceKey(reference) !== undefined;
  const problem = missing ? unresolved(reader, reference, reader.m.activityNoun) : undefined;
  if (problem) problems.add(problem);
  if (detail) {
    checkObjects(
      detail,
      ['code', 'scheduledTiming', 'scheduledPeriod', 'statusReason', 'location'],
      reader,
      problems.add,
    );
    checkLists(detail, ['performer', 'reasonCode', 'reasonReference', 'goal'], reader, problems.add);
  }

  const detailKind = text(detail?.kind);
  const kind: ActivityKind = KINDS.has(targetType)
    ? (targetType as ActivityKind)
    : KINDS.has(detailKind)
      ? (detailKind as ActivityKind)
      : 'activity';
  const title =
    clean(detail?.description) ||
    conceptText(reader, detail?.code) ||
    (target ? titleOf(reader, target, plan) : '') ||
    clean(reference?.display) ||
    conceptText(reader, detail?.productCodeableConcept) ||
    conceptText(reader, fields.outcomeCodeableConcept) ||
    reader.m[kind];

  // Status: the detail's, else what the referenced resource's own status means.
  const detailStatus = text(detail?.status);
  const resourceStatus = target ? text(target.status) : '';
  const mapped = target ? (REFERENCED_STATUSES[targetType] ?? REQUEST_STATUSES)[resourceStatus] : undefined;
  let status: ActivityStatus;
  if (DETAIL_STATUSES.has(detailStatus)) status = detailStatus as ActivityStatus;
  else if (mapped) status = mapped;
  else {
    status = 'unknown';
    if (detail || target) problems.add(reader.m.missingActivityStatus);
  }
  const presentation = statusPresentation(status, reader.locale);
  const referencedPresentation =
    resourceStatus && mapped ? statusPresentation(resourceStatus, reader.locale) : undefined;

  const when = schedule(reader, detail, target, problems.add);
  const { next, scheduleText } = when;
  const overdue = overdueSince(status, when, reader.nowMs);
  const performers = [
    ...list(detail?.performer).map((performer) => referenceText(reader, performer, plan)),
    ...(target ? responsibleOf(reader, target, plan) : []),
  ].filter((name, index, all) => name && all.indexOf(name) === index);
  const outcomeTargets = list(fields.outcomeReference).map((outcome) => resolve(reader, outcome, plan));
  const outcomes = list(fields.outcomeReference)
    .map((outcome, index) => {
      const found = outcomeTargets[index];
      return found
        ? outcomeText(reader, found, plan) || referenceText(reader, outcome, plan)
        : referenceText(reader, outcome, plan);
    })
    .filter(Boolean);

  return {
    key,
    title,
    kind,
    kindText: reader.m[kind],
    source: detail || !reference ? 'detail' : 'reference',
    status,
    statusText: activityStatusText(status, reader.locale),
    tone: presentation.tone,
    statusReason: conceptText(reader, detail?.statusReason) || conceptText(reader, target?.statusReason),
    ...(referencedPresentation ? { resourceStatus } : {}),
    resourceStatusText: referencedPresentation?.label ?? '',
    ...(next ? { next } : {}),
    scheduleText,
    ...(overdue ? { overdue } : {}),
    performers,
    outcomes,
    doNotPerform: detail?.doNotPerform === true || target?.doNotPerform === true,
    resources: [activity, ...(target ? [target] : []), ...outcomeTargets.filter((found) => found !== undefined)],
    problems: problems.list,
  };
}

function emptyActivity(reader: PlanReader, activity: unknown, key: string, problems: string[]): ActivityView {
  const presentation = statusPresentation('unknown', reader.locale);
  return {
    key,
    title: reader.m.activity,
    kind: 'activity',
    kindText: reader.m.activity,
    source: 'detail',
    status: 'unknown',
    statusText: presentation.label,
    tone: presentation.tone,
    statusReason: '',
    resourceStatusText: '',
    scheduleText: '',
    performers: [],
    outcomes: [],
    doNotPerform: false,
    resources: [activity],
    problems,
  };
}

// What a referenced resource is about.
function titleOf(reader: PlanReader, target: Fields, plan: Fields): string {
  switch (target.resourceType) {
    case 'Appointment':
      return (
        clean(target.description) ||
        list(target.serviceType)
          .map((type) => conceptText(reader, type))
          .find(Boolean) ||
        conceptText(reader, target.appointmentType) ||
        conceptText(reader, list(target.reasonCode)[0])
      );
    case 'Task':
      return clean(target.description) || conceptText(reader, target.code) || referenceText(reader, target.focus, plan);
    case 'MedicationRequest':
      return (
        conceptText(reader, target.medicationCodeableConcept) ||
        referenceText(reader, target.medicationReference, target) ||
        ''
      );
    case 'Encounter':
      return (
        list(target.type)
          .map((type) => conceptText(reader, type))
          .find(Boolean) ||
        conceptText(reader, target.serviceType) ||
        list(target.reasonCode)
          .map((reason) => conceptText(reader, reason))
          .find(Boolean) ||
        ''
      );
    default:
      return conceptText(reader, target.code) || clean(target.description) || clean(target.title);
  }
}

// Who is responsible for a referenced resource.
function responsibleOf(reader: PlanReader, target: Fields, plan: Fields): string[] {
  switch (target.resourceType) {
    case 'Appointment':
      return list(target.participant)
        .map((participant) => element(participant)?.actor)
        .filter((actor) => !text(element(actor)?.reference).startsWith('Patient/'))
        .map((actor) => referenceText(reader, actor, plan));
    case 'Task':
      return [referenceText(reader, target.owner, plan)];
    case 'MedicationRequest':
      return [referenceText(reader, target.performer, plan) || referenceText(reader, target.requester, plan)];
    case 'Encounter':
      return [
        ...list(target.participant).map((participant) => referenceText(reader, element(participant)?.individual, plan)),
        referenceText(reader, target.serviceProvider, plan),
      ];
    default:
      return list(target.performer).map((performer) => referenceText(reader, performer, plan));
  }
}

function outcomeText(reader: PlanReader, target: Fields, plan: Fields): string {
  const title = titleOf(reader, target, plan);
  const period = element(target.period) ? formatPeriod(target.period as Period, reader.format) : '';
  return [title, period].filter(Boolean).join(', ');
}

/** Activities by status, in {@link ACTIVITY_GROUP_ORDER}; empty groups left out. */
export function groupActivities(activities: readonly ActivityView[], locale: Locale = 'nb'): ActivityGroup[] {
  return ACTIVITY_GROUP_ORDER.flatMap((id) => {
    const members = activities.filter((activity) => activity.status === id);
    return members.length > 0 ? [{ id, text: activityStatusText(id, locale), activities: members }] : [];
  });
}

/**
 * An activity's status in words: the word every component uses where the code means the same for an
 * activity as for a plan or a medicine ("Pauset", "Avsluttet"), so a status reads alike throughout a
 * view; the activity's own where that word belongs to another kind of record ("Avbrutt", not a
 * medicine's "Seponert"; "Planlagt", not an appointment's "Avtalt").
 */
export function activityStatusText(status: ActivityStatus, locale: Locale = 'nb'): string {
  const own = carePlanMessages[resolveLocale(locale)];
  if (status === 'stopped') return own['status-stopped'];
  if (status === 'scheduled') return own['status-scheduled'];
  return statusPresentation(status, locale).label;
}
