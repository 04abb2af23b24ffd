// The data step of <sam-allergies>: one AllergyIntolerance search that `_include`s who recorded and
// who reported each record; then each reference still unresolved read once, and the people and
// organisations a PractitionerRole names. Core's PatientLoad asks only for what the source grants,
// and its outcomes say whether the allergies could be checked at all.
import type { Resource } from 'fhir/r4.js';
import {
  PatientLoad,
  untrusted,
  type FhirSource,
  type Include,
  type LoadedPatientData,
  type PatientLoadOptions,
} from '@samspill/core/data.js';

const { element } = untrusted;

const PEOPLE = ['Practitioner', 'PractitionerRole', 'Organization'];

/** What the AllergyIntolerance search `_include`s, with the types each brings. */
export const ALLERGY_INCLUDES: readonly Include[] = [
  ['AllergyIntolerance:recorder', PEOPLE],
  ['AllergyIntolerance:asserter', PEOPLE],
];

/** The types read by reference when no `_include` brought them. */
export const ALLERGY_READ_TYPES = ['Practitioner', 'PractitionerRole', 'Organization'] as const;

/**
 * Loads a patient's allergies and intolerances and who recorded them where. `patient` is the
 * Patient's id or a `Patient/id` reference. A source that rejects `_include` as unsupported is asked
 * again without it, and the references are read instead, each once. A search not granted is not
 * sent: its outcome says so, and the view says the allergies could not be checked.
 */
export async function loadAllergies(
  source: FhirSource,
  patient: string,
  options: PatientLoadOptions = {},
): Promise<LoadedPatientData> {
  const load = new PatientLoad(source, patient, options);
  const allergies = await load.search('AllergyIntolerance', { includes: ALLERGY_INCLUDES });
  // Two rounds: who each record names, then the people and places a PractitionerRole names.
  await load.readReferences(allergies.resources.flatMap(recordReferences), ALLERGY_READ_TYPES);
  await load.readReferences(load.related.flatMap(roleReferences), ALLERGY_READ_TYPES);
  return load.result();
}

function recordReferences(resource: Resource): unknown[] {
  const fields = element(resource);
  return fields ? [fields.recorder, fields.asserter] : [];
}

function roleReferences(resource: Resource): unknown[] {
  const fields = element(resource);
  return fields?.resourceType === 'PractitionerRole' ? [fields.practitioner, fields.organization] : [];
}
