// One builder per resource type: where its clinical date is and what its event says. Observations are
// put together in timeline.observations.ts; anything else with a recognisable date gets the generic one.
import type { Dosage } from 'fhir/r4.js';
import {
  formatDosageLines,
  formatReference,
  medicationPeriodOf,
  referenceKey,
  resourceNoun,
  untrusted,
} from '@samspill/core/data.js';
import { firstDate, periodDate, pointDate, type EventDate } from './timeline.dates.js';
import {
  codesOf,
  concept,
  firstConcept,
  type BuildContext,
  type EventType,
  type Fields,
  type RelatedReference,
  type TimelineMember,
} from './timeline.event.js';

const { element, list, text } = untrusted;

/** An event before the model adds its key, source and resources. */
export interface Draft {
  /** Added to the resource's key when one resource gives several events ("#end"). */
  readonly suffix?: string;
  readonly type: EventType;
  readonly category?: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly details?: readonly string[];
  readonly date: EventDate;
  readonly status?: string;
  readonly members?: readonly TimelineMember[];
  readonly related?: readonly RelatedReference[];
}

/** The event types each resource type gives; anything else falls back to `other` when it has a date. */
export const RESOURCE_EVENT_TYPES: Readonly<Record<string, EventType>> = {
  Encounter: 'encounter',
  Appointment: 'appointment',
  Condition: 'condition',
  Procedure: 'procedure',
  Observation: 'observation',
  DiagnosticReport: 'report',
  DocumentReference: 'document',
  Immunization: 'immunization',
  MedicationRequest: 'medication',
  MedicationStatement: 'medication',
  MedicationDispense: 'medication',
  MedicationAdministration: 'medication',
  CarePlan: 'care-plan',
  AllergyIntolerance: 'allergy',
};

/** Types that are no clinical event, whatever dates they carry: people, places, billing, bookkeeping. */
export const NOT_EVENTS: ReadonlySet<string> = new Set([
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'Organization',
  'Location',
  'HealthcareService',
  'Endpoint',
  'Group',
  'Device',
  'Medication',
  'Substance',
  'Binary',
  'Bundle',
  'OperationOutcome',
  'Claim',
  'ClaimResponse',
  'ExplanationOfBenefit',
  'Coverage',
  'Account',
  'Invoice',
  'Provenance',
  'AuditEvent',
  'Subscription',
  'CareTeam',
  'Goal',
  'Specimen',
]);

// Where the generic builder looks for a clinical date, in this order.
const GENERIC_DATES = [
  'effectiveDateTime',
  'effectivePeriod',
  'occurrenceDateTime',
  'occurrencePeriod',
  'performedDateTime',
  'performedPeriod',
  'whenHandedOver',
  'period',
  'started',
  'authoredOn',
  'authored',
  'onsetDateTime',
  'recordedDate',
  'date',
  'start',
  'created',
  'issued',
  'sent',
] as const;

// Encounter classes (v3 ActCode) by what they are on a timeline.
const ENCOUNTER_CLASSES: Readonly<Record<string, 'visit' | 'stay' | 'home' | 'virtual' | 'emergency'>> = {
  amb: 'visit',
  fld: 'visit',
  hh: 'home',
  vr: 'virtual',
  emer: 'emergency',
  imp: 'stay',
  acute: 'stay',
  nonac: 'stay',
  obsenc: 'stay',
  prenc: 'visit',
  ss: 'stay',
};

/** What a reference names: the resource at hand's name, else its display; empty when neither. */
export function namedReference(reference: unknown, context: BuildContext): string {
  const fields = element(reference);
  const target = text(fields?.reference);
  return context.names.get(referenceKey(reference) ?? '') || context.names.get(target) || text(fields?.display);
}

/** A reference as text, like {@link namedReference}, else core's words for what it points at. */
export function referenceText(reference: unknown, context: BuildContext): string {
  const fields = element(reference);
  return namedReference(reference, context) || (fields ? formatReference(fields, { locale: context.locale }) : '');
}

function options(context: BuildContext): { locale: BuildContext['locale']; timeZone: string; now: Date } {
  return { locale: context.locale, timeZone: context.timeZone, now: context.now };
}

function spanDate(start: unknown, end: unknown, context: BuildContext): EventDate | undefined {
  return periodDate({ start, end }, options(context));
}

