// Hand-written FHIR R4 in the shapes of HL7 Norway no-basis / SFM (PLL statements with bruk and
// bruksområde), LMDI-like prescriptions and a Synthea-like US record, for element tests and stories.
import type {
  FhirResource,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Organization,
  Practitioner,
  PractitionerRole,
  Resource,
} from 'fhir/r4.js';
import type { SourceFailure } from '@samspill/core';
import { USE_EXTENSION, USE_SYSTEM } from '../src/index.js';

export const FEST = 'http://ehelse.no/fhir/CodeSystem/FEST';
export const ATC = 'http://www.whocc.no/atc';
export const HPR = 'urn:oid:2.16.578.1.12.4.1.4.4';
const APPLICATION_AREA = 'http://ehelse.no/fhir/StructureDefinition/sfm-application-area';
const PATIENT = 'pasient-eksempel';

const gp: Organization = {
  resourceType: 'Organization',
  id: 'fjordvik-legekontor',
  name: 'Fjordvik legekontor',
};
const hospital: Organization = {
  resourceType: 'Organization',
  id: 'st-olav',
  name: 'St. Olavs hospital HF',
};
const gpDoctor: Practitioner = {
  resourceType: 'Practitioner',
  id: 'lege-hansen',
  identifier: [{ system: HPR, value: '9144900' }],
  name: [{ family: 'Hansen', given: ['Kari'] }],
};
const hospitalDoctor: Practitioner = {
  resourceType: 'Practitioner',
  id: 'lege-berg',
  identifier: [{ system: HPR, value: '565501872' }],
  name: [{ family: 'Berg', given: ['Ola'] }],
};
const gpRole: PractitionerRole = {
  resourceType: 'PractitionerRole',
  id: 'rolle-hansen',
  practitioner: { reference: 'Practitioner/lege-hansen' },
  organization: { reference: 'Organization/fjordvik-legekontor' },
};
const hospitalRole: PractitionerRole = {
  resourceType: 'PractitionerRole',
  id: 'rolle-berg',
  practitioner: { reference: 'Practitioner/lege-berg' },
  organization: { reference: 'Organization/st-olav' },
};
const metforminMedication: Medication = {
  resourceType: 'Medication',
  id: 'metformin-500',
  code: {
    coding: [
      { system: FEST, code: 'ID_6C1E4A5B', display: 'Metformin Sandoz Tab 500 mg' },
      { system: ATC, code: 'A10BA02', display: 'Metformin' },
    ],
  },
  form: { text: 'Tablett' },
};

export const RELATED: Resource[] = [gp, hospital, gpDoctor, hospitalDoctor, gpRole, hospitalRole, metforminMedication];

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly atc: string;
  readonly use?: '1' | '2' | '3';
  readonly status?: MedicationStatement['status'];
  readonly start?: string;
  readonly end?: string;
  readonly dosage?: string;
  readonly route?: string;
  readonly area?: string;
  readonly patient?: string;
}

/** A PLL MedicationStatement (sfm-MedicationStatement-like) from the GP. */
export function pllStatement(entry: Entry, overrides: Partial<MedicationStatement> = {}): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id: entry.id,
    identifier: [{ type: { text: 'PLL-id' }, system: 'urn:oid:2.16.578.1.12.4.1.4.50', value: `pll-${entry.id}` }],
    status: entry.status ?? 'active',
    subject: { reference: `Patient/${entry.patient ?? PATIENT}` },
    medicationCodeableConcept: {
      coding: [
        { system: FEST, code: `ID_${entry.id.toUpperCase()}`, display: entry.name },
        { system: ATC, code: entry.atc },
      ],
    },
    effectivePeriod: { start: entry.start ?? '2024-03-01', ...(entry.end ? { end: entry.end } : {}) },
    informationSource: { reference: 'PractitionerRole/rolle-hansen' },
    dosage: [
      {
        sequence: 1,
        text: entry.dosage ?? '1 tablett 1 gang daglig',
        route: { text: entry.route ?? 'Oral bruk' },
      },
    ],
    extension: [
      ...(entry.use ? [{ url: USE_EXTENSION, valueCoding: { system: USE_SYSTEM, code: entry.use } }] : []),
      ...(entry.area ? [{ url: APPLICATION_AREA, valueString: entry.area }] : []),
    ],
    ...overrides,
  };
}

