// The data step of <sam-care-plan>: what it asks a FhirSource for. One CarePlan search that
// `_include`s the goals, care teams, conditions and referenced activities; then each reference still
// unresolved (an activity's outcome Encounter, a parent plan) read once; then one Observation search
// for the goals' measures. A typical plan takes three requests. Failures are data, next to what loaded.
import type { OperationOutcomeIssue, Resource } from 'fhir/r4';
import {
  readSafely,
  searchSafely,
  LOADER_PAGE_SIZE,
  searchWithIncludes,
  untrusted,
  type FhirSource,
  type SourceFailure,
} from '@samspill/core/data.js';
import { codesOf, keyOf, keyOfReference, list, type Fields } from './care-plan.context.js';

const { element, text } = untrusted;

export interface LoadCarePlansOptions {
  readonly signal?: AbortSignal;
  /** Whether the session may read a resource type (its scopes); a refused type is skipped, not failed. */
  readonly canRead?: (resourceType: string) => boolean;
  /** Pages each search follows at most (the source's default when left out). */
  readonly pageLimit?: number;
}

export interface LoadedCarePlans {
  /** The patient's CarePlans: the model's input. */
  readonly resources: Resource[];
  /** What they refer to, `_include`d or read, and the Observations of the goals' measures. */
  readonly related: Resource[];
  /** Every search or read that failed, each with its resource type. */
  readonly failures: SourceFailure[];
  /** Resource types not asked for because `canRead` refused them: worth a notice, not an error. */
  readonly skipped: string[];
  /** Some search stopped at its page limit. */
  readonly truncated: boolean;
  readonly issues: OperationOutcomeIssue[];
}

/** What the CarePlan search `_include`s, with the type each brings. */
export const CARE_PLAN_INCLUDES: readonly (readonly [include: string, types: readonly string[]])[] = [
  ['CarePlan:goal', ['Goal']],
  ['CarePlan:care-team', ['CareTeam']],
  ['CarePlan:condition', ['Condition']],
  ['CarePlan:activity-reference', ['Appointment', 'ServiceRequest', 'Task', 'MedicationRequest']],
];

/** The types read by reference when no `_include` brought them. */
export const CARE_PLAN_READ_TYPES = [
  'CarePlan',
  'Goal',
  'CareTeam',
  'Condition',
  'Appointment',
  'ServiceRequest',
  'Task',
  'MedicationRequest',
  'CommunicationRequest',
  'DeviceRequest',
  'NutritionOrder',
  'RequestGroup',
  'Encounter',
  'Observation',
] as const;

const READABLE = new Set<string>(CARE_PLAN_READ_TYPES);
const REFUSED = new Set<string>(['forbidden', 'unauthorized']);
// Codes per Observation search: a long URL is refused by some servers.
const MAX_CODES = 40;

/**
 * Loads a patient's care plans and what they refer to. `patient` is the Patient's id or a
 * `Patient/id` reference. A source that rejects `_include` as unsupported is asked again without
 * it, and the references are read instead, each once. A refused Goal or Observation leaves the plans.
 */