/** What a resource refers to, each `Type/id` once, with its words (see {@link RelatedReference}). */
export function relatedTo(context: BuildContext, ...references: readonly unknown[]): RelatedReference[] {
  const found = new Map<string, RelatedReference>();
  for (const reference of references.flatMap((value) => list(value))) {
    const key = referenceKey(reference);
    if (key !== undefined && !found.has(key)) found.set(key, { key, text: referenceText(reference, context) });
  }
  return [...found.values()];
}

function reasons(resource: Fields, context: BuildContext): string[] {
  const reason = [...list(resource.reasonCode), ...list(resource.reasonReference)]
    .map((item) => concept(item, context.locale) || namedReference(item, context))
    .filter(Boolean);
  return reason.length > 0 ? [context.messages.reason(reason.join(', '))] : [];
}

/** The medicine a medication resource is about, by code, by reference (resolved if at hand) or contained. */
export function medicineOf(resource: Fields, context: BuildContext): string {
  const byCode = concept(resource.medicationCodeableConcept, context.locale);
  if (byCode) return byCode;
  const reference = element(resource.medicationReference);
  const target = text(reference?.reference);
  if (target.startsWith('#')) {
    const contained = list(resource.contained)
      .map(element)
      .find((item) => text(item?.id) === target.slice(1));
    const code = concept(contained?.code, context.locale);
    if (code) return code;
  }
  return referenceText(reference, context) || context.messages.unnamedMedicine;
}

function encounter(resource: Fields, context: BuildContext): Draft[] {
  const date = periodDate(resource.period, options(context));
  if (!date) return [];
  // Encounter.class is a Coding, not a CodeableConcept.
  const code = text(element(resource.class)?.code).toLowerCase();
  const kind = ENCOUNTER_CLASSES[code] ?? 'visit';
  const category = context.messages[kind];
  const title =
    firstConcept(resource.type, context.locale) || concept(resource.serviceType, context.locale) || category;
  const participants = list(resource.participant)
    .map((participant) => namedReference(element(participant)?.individual, context))
    .filter(Boolean);
  return [
    {
      type: 'encounter',
      category,
      title,
      subtitle: title === category ? '' : category,
      details: [...reasons(resource, context), ...(participants.length > 0 ? [participants.join(', ')] : [])],
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.partOf, resource.episodeOfCare, resource.basedOn),
    },
  ];
}

// HL7 Norway's zone plans express "when this zone applies" as a Condition with this severity system:
// a care plan's criterion, which the care plan shows, not something that happened to the patient.
const ZONE_SYSTEM = 'http://hl7.no/fhir/ig/planer-hacking/CodeSystem/planer-hacking-observation-severity-zone-cs';

/** Whether `resource` is a zone plan's criterion rather than something that happened. */
export function isZoneCriterion(resource: Fields): boolean {
  if (text(resource.resourceType) !== 'Condition') return false;
  return list(element(resource.severity)?.coding).some((coding) => text(element(coding)?.system) === ZONE_SYSTEM);
}

function condition(resource: Fields, context: BuildContext): Draft[] {
  const start = [resource.onsetDateTime, element(resource.onsetPeriod)?.start, resource.recordedDate].find(
    (value) => pointDate(value, options(context)) !== undefined,
  );
  const end = resource.abatementDateTime ?? element(resource.abatementPeriod)?.end;
  const date = start === undefined ? undefined : spanDate(start, end, context);
  if (!date) return [];
  return [
    {
      type: 'condition',
      category: firstConcept(resource.category, context.locale),
      title: concept(resource.code, context.locale) || context.messages.condition,
      subtitle: concept(resource.severity, context.locale),
      details: [concept(resource.bodySite, context.locale)].filter(Boolean),
      date,
      status: codesOf(resource.clinicalStatus)[0] ?? '',
      related: relatedTo(context, resource.encounter),
    },
  ];
}

