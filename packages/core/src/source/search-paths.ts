// Which elements each search parameter reads, per resource type: the FHIR R4 definitions of the
// parameters Samspill's components use, in one table. A parameter missing here is unsupported, never
// ignored. Paths are dotted element names; arrays along the way are searched element by element, and
// choice elements ([x]) list the concrete names that carry a date, a code or a reference.

export type SearchParamKind = 'token' | 'reference' | 'date';

export interface SearchParamDefinition {
  readonly kind: SearchParamKind;
  readonly paths: readonly string[];
  /** For reference parameters that only point at one type (`patient` reads `subject` when it is a Patient). */
  readonly target?: string;
}

type Definitions = Readonly<Record<string, SearchParamDefinition>>;

const token = (...paths: string[]): SearchParamDefinition => ({ kind: 'token', paths });
const date = (...paths: string[]): SearchParamDefinition => ({ kind: 'date', paths });
const reference = (...paths: string[]): SearchParamDefinition => ({ kind: 'reference', paths });
const referenceTo = (target: string, ...paths: string[]): SearchParamDefinition => ({
  kind: 'reference',
  paths,
  target,
});
const choice = (name: string, ...types: string[]): string[] => types.map((type) => name + type);

const EFFECTIVE = choice('effective', 'DateTime', 'Period', 'Instant');
const SUBJECT: Definitions = { subject: reference('subject'), patient: referenceTo('Patient', 'subject') };
const MEDICATION: Definitions = {
  code: token('medicationCodeableConcept'),
  medication: reference('medicationReference'),
};

const COMMON: Definitions = { _id: token('id'), _lastUpdated: date('meta.lastUpdated') };

const BY_TYPE: Readonly<Record<string, Definitions>> = {
  AllergyIntolerance: {
    patient: reference('patient'),
    'clinical-status': token('clinicalStatus'),
    'verification-status': token('verificationStatus'),
    category: token('category'),
    code: token('code', 'reaction.substance'),
    criticality: token('criticality'),
    type: token('type'),
    date: date('recordedDate'),
    'last-date': date('lastOccurrence'),
    recorder: reference('recorder'),
    asserter: reference('asserter'),
  },
  Appointment: {
    patient: referenceTo('Patient', 'participant.actor'),
    practitioner: referenceTo('Practitioner', 'participant.actor'),
    location: referenceTo('Location', 'participant.actor'),
    actor: reference('participant.actor'),
    status: token('status'),
    date: date('start'),
    'service-type': token('serviceType'),
    'appointment-type': token('appointmentType'),
    'based-on': reference('basedOn'),
  },
  CarePlan: {
    ...SUBJECT,
    status: token('status'),
    intent: token('intent'),
    category: token('category'),
    date: date('period'),
    goal: reference('goal'),
    'care-team': reference('careTeam'),
    condition: reference('addresses'),
    'based-on': reference('basedOn'),
    'part-of': reference('partOf'),
    encounter: reference('encounter'),
    performer: reference('activity.detail.performer'),
    'activity-reference': reference('activity.reference'),
  },
  CareTeam: {
    ...SUBJECT,
    status: token('status'),
    category: token('category'),
    date: date('period'),
    participant: reference('participant.member'),
    encounter: reference('encounter'),
  },
  Condition: {
    ...SUBJECT,
    'clinical-status': token('clinicalStatus'),
    'verification-status': token('verificationStatus'),
    category: token('category'),
    code: token('code'),
    severity: token('severity'),
    'onset-date': date(...choice('onset', 'DateTime', 'Period')),
    'abatement-date': date(...choice('abatement', 'DateTime', 'Period')),
    'recorded-date': date('recordedDate'),
    encounter: reference('encounter'),
    asserter: reference('asserter'),
  },
  Coverage: {
    patient: reference('beneficiary'),
    beneficiary: reference('beneficiary'),
    subscriber: reference('subscriber'),
    payor: reference('payor'),
    status: token('status'),
    type: token('type'),
  },
  DiagnosticReport: {
    ...SUBJECT,
    status: token('status'),
    category: token('category'),
    code: token('code'),
    date: date(...EFFECTIVE),
    issued: date('issued'),
    encounter: reference('encounter'),
    performer: reference('performer'),
    result: reference('result'),
    'based-on': reference('basedOn'),
  },
  DocumentReference: {
    ...SUBJECT,
    status: token('status'),
    category: token('category'),
    type: token('type'),
    date: date('date'),
    period: date('context.period'),
    encounter: reference('context.encounter'),
    author: reference('author'),
    custodian: reference('custodian'),
    relatesto: reference('relatesTo.target'),
  },
  Encounter: {
    ...SUBJECT,
    status: token('status'),
    class: token('class'),
    type: token('type'),
    date: date('period'),
    participant: reference('participant.individual'),
    practitioner: referenceTo('Practitioner', 'participant.individual'),
    'service-provider': reference('serviceProvider'),
    'episode-of-care': reference('episodeOfCare'),
    'based-on': reference('basedOn'),
    'part-of': reference('partOf'),
    location: reference('location.location'),
    'reason-code': token('reasonCode'),
  },
  EpisodeOfCare: {
    patient: reference('patient'),
    status: token('status'),
    type: token('type'),
    date: date('period'),
    organization: reference('managingOrganization'),
    'care-manager': reference('careManager'),
  },
  Goal: {
    ...SUBJECT,
    'lifecycle-status': token('lifecycleStatus'),
    'achievement-status': token('achievementStatus'),
    category: token('category'),
    'start-date': date('startDate'),
    'target-date': date('target.dueDate'),
  },
  Immunization: {
    patient: reference('patient'),
    status: token('status'),
    'vaccine-code': token('vaccineCode'),
    date: date('occurrenceDateTime'),
    performer: reference('performer.actor'),
    location: reference('location'),
  },
  List: {
    ...SUBJECT,
    status: token('status'),
    code: token('code'),
    date: date('date'),
    encounter: reference('encounter'),
    item: reference('entry.item'),
    source: reference('source'),
  },
  Medication: {
    code: token('code'),
    status: token('status'),
    form: token('form'),
    'ingredient-code': token('ingredient.itemCodeableConcept'),
  },
  MedicationAdministration: {
    ...SUBJECT,
    ...MEDICATION,
    status: token('status'),
    'effective-time': date(...EFFECTIVE),
    request: reference('request'),
    context: reference('context'),
    performer: reference('performer.actor'),
  },
  MedicationDispense: {
    ...SUBJECT,
    ...MEDICATION,
    status: token('status'),
    whenhandedover: date('whenHandedOver'),
    whenprepared: date('whenPrepared'),
    prescription: reference('authorizingPrescription'),
    performer: reference('performer.actor'),
    receiver: reference('receiver'),
    context: reference('context'),
  },
  MedicationRequest: {
    ...SUBJECT,
    ...MEDICATION,
    status: token('status'),
    intent: token('intent'),
    category: token('category'),
    priority: token('priority'),
    authoredon: date('authoredOn'),
    // R4's `date` is when a dose is due (the dosage timing), not when the request was written.
    date: date('dosageInstruction.timing.event'),
    requester: reference('requester'),
    encounter: reference('encounter'),
    'intended-performer': reference('performer'),
  },
  MedicationStatement: {
    ...SUBJECT,
    ...MEDICATION,
    status: token('status'),
    category: token('category'),
    effective: date(...EFFECTIVE),
    context: reference('context'),
    source: reference('informationSource'),
    'part-of': reference('partOf'),
  },
  Observation: {
    ...SUBJECT,
    status: token('status'),
    category: token('category'),
    code: token('code'),
    'combo-code': token('code', 'component.code'),
    'component-code': token('component.code'),
    'value-concept': token('valueCodeableConcept'),
    date: date(...EFFECTIVE),
    encounter: reference('encounter'),
    performer: reference('performer'),
    'based-on': reference('basedOn'),
    'part-of': reference('partOf'),
    'has-member': reference('hasMember'),
    'derived-from': reference('derivedFrom'),
    focus: reference('focus'),
  },
  Procedure: {
    ...SUBJECT,
    status: token('status'),
    category: token('category'),
    code: token('code'),
    date: date(...choice('performed', 'DateTime', 'Period')),
    encounter: reference('encounter'),
    performer: reference('performer.actor'),
    'based-on': reference('basedOn'),
    'part-of': reference('partOf'),
    'reason-reference': reference('reasonReference'),
    location: reference('location'),
  },
  Provenance: {
    target: reference('target'),
    patient: referenceTo('Patient', 'target'),
    agent: reference('agent.who'),
    entity: reference('entity.what'),
    recorded: date('recorded'),
    when: date(...choice('occurred', 'DateTime', 'Period')),
    location: reference('location'),
  },
  ServiceRequest: {
    ...SUBJECT,
    status: token('status'),
    intent: token('intent'),
    category: token('category'),
    code: token('code'),
    authored: date('authoredOn'),
    occurrence: date(...choice('occurrence', 'DateTime', 'Period')),
    requester: reference('requester'),
    performer: reference('performer'),
    encounter: reference('encounter'),
    'based-on': reference('basedOn'),
  },
  Task: {
    subject: reference('for'),
    patient: referenceTo('Patient', 'for'),
    status: token('status'),
    intent: token('intent'),
    code: token('code'),
    focus: reference('focus'),
    owner: reference('owner'),
    requester: reference('requester'),
    encounter: reference('encounter'),
    'based-on': reference('basedOn'),
    'part-of': reference('partOf'),
    'authored-on': date('authoredOn'),
    modified: date('lastModified'),
    period: date('executionPeriod'),
  },
};

