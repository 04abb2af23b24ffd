// The data step of <sam-medication-list>: three searches at once, each with `_include` of what the
// rows name; then each reference still unresolved is read once, never once per row, through core's
// PatientLoad (which asks only for what the source grants and keeps failures next to what loaded).
import type { Resource } from 'fhir/r4.js';
import { PatientLoad, untrusted } from '@samspill/core/data.js';
import type { FhirSource, Include, LoadedPatientData, PatientLoadOptions } from '@samspill/core/data.js';
import { MEDICATION_RESOURCE_TYPES, type MedicationResourceType } from './medication-row.js';

const { element, list } = untrusted;

const PEOPLE = ['Practitioner', 'PractitionerRole', 'Organization'];

/** What each search `_include`s: the medicine, and who or where the entry comes from. */
export const MEDICATION_INCLUDES: Readonly<Record<MedicationResourceType, readonly Include[]>> = {
  MedicationRequest: [
    ['MedicationRequest:medication', ['Medication']],
    ['MedicationRequest:requester', PEOPLE],
  ],
  MedicationStatement: [
    ['MedicationStatement:medication', ['Medication']],
    ['MedicationStatement:source', PEOPLE],
  ],
  MedicationDispense: [
    ['MedicationDispense:medication', ['Medication']],
    ['MedicationDispense:performer', PEOPLE],
  ],
};

/** The types read by reference when no `_include` brought them. */
export const MEDICATION_READ_TYPES = ['Medication', 'Practitioner', 'PractitionerRole', 'Organization'] as const;

/**
 * Loads a patient's medication entries and what they refer to. `patient` is the Patient's id or a
 * `Patient/id` reference. A refused or failed search leaves the others' entries; a source that
 * rejects `_include` as unsupported is asked again without it, and the references are read instead.
 */
export async function loadMedications(
  source: FhirSource,
  patient: string,
  options: PatientLoadOptions = {},
): Promise<LoadedPatientData> {
  const load = new PatientLoad(source, patient, options);
  const searches = await Promise.all(
    MEDICATION_RESOURCE_TYPES.map((type) => load.search(type, { includes: MEDICATION_INCLUDES[type] })),
  );
  // Two rounds: what the entries name, then the people and places a PractitionerRole names.
  await load.readReferences(
    searches.flatMap(({ resources }) => resources.flatMap(entryReferences)),
    MEDICATION_READ_TYPES,
  );
  await load.readReferences(load.related.flatMap(roleReferences), MEDICATION_READ_TYPES);
  return load.result();
}

function entryReferences(resource: Resource): unknown[] {
  const fields = element(resource);
  if (!fields) return [];
  return [
    fields.medicationReference,
    fields.requester,
    fields.informationSource,
    ...list(fields.performer).map((performer) => element(performer)?.actor),
  ];
}

function roleReferences(resource: Resource): unknown[] {
  const fields = element(resource);
  return fields?.resourceType === 'PractitionerRole' ? [fields.practitioner, fields.organization] : [];
}
