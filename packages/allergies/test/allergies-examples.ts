// Hand-written FHIR R4 allergies in the shapes research/real-world.md describes (Norwegian codes:
// ATC beside SNOMED CT; a recorder that is a PractitionerRole at a GP office; a hospital's record
// with a display-only recorder), for model and element tests and stories. No DOM, no Node.
import type { AllergyIntolerance, FhirResource, Organization, Practitioner, PractitionerRole } from 'fhir/r4.js';
import type { SourceFailure } from '@samspill/core/data.js';

const PATIENT = 'pasient-eksempel';
export const EXAMPLE_PATIENT = PATIENT;

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const SNOMED = 'http://snomed.info/sct';
const ATC = 'http://www.whocc.no/atc';

export const clinical = (code: string) => ({ coding: [{ system: CLINICAL, code }] });
export const verification = (code: string) => ({ coding: [{ system: VERIFICATION, code }] });

const gpOffice: Organization = { resourceType: 'Organization', id: 'fjordvik-legekontor', name: 'Fjordvik legekontor' };
const gp: Practitioner = {
  resourceType: 'Practitioner',
  id: 'lege-hansen',
  name: [{ family: 'Hansen', given: ['Kari'] }],
};
const gpRole: PractitionerRole = {
  resourceType: 'PractitionerRole',
  id: 'fastlege-hansen',
  practitioner: { reference: 'Practitioner/lege-hansen' },
  organization: { reference: 'Organization/fjordvik-legekontor' },
};

/** An allergy of the example patient, active and confirmed unless told. */
export function allergy(fields: Partial<AllergyIntolerance> & { id: string }): AllergyIntolerance {
  return {
    resourceType: 'AllergyIntolerance',
    clinicalStatus: clinical('active'),
    verificationStatus: verification('confirmed'),
    patient: { reference: `Patient/${PATIENT}` },
    ...fields,
  };
}

export const penicillin = allergy({
  id: 'penicillin',
  type: 'allergy',
  category: ['medication'],
  criticality: 'high',
  code: {
    text: 'Penicilliner',
    coding: [
      { system: ATC, code: 'J01C', display: 'Betalaktamantibakterielle midler, penicilliner' },
      { system: SNOMED, code: '764146007', display: 'Penicillin (substance)' },
    ],
  },
  onsetDateTime: '2019-03',
  recordedDate: '2019-03-14',
  recorder: { reference: 'PractitionerRole/fastlege-hansen' },
  reaction: [
    {
      manifestation: [{ coding: [{ system: SNOMED, code: '39579001', display: 'Anafylaktisk reaksjon' }] }],
      severity: 'severe',
      onset: '2019-03-12',
      exposureRoute: { text: 'Intravenøst' },
      description: 'Blodtrykksfall og tung pust etter første dose.',
    },
  ],
  note: [{ text: 'Bruk ikke betalaktamer uten avklaring med allergolog.' }],
});

export const peanut = allergy({
  id: 'peanott',
  type: 'allergy',
  category: ['food'],
  criticality: 'high',
  code: { text: 'Peanøtter', coding: [{ system: SNOMED, code: '762952008', display: 'Peanut (substance)' }] },
  recordedDate: '2024-06-02',
  recorder: { display: 'Lege Per Olsen' },
  reaction: [{ manifestation: [{ text: 'Hevelse i leppene' }], severity: 'moderate' }],
});

export const contrast = allergy({
  id: 'kontrast',
  verificationStatus: verification('unconfirmed'),
  type: 'allergy',
  category: ['medication'],
  criticality: 'low',
  code: { text: 'Jodholdig kontrastmiddel' },
  recordedDate: '2023-11-20T10:15:00+01:00',
  recorder: { display: 'Sykepleier Anne Berg' },
  asserter: { reference: `Patient/${PATIENT}` },
  reaction: [{ manifestation: [{ text: 'Elveblest' }], severity: 'mild' }],
});

export const lactose = allergy({
  id: 'laktose',
  type: 'intolerance',
  category: ['food'],
  criticality: 'unable-to-assess',
  code: { text: 'Laktose' },
  onsetDateTime: '2015',
  recordedDate: '2021-09-01',
  recorder: { reference: 'PractitionerRole/fastlege-hansen' },
});

export const birch = allergy({
  id: 'bjorkepollen',
  type: 'allergy',
  category: ['environment'],
  criticality: 'low',
  code: { text: 'Bjørkepollen' },
  recordedDate: '2022-04-10',
  recorder: { reference: 'PractitionerRole/fastlege-hansen' },
});

export const plaster = allergy({
  id: 'plaster',
  clinicalStatus: clinical('resolved'),
  type: 'intolerance',
  category: ['environment'],
  code: { text: 'Plaster (klebemiddel)' },
  recordedDate: '2018-01-05',
  recorder: { reference: 'PractitionerRole/fastlege-hansen' },
});