// Maps, not the object literals, so that a parameter called `constructor` finds nothing.
const COMMON_PARAMS = new Map(Object.entries(COMMON));
const PARAMS = new Map(Object.entries(BY_TYPE).map(([type, params]) => [type, new Map(Object.entries(params))]));

/** The definition of `name` for `resourceType`, or `undefined` when the parameter is not supported. */
export function searchParam(resourceType: string, name: string): SearchParamDefinition | undefined {
  return PARAMS.get(resourceType)?.get(name) ?? COMMON_PARAMS.get(name);
}

/** Every search parameter a type supports, with its kind: what a server's CapabilityStatement may promise. */
export function searchParameters(resourceType: string): { readonly name: string; readonly kind: SearchParamKind }[] {
  const params = new Map([...COMMON_PARAMS, ...(PARAMS.get(resourceType) ?? [])]);
  return [...params].map(([name, param]) => ({ name, kind: param.kind }));
}

/** Every reference parameter of a type, for `_include=*`. */
export function referenceParams(resourceType: string): SearchParamDefinition[] {
  return [...(PARAMS.get(resourceType)?.values() ?? [])].filter((param) => param.kind === 'reference');
}

/** The values at `paths` in a resource, arrays flattened; empty when an element is absent. */
export function valuesAt(resource: unknown, paths: readonly string[]): unknown[] {
  return paths.flatMap((path) => walk(resource, path.split('.')));
}

function walk(value: unknown, steps: readonly string[]): unknown[] {
  if (Array.isArray(value)) return (value as unknown[]).flatMap((item) => walk(item, steps));
  if (value === undefined || value === null) return [];
  const [step, ...rest] = steps;
  if (step === undefined) return [value];
  if (typeof value !== 'object' || !Object.hasOwn(value, step)) return [];
  return walk((value as Record<string, unknown>)[step], rest);
}