/** The same substance as the GP's metformin, prescribed at the hospital: a possible duplicate. */
const hospitalMetformin: MedicationRequest = {
  resourceType: 'MedicationRequest',
  id: 'resept-metformin-sykehus',
  status: 'active',
  intent: 'order',
  subject: { reference: `Patient/${PATIENT}` },
  medicationReference: { reference: 'Medication/metformin-500' },
  authoredOn: '2026-09-02',
  requester: { reference: 'PractitionerRole/rolle-berg' },
  dosageInstruction: [{ text: '2 tabletter morgen og kveld', route: { text: 'Oral bruk' } }],
  dispenseRequest: { validityPeriod: { start: '2026-09-02' } },
  extension: [{ url: USE_EXTENSION, valueCoding: { system: USE_SYSTEM, code: '1' } }],
};

/** A typical Norwegian patient: fast, kur and ved behov, one on hold, a duplicate, past medicines. */
export function typicalPatient(patient = PATIENT): FhirResource[] {
  return [
    pllStatement({
      id: 'metformin',
      name: 'Metformin Mylan Tab 500 mg',
      atc: 'A10BA02',
      use: '1',
      dosage: '1 tablett 2 ganger daglig',
      area: 'Diabetes type 2',
      patient,
    }),
    { ...hospitalMetformin, subject: { reference: `Patient/${patient}` } },
    pllStatement({
      id: 'ramipril',
      name: 'Ramipril Actavis Tab 5 mg',
      atc: 'C09AA05',
      use: '1',
      area: 'Høyt blodtrykk',
      patient,
    }),
    pllStatement({
      id: 'marevan',
      name: 'Marevan Tab 2,5 mg',
      atc: 'B01AA03',
      use: '1',
      status: 'on-hold',
      dosage: 'Etter INR',
      area: 'Blodpropp',
      patient,
    }),
    pllStatement({
      id: 'amoxicillin',
      name: 'Amoxicillin Mylan Kaps 500 mg',
      atc: 'J01CA04',
      use: '2',
      start: '2026-11-15',
      end: '2099-12-31',
      dosage: '1 kapsel 3 ganger daglig i 7 dager',
      area: 'Lungebetennelse',
      patient,
    }),
    pllStatement(
      {
        id: 'paracet',
        name: 'Paracet Tab 500 mg',
        atc: 'N02BE01',
        use: '3',
        dosage: '1–2 tabletter ved behov, høyst 8 per døgn',
        area: 'Smerter',
        patient,
      },
      // Bought over the counter and told by the patient: self-reported.
      { informationSource: { reference: `Patient/${patient}` } },
    ),
    pllStatement({
      id: 'simvastatin',
      name: 'Simvastatin Krka Tab 20 mg',
      atc: 'C10AA01',
      use: '1',
      status: 'stopped',
      start: '2019',
      end: '2023-05-12',
      area: 'Høyt kolesterol',
      patient,
    }),
    pllStatement({
      id: 'omeprazol',
      name: 'Omeprazol Mylan Kaps 20 mg',
      atc: 'A02BC01',
      status: 'completed',
      start: '2022-01-10',
      end: '2022-03-10',
      patient,
    }),
    ...RELATED,
  ] as FhirResource[];
}

/** The typical patient's fast medicines, in the model's default order (by name within the group). */
export const TYPICAL_CURRENT = [
  'Marevan Tab 2,5 mg',
  'Metformin Mylan Tab 500 mg',
  'Metformin Sandoz Tab 500 mg',
  'Ramipril Actavis Tab 5 mg',
];

export const HOSTILE = '<img src=x onerror="window.__samPwned=1">';
export const SCRIPT = '<script>window.__samPwned=2</script>';