export async function loadCarePlans(
  source: FhirSource,
  patient: string,
  options: LoadCarePlansOptions = {},
): Promise<LoadedCarePlans> {
  const canRead = (type: string): boolean => {
    try {
      return options.canRead === undefined || options.canRead(type);
    } catch {
      return false;
    }
  };
  const skipped = new Set<string>();
  const searchOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageLimit === undefined ? {} : { pageLimit: options.pageLimit }),
  };
  const readOptions = options.signal ? { signal: options.signal } : {};
  if (!canRead('CarePlan')) {
    return { resources: [], related: [], failures: [], skipped: ['CarePlan'], truncated: false, issues: [] };
  }

  const includes = CARE_PLAN_INCLUDES.filter(([, types]) => types.some(canRead)).map(([include]) => include);
  const plans = await searchWithIncludes(
    source,
    'CarePlan',
    { patient, _count: LOADER_PAGE_SIZE },
    includes,
    searchOptions,
  );
  const resources = plans.resources;
  const failures: SourceFailure[] = [...plans.failures];
  const issues = [...plans.issues];
  let truncated = plans.truncated;

  const related: Resource[] = [];
  const known = new Set<string>();
  const add = (resource: Resource): void => {
    const key = keyOf(element(resource));
    if (key !== undefined) {
      if (known.has(key)) return;
      known.add(key);
    }
    related.push(resource);
  };
  for (const resource of resources) {
    const key = keyOf(element(resource));
    if (key !== undefined) known.add(key);
  }
  // An include may bring what the scopes refuse; it is kept out like a refused read.
  for (const resource of plans.included) if (canRead(resource.resourceType)) add(resource);

  const read = async (wanted: Map<string, string>): Promise<void> => {
    const reads = await Promise.all(
      [...wanted].map(async ([key, reference]) => ({ key, result: await readSafely(source, reference, readOptions) })),
    );
    for (const { key, result } of reads) {
      if (result.resource) add(result.resource);
      else
        failures.push(result.failure.resourceType ? result.failure : { ...result.failure, resourceType: typeOf(key) });
      // Asked once, whatever the answer.
      known.add(key);
    }
  };
  const wantedOf = (from: readonly Resource[], pick: (resource: Fields) => unknown[]): Map<string, string> => {
    const wanted = new Map<string, string>();
    for (const resource of from) {
      for (const reference of pick(element(resource) ?? {})) {
        const key = keyOfReference(reference);
        if (key === undefined || known.has(key) || wanted.has(key)) continue;
        const type = typeOf(key);
        if (!READABLE.has(type)) continue;
        if (!canRead(type)) {
          skipped.add(type);
          continue;
        }
        wanted.set(key, text(element(reference)?.reference));
      }
    }
    return wanted;
  };

  // Round one: what the plans name and no include brought.
  await read(wantedOf(resources, planReferences));

  // Round two: one search for the goals' measures, by patient and code.
  const goals = related.filter((resource) => resource.resourceType === 'Goal');
  const contained = resources.flatMap((plan) =>
    list(element(plan)?.contained).flatMap((item) => {
      const fields = element(item);
      return fields?.resourceType === 'Goal' ? [fields] : [];
    }),
  );
  const codes = [
    ...new Set(
      [
        ...goals.flatMap((goal): Fields[] => {
          const fields = element(goal);
          return fields ? [fields] : [];
        }),
        ...contained,
      ].flatMap((goal) =>
        list(goal.target).flatMap((target) =>
          codesOf(element(target)?.measure).map((coding) =>
            coding.system ? `${coding.system}|${coding.code}` : coding.code,
          ),
        ),
      ),
    ),
  ].slice(0, MAX_CODES);
  let refusedObservations = false;
  if (codes.length > 0) {
    if (canRead('Observation')) {
      const observations = await searchSafely(
        source,
        'Observation',
        { patient, code: codes.join(','), _count: LOADER_PAGE_SIZE },
        searchOptions,
      );
      observations.resources.forEach(add);
      refusedObservations = observations.failures.some((failure) => REFUSED.has(failure.kind));
      failures.push(...observations.failures);
      issues.push(...observations.issues);
      truncated ||= observations.truncated;
    } else skipped.add('Observation');
  }
  // Round three, only when needed: a goal's outcomes the search did not bring.
  // Not after a refused search: the reads would be refused as well, one request each.
  if (!refusedObservations) await read(wantedOf(goals, (goal) => [...list(goal.outcomeReference)]));

  return { resources, related, failures, skipped: [...skipped], truncated, issues };
}

function planReferences(plan: Fields): unknown[] {
  return [
    ...list(plan.goal),
    ...list(plan.careTeam),
    ...list(plan.addresses),
    ...list(plan.partOf),
    ...list(plan.basedOn),
    ...list(plan.activity).flatMap((activity) => {
      const fields = element(activity);
      return [fields?.reference, ...list(fields?.outcomeReference)];
    }),
  ];
}

function typeOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}