export const refuted = allergy({
  id: 'amoksicillin-avkreftet',
  verificationStatus: verification('refuted'),
  category: ['medication'],
  criticality: 'high',
  code: { text: 'Amoksicillin' },
  recordedDate: '2020-02-02',
});

export const enteredInError = allergy({
  id: 'ibuprofen-feil',
  verificationStatus: verification('entered-in-error'),
  category: ['medication'],
  code: { text: 'Ibuprofen' },
  recordedDate: '2020-02-02',
});

const people: FhirResource[] = [gpOffice, gp, gpRole];

/** Mixed criticalities, categories, an unconfirmed and a resolved one, and two left out. */
export function typicalPatient(): FhirResource[] {
  return [birch, lactose, plaster, contrast, peanut, penicillin, refuted, enteredInError, ...people];
}

/** The order the typical patient's current allergies are listed in. */
export const TYPICAL_ORDER = ['Penicilliner', 'Peanøtter', 'Jodholdig kontrastmiddel', 'Bjørkepollen', 'Laktose'];

/** A statement coded "No known allergy" (SNOMED CT 716186003), recorded by the GP. */
export const noKnownAllergy = allergy({
  id: 'nka',
  code: { coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy (situation)' }] },
  recordedDate: '2024-02-01',
  recorder: { reference: 'PractitionerRole/fastlege-hansen' },
});

export function noKnownPatient(): FhirResource[] {
  return [noKnownAllergy, ...people];
}

/** "No known drug allergy" beside a current penicillin allergy: the two disagree. */
export function contradictedPatient(): FhirResource[] {
  return [
    allergy({
      id: 'nkda',
      code: { coding: [{ system: SNOMED, code: '409137002', display: 'No known drug allergy (situation)' }] },
      recordedDate: '2016-05-01',
      recorder: { reference: 'PractitionerRole/fastlege-hansen' },
    }),
    penicillin,
    ...people,
  ];
}

/** Markup and script in every field a clinician reads: shown as text, never run. */
export const SCRIPT = '<img src=x onerror="window.__samPwned=(window.__samPwned||0)+1">';
export const HOSTILE = `<b>fet</b> ${SCRIPT} <script>window.__samPwned=1</script>`;

export function hostilePatient(): FhirResource[] {
  return [
    allergy({
      id: 'hostile',
      category: ['medication'],
      criticality: 'high',
      code: { text: HOSTILE, coding: [{ system: SNOMED, code: '1', display: HOSTILE }] },
      recordedDate: '2024-01-01',
      recorder: { display: HOSTILE },
      reaction: [{ manifestation: [{ text: HOSTILE }], description: HOSTILE, note: [{ text: HOSTILE }] }],
      note: [{ text: HOSTILE }],
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE}</div>` },
    }),
  ];
}

/**
 * What broken servers send: an allergy without a code (its narrative still says what), wrong types
 * everywhere, unknown codes, an unreadable date, and an entry that is not a resource at all.
 */
export function malformedPatient(): unknown[] {
  return [
    allergy({
      id: 'uten-kode',
      category: ['medication'],
      criticality: 'high',
      recordedDate: '2024-13-45',
      text: {
        status: 'generated',
        div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Allergi: <b>sulfa</b> &amp; trimetoprim</p></div>',
      },
    }),
    {
      resourceType: 'AllergyIntolerance',
      id: 'feil-typer',
      clinicalStatus: 'forever',
      verificationStatus: { coding: [{ system: VERIFICATION, code: 'maybe' }] },
      category: 'medication',
      criticality: 42,
      type: ['allergy'],
      code: { coding: 'Penicillin' },
      reaction: ['hives', { manifestation: 'itch', severity: 'extreme' }],
      recordedDate: 20240101,
      note: 'not a list',
      recorder: 'Dr. Who',
    },
    allergy({
      id: 'ukjent-kode',
      code: { coding: [{ system: 'urn:local', code: 'X-77' }] },
      criticality: 'medium' as never,
    }),
    'not a resource',
  ];
}

/** The AllergyIntolerance search failing: the server did not answer. */
export const UNAVAILABLE_ALLERGIES: SourceFailure = {
  kind: 'unavailable',
  resourceType: 'AllergyIntolerance',
  status: 503,
  message: 'Service Unavailable',
};

/** The AllergyIntolerance search refused by the server. */
export const REFUSED_ALLERGIES: SourceFailure = {
  kind: 'forbidden',
  resourceType: 'AllergyIntolerance',
  status: 403,
  message: 'Forbidden',
};

/** Reading who recorded them refused: the allergies show, their recorders do not. */
export const REFUSED_PEOPLE: SourceFailure = {
  kind: 'forbidden',
  resourceType: 'PractitionerRole',
  status: 403,
  message: 'Forbidden',
};