/** Markup in every text field a row shows. */
export function hostilePatient(): FhirResource[] {
  return [
    {
      resourceType: 'Organization',
      id: 'evil-org',
      name: `${HOSTILE} legekontor`,
    },
    {
      resourceType: 'Practitioner',
      id: 'evil-doc',
      identifier: [{ system: HPR, value: HOSTILE }],
      name: [{ text: `${SCRIPT} Lege` }],
    },
    {
      resourceType: 'PractitionerRole',
      id: 'evil-role',
      practitioner: { reference: 'Practitioner/evil-doc' },
      organization: { reference: 'Organization/evil-org' },
    },
    pllStatement(
      {
        id: 'evil',
        name: `${HOSTILE} Tab 5 mg`,
        atc: 'N02BE01',
        use: '1',
        dosage: `${SCRIPT} 1 tablett`,
        route: `<b onmouseover=alert(1)>oral</b>`,
        area: `<svg onload=alert(1)>${'x'.repeat(120)}`,
      },
      {
        informationSource: { reference: 'PractitionerRole/evil-role' },
        statusReason: [{ text: `<iframe src="javascript:alert(1)">` }],
      },
    ),
    pllStatement(
      { id: 'evil2', name: `"><img src=x onerror=alert(2)>`, atc: 'N02BE01', status: 'stopped', end: '2020-01-01' },
      { informationSource: { display: `<a href="javascript:alert(3)">kilde</a>` } },
    ),
  ] as FhirResource[];
}

/** Broken entries among good ones: each broken one is a row with a notice, the others render. */
export function malformedPatient(): unknown[] {
  return [
    pllStatement({ id: 'good', name: 'Ramipril Actavis Tab 5 mg', atc: 'C09AA05', use: '1' }),
    // No medication at all.
    { resourceType: 'MedicationStatement', id: 'no-medicine', status: 'active', subject: { reference: 'Patient/x' } },
    // Wrong types everywhere.
    {
      resourceType: 'MedicationStatement',
      id: 'wrong-types',
      status: 42,
      medicationCodeableConcept: 'Paracet',
      dosage: 'three times a day',
      effectivePeriod: { start: 'yesterday' },
    },
    // Not a resource.
    'just a string',
  ];
}

/** A Synthea-like US record: RxNorm codes, MedicationRequest only, conditional requester references. */
export function syntheaLikePatient(): FhirResource[] {
  const rx = (id: string, display: string, status: MedicationRequest['status'], authoredOn: string) =>
    ({
      resourceType: 'MedicationRequest',
      id,
      status,
      intent: 'order',
      subject: { reference: 'urn:uuid:5cbc121b-cd71-4428-b8b7-31e53eba8184' },
      medicationCodeableConcept: {
        coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: id, display }],
        text: display,
      },
      authoredOn,
      requester: {
        reference: 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999967297',
        display: 'Dr. Jaime Lockman',
      },
      dosageInstruction: [
        {
          sequence: 1,
          timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
          asNeededBoolean: false,
          doseAndRate: [{ doseQuantity: { value: 1 } }],
        },
      ],
    }) as MedicationRequest;
  return [
    rx('314076', 'lisinopril 10 MG Oral Tablet', 'active', '2019-03-14T10:20:31-04:00'),
    rx('860975', '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet', 'active', '2018-11-02'),
    rx('308136', 'amLODIPine 2.5 MG Oral Tablet', 'stopped', '2015-06-01'),
    rx('313782', 'Acetaminophen 325 MG Oral Tablet', 'completed', '2012-01-20'),
  ];
}

// The loading and failing sources live in core, for every component's stories and tests.
export { failingSource, pendingSource } from '@samspill/core/testing.js';

export const REFUSED_STATEMENTS: SourceFailure = {
  kind: 'forbidden',
  resourceType: 'MedicationStatement',
  status: 403,
  message: 'Forbidden',
  origin: { label: 'Fjordvik legekontor' },
};

export const EXAMPLE_PATIENT = PATIENT;