function procedure(resource: Fields, context: BuildContext): Draft[] {
  const date = firstDate([resource.performedDateTime, resource.performedPeriod], options(context));
  if (!date) return [];
  const performers = list(resource.performer)
    .map((performer) => namedReference(element(performer)?.actor, context))
    .filter(Boolean);
  return [
    {
      type: 'procedure',
      category: concept(resource.category, context.locale),
      title: concept(resource.code, context.locale) || context.messages.procedure,
      subtitle: concept(resource.category, context.locale),
      details: [
        ...reasons(resource, context),
        ...(performers.length > 0 ? [context.messages.by([...new Set(performers)].join(', '))] : []),
      ],
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.encounter, resource.basedOn, resource.partOf),
    },
  ];
}

function documentReference(resource: Fields, context: BuildContext): Draft[] {
  const date = firstDate([element(resource.context)?.period, resource.date], options(context));
  if (!date) return [];
  const attachment = list(resource.content)
    .map((content) => text(element(element(content)?.attachment)?.title))
    .find(Boolean);
  const description = text(resource.description);
  const title = concept(resource.type, context.locale) || attachment || description || context.messages.document;
  return [
    {
      type: 'document',
      category: firstConcept(resource.category, context.locale),
      title,
      subtitle: firstConcept(resource.category, context.locale),
      details: [description, attachment ?? ''].filter((line) => line && line !== title),
      date,
      status: text(resource.docStatus) || text(resource.status),
      related: relatedTo(context, ...list(element(resource.context)?.encounter)),
    },
  ];
}

function immunization(resource: Fields, context: BuildContext): Draft[] {
  const date = pointDate(resource.occurrenceDateTime, options(context));
  if (!date) return [];
  const status = text(resource.status);
  return [
    {
      type: 'immunization',
      title: concept(resource.vaccineCode, context.locale) || context.messages.immunization,
      subtitle: text(resource.lotNumber),
      details: status === 'not-done' ? [context.messages.notDone] : [],
      date,
      status,
      related: relatedTo(context, resource.encounter),
    },
  ];
}

function medicationRequest(resource: Fields, context: BuildContext): Draft[] {
  // When it was written, else when it starts: Epic's drafts have only their bounds (core's one reading).
  const period = medicationPeriodOf(resource);
  const date = pointDate((period.recorded ?? period.start)?.value, options(context));
  if (!date) return [];
  const dosage = formatDosageLines(list(resource.dosageInstruction) as Dosage[], { locale: context.locale })[0] ?? '';
  return [
    {
      type: 'medication',
      title: context.messages.prescribed(medicineOf(resource, context)),
      subtitle: dosage,
      details: [...reasons(resource, context), namedReference(resource.requester, context)].filter(Boolean),
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.encounter, resource.basedOn, resource.medicationReference),
    },
  ];
}

function medicationStatement(resource: Fields, context: BuildContext): Draft[] {
  const medicine = medicineOf(resource, context);
  const dosage = formatDosageLines(list(resource.dosage) as Dosage[], { locale: context.locale })[0] ?? '';
  const base = {
    type: 'medication' as const,
    subtitle: dosage,
    details: reasons(resource, context),
    status: text(resource.status),
    related: relatedTo(context, resource.basedOn, resource.partOf, resource.medicationReference),
  };
  // PLL statements date themselves in SFM's extensions; core reads them for the list and here alike.
  const period = medicationPeriodOf(resource);
  const start = pointDate(period.start?.value, options(context));
  if (start && period.start?.field === 'effectiveDateTime')
    return [{ ...base, title: context.messages.used(medicine), date: start }];
  const end = pointDate(period.end?.value, options(context));
  const drafts: Draft[] = [];
  // Only the prescription date known: the event is the prescription, not a start.
  const startTitle =
    period.start?.field === 'sfm-reseptamendment.reseptdate' ? context.messages.prescribed : context.messages.started;
  if (start) drafts.push({ ...base, title: startTitle(medicine), date: start });
  if (end && (!start || end.start.getTime() >= start.start.getTime()))
    drafts.push({ ...base, suffix: '#end', title: context.messages.stopped(medicine), date: end });
  return drafts;
}

function carePlan(resource: Fields, context: BuildContext): Draft[] {
  const date = firstDate([resource.period, resource.created], options(context));
  if (!date) return [];
  const category = firstConcept(resource.category, context.locale);
  return [
    {
      type: 'care-plan',
      category,
      title: text(resource.title) || category || context.messages['care-plan'],
      subtitle: text(resource.title) ? category : '',
      details: [text(resource.description)].filter(Boolean),
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.basedOn, resource.partOf, resource.encounter),
    },
  ];
}

