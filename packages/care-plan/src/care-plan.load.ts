// The data step of <sam-care-plan>: one CarePlan search that `_include`s the goals, care teams,
// conditions and referenced activities; then each reference still unresolved (an activity's outcome
// Encounter, a parent plan) read once; then one Observation search for the goals' measures. A
// typical plan takes three requests. Core's PatientLoad asks only for what the source grants.
import type { Resource } from 'fhir/r4.js';
import {
  PatientLoad,
  untrusted,
  type FhirSource,
  type Include,
  type LoadedPatientData,
  type PatientLoadOptions,
} from '@samspill/core/data.js';
import { codesOf, list, type Fields } from './care-plan.reader.js';

const { element } = untrusted;

/** What the CarePlan search `_include`s, with the types each brings. */
export const CARE_PLAN_INCLUDES: readonly Include[] = [
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

// Codes per Observation search: a long URL is refused by some servers.
const MAX_CODES = 40;
const REFUSED = new Set(['forbidden', 'unauthorized']);

/**
 * Loads a patient's care plans and what they refer to. `patient` is the Patient's id or a
 * `Patient/id` reference. A source that rejects `_include` as unsupported is asked again without
 * it, and the references are read instead, each once. A refused Goal or Observation leaves the plans.
 */
export async function loadCarePlans(
  source: FhirSource,
  patient: string,
  options: PatientLoadOptions = {},
): Promise<LoadedPatientData> {
  const load = new PatientLoad(source, patient, options);
  const plans = await load.search('CarePlan', { includes: CARE_PLAN_INCLUDES });
  // Round one: what the plans name and no include brought.
  await load.readReferences(plans.resources.flatMap(planReferences), CARE_PLAN_READ_TYPES);

  // Round two: one search for the goals' measures, by patient and code.
  const goals = load.related.filter((resource) => resource.resourceType === 'Goal');
  const contained = plans.resources.flatMap((plan) =>
    list(element(plan)?.contained).filter((item) => element(item)?.resourceType === 'Goal'),
  );
  const codes = [...new Set([...goals, ...contained].flatMap(measureCodes))].slice(0, MAX_CODES);
  if (codes.length === 0) return load.result();
  const observations = await load.search('Observation', { params: { code: codes.join(',') }, related: true });
  // Round three, only when needed: a goal's outcomes the search did not bring. Not after a refused
  // or ungranted search: the reads would be refused as well, one request each.
  const refused =
    observations.outcome.status === 'not-granted' ||
    observations.outcome.failures.some((failure) => REFUSED.has(failure.kind));
  if (!refused) {
    await load.readReferences(
      goals.flatMap((goal) => [...list(element(goal)?.outcomeReference)]),
      CARE_PLAN_READ_TYPES,
    );
  }
  return load.result();
}

function planReferences(plan: Resource): unknown[] {
  const fields: Fields = element(plan) ?? {};
  return [
    ...list(fields.goal),
    ...list(fields.careTeam),
    ...list(fields.addresses),
    ...list(fields.partOf),
    ...list(fields.basedOn),
    ...list(fields.activity).flatMap((activity) => {
      const activityFields = element(activity);
      return [activityFields?.reference, ...list(activityFields?.outcomeReference)];
    }),
  ];
}

/** A goal's target measures as `system|code` (or a bare code), the Observation search's codes. */
function measureCodes(goal: unknown): string[] {
  return list(element(goal)?.target).flatMap((target) =>
    codesOf(element(target)?.measure).map((coding) =>
      coding.system ? `${coding.system}|${coding.code}` : coding.code,
    ),
  );
}