function allergy(resource: Fields, context: BuildContext): Draft[] {
  const date = firstDate([resource.onsetDateTime, resource.onsetPeriod, resource.recordedDate], options(context));
  if (!date) return [];
  const substance = concept(resource.code, context.locale) || context.messages.unnamed;
  const manifestations = list(resource.reaction).flatMap((reaction) =>
    list(element(reaction)?.manifestation)
      .map((item) => concept(item, context.locale))
      .filter(Boolean),
  );
  return [
    {
      type: 'allergy',
      title:
        text(resource.type) === 'intolerance'
          ? context.messages.intoleranceTo(substance)
          : context.messages.allergyTo(substance),
      details: manifestations.length > 0 ? [[...new Set(manifestations)].join(', ')] : [],
      date,
      status: codesOf(resource.clinicalStatus)[0] ?? '',
      related: relatedTo(context, resource.encounter),
    },
  ];
}

function appointment(resource: Fields, context: BuildContext): Draft[] {
  const date = spanDate(resource.start, resource.end, context);
  if (!date) return [];
  const title =
    text(resource.description) ||
    firstConcept(resource.serviceType, context.locale) ||
    concept(resource.appointmentType, context.locale) ||
    firstConcept(resource.specialty, context.locale) ||
    context.messages.appointment;
  const where = list(resource.participant)
    .map((participant) => element(element(participant)?.actor))
    .filter((actor) => /^(Location|HealthcareService|Organization)\//.test(referenceKey(actor) ?? ''))
    .map((actor) => namedReference(actor, context))
    .filter(Boolean);
  return [
    {
      type: 'appointment',
      title,
      subtitle: where.join(', '),
      details: [...reasons(resource, context), text(resource.comment)].filter(Boolean),
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.basedOn),
    },
  ];
}

function generic(resource: Fields, context: BuildContext): Draft[] {
  const date = firstDate(
    GENERIC_DATES.map((field) => resource[field]),
    options(context),
  );
  if (!date) return [];
  const type = text(resource.resourceType);
  // Core's noun for the type ("henvisninger"), when it has one; not its word for any data.
  const known = resourceNoun(type, context.locale);
  const noun = known === resourceNoun(undefined, context.locale) ? '' : known.charAt(0).toUpperCase() + known.slice(1);
  const medicine =
    resource.medicationCodeableConcept !== undefined || resource.medicationReference !== undefined
      ? medicineOf(resource, context)
      : '';
  const title =
    medicine ||
    concept(resource.code, context.locale) ||
    concept(resource.vaccineCode, context.locale) ||
    firstConcept(resource.type, context.locale) ||
    text(resource.title) ||
    text(resource.description) ||
    noun ||
    context.messages.other;
  return [
    {
      type: RESOURCE_EVENT_TYPES[type] ?? 'other',
      title,
      subtitle: title === noun ? '' : noun,
      date,
      status: text(resource.status),
      related: relatedTo(context, resource.encounter, resource.basedOn, resource.partOf),
    },
  ];
}

const BUILDERS: Readonly<Record<string, (resource: Fields, context: BuildContext) => Draft[]>> = {
  Encounter: encounter,
  Condition: condition,
  Procedure: procedure,
  DocumentReference: documentReference,
  Immunization: immunization,
  MedicationRequest: medicationRequest,
  MedicationStatement: medicationStatement,
  CarePlan: carePlan,
  AllergyIntolerance: allergy,
  Appointment: appointment,
};

/**
 * The events of one resource (not an Observation or a DiagnosticReport: see timeline.observations.ts).
 * Empty when it has no clinical date; `named` tells whether its type is one the timeline knows.
 */
export function eventsOf(resource: Fields, context: BuildContext): { drafts: Draft[]; named: boolean } {
  const type = text(resource.resourceType);
  if (isZoneCriterion(resource)) return { drafts: [], named: false };
  const builder = Object.hasOwn(BUILDERS, type) ? BUILDERS[type] : undefined;
  if (builder) return { drafts: builder(resource, context), named: true };
  if (NOT_EVENTS.has(type)) return { drafts: [], named: false };
  return { drafts: generic(resource, context), named: false };
}
