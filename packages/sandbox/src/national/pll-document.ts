// The patient's national medication list (PLL) as SFM hands it out (research/real-world.md §1): a
// document Bundle of a Composition, the Patient, the GP's Organization, Medications with FEST and ATC
// codes, and MedicationStatements whose bruk, kortdosering, bruksområde, prescription and prescriber sit
// in SFM's extensions rather than in `effective[x]` or `dosage.text`. Adapted from
// @samspill/fixtures' real-world/sfm document (four of its five rows, the same shapes), built here so
// the published sandbox needs no fixture files, with the token's patient swapped in.
import { createHash } from 'node:crypto';
import type {
  Bundle,
  Composition,
  Extension,
  Medication,
  MedicationStatement,
  Organization,
  Patient,
} from 'fhir/r4.js';

const SFM = 'http://ehelse.no/fhir/StructureDefinition';
const PRESCRIBER = 'Lege Legesen, HPR: 1234567, Fjordvik legekontor, HER: 12345';

interface PllRow {
  readonly id: string;
  readonly uuid: string;
  readonly medication: Medication;
  readonly started: string;
  readonly prescribed: string;
  /** bruk (OID 9101): 1 fast, 2 kur, 3 ved behov. */
  readonly use: readonly [string, string];
  /** kortdosering (OID 9088). */
  readonly shortDosage?: readonly [string, string];
  readonly dosageText?: string;
  readonly area: string;
  readonly asNeeded?: boolean;
  readonly discontinued?: { readonly at: string; readonly reason: readonly [string, string]; readonly note: string };
}

function medication(id: string, fest: string, name: string, atc: string, substance: string, form: string): Medication {
  return {
    resourceType: 'Medication',
    id,
    code: {
      coding: [
        { system: 'http://ehelse.no/fhir/CodeSystem/FEST', code: fest, display: name },
        { system: 'http://www.whocc.no/atc', code: atc, display: substance },
      ],
      text: name,
    },
    form: { coding: [{ display: form }] },
  };
}

const ROWS: readonly PllRow[] = [
  {
    id: 'pll-selo-zok',
    uuid: '9b1e7c4a-0d2f-4a51-8f1e-684600769476',
    medication: medication(
      'selo-zok',
      'ID_5A1E2E3B-0000-4C10-9A10-000000000001',
      'Selo-Zok Depottab 50 mg',
      'C07AB02',
      'Metoprolol',
      'Depottablett',
    ),
    started: '2025-11-05',
    prescribed: '2025-11-03T10:15:00+01:00',
    use: ['1', 'Fast'],
    shortDosage: ['11', '1 tablett morgen'],
    area: 'Mot høyt blodtrykk',
  },
  {
    id: 'pll-imacillin',
    uuid: '9b1e7c4a-0d2f-4a51-8f1e-840225312775',
    medication: medication(
      'imacillin',
      'ID_5A1E2E3B-0000-4C10-9A10-000000000002',
      'Imacillin Kaps 500 mg',
      'J01CA04',
      'Amoksicillin',
      'Kapsel, hard',
    ),
    started: '2025-11-20',
    prescribed: '2025-11-20T14:02:00+01:00',
    use: ['2', 'Kur'],
    dosageText: '1 kapsel 3 ganger daglig i 7 dager',
    area: 'Mot lungebetennelse',
  },
  {
    id: 'pll-paracet',
    uuid: '9b1e7c4a-0d2f-4a51-8f1e-975412343198',
    medication: medication(
      'paracet',
      'ID_5A1E2E3B-0000-4C10-9A10-000000000003',
      'Paracet Tab 500 mg',
      'N02BE01',
      'Paracetamol',
      'Tablett',
    ),
    started: '2024-02-12',
    prescribed: '2025-09-01T08:40:00+02:00',
    use: ['3', 'Ved behov'],
    shortDosage: ['45', '1-2 tabletter inntil 4 ganger daglig ved behov'],
    area: 'Mot smerter',
    asNeeded: true,
  },
  {
    id: 'pll-ibux',
    uuid: '9b1e7c4a-0d2f-4a51-8f1e-665565322366',
    medication: medication(
      'ibux',
      'ID_5A1E2E3B-0000-4C10-9A10-000000000005',
      'Ibux Tab 400 mg',
      'M01AE01',
      'Ibuprofen',
      'Tablett',
    ),
    started: '2025-08-15',
    prescribed: '2025-08-14T09:00:00+02:00',
    use: ['3', 'Ved behov'],
    shortDosage: ['44', '1 tablett inntil 3 ganger daglig ved behov'],
    area: 'Mot smerter',
    discontinued: { at: '2025-10-01T10:00:00+02:00', reason: ['B', 'Bivirkning'], note: 'Magesmerter' },
  },
];

const GP: Organization = {
  resourceType: 'Organization',
  id: 'fjordvik-legekontor',
  identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.2', value: '12345' }],
  name: 'Fjordvik legekontor',
};

/** One registration (sfm-regInfo): who did what to the row, and when. */
function registration(type: readonly [string, string], timestamp: string): Extension {
  return {
    url: `${SFM}/sfm-regInfo`,
    extension: [
      {
        url: 'status',
        valueCodeableConcept: {
          coding: [
            {
              system: 'http://ehelse.no/fhir/CodeSystem/sfm-medicationstatement-registration-status',
              code: '3',
              display: 'Godkjent',
            },
          ],
        },
      },
      { url: 'type', valueCodeableConcept: { coding: [{ code: type[0], display: type[1] }] } },
      { url: 'provider', valueReference: { display: PRESCRIBER } },
      { url: 'timestamp', valueDateTime: timestamp },
    ],
  };
}

/** The e-prescription (sfm-reseptamendment): issued the day it was prescribed, valid a year. */
function prescription(prescribed: string): Extension {
  const day = prescribed.slice(0, 10);
  const expires = `${String(Number(day.slice(0, 4)) + 1)}${day.slice(4)}`;
  return {
    url: `${SFM}/sfm-reseptamendment`,
    extension: [
      { url: 'reseptdate', valueDate: day },
      { url: 'expirationdate', valueDate: expires },
      { url: 'itemgroup', valueCoding: { code: 'L', display: 'Legemiddel' } },
      { url: 'reit', valueString: '3' },
      { url: 'typeresept', valueCodeableConcept: { coding: [{ code: 'E', display: 'Eresept' }] } },
      { url: 'numberofpackages', valueDecimal: 1 },
    ],
  };
}

function statement(row: PllRow, patient: string): MedicationStatement {
  const stopped = row.discontinued;
  const dosageExtensions: Extension[] = [
    {
      url: `${SFM}/sfm-use`,
      valueCodeableConcept: {
        coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.9101', code: row.use[0], display: row.use[1] }],
      },
    },
    ...(row.shortDosage === undefined
      ? []
      : [
          {
            url: `${SFM}/sfm-shortdosage`,
            valueCodeableConcept: {
              coding: [
                { system: 'urn:oid:2.16.578.1.12.4.1.1.9088', code: row.shortDosage[0], display: row.shortDosage[1] },
              ],
            },
          },
        ]),
    { url: `${SFM}/sfm-application-area`, extension: [{ url: 'text', valueString: row.area }] },
  ];
  return {
    resourceType: 'MedicationStatement',
    id: row.id,
    meta: { profile: [`${SFM}/sfm-MedicationStatement`] },
    extension: [
      { url: 'effectiveDateTime', valueDate: row.started },
      prescription(row.prescribed),
      registration(['1', 'Forskrevet av'], row.prescribed),
      ...(stopped === undefined
        ? []
        : [
            registration(['4', 'Seponert av'], stopped.at),
            {
              url: `${SFM}/sfm-discontinuation`,
              extension: [
                { url: 'timedate', valueDateTime: stopped.at },
                {
                  url: 'reason',
                  valueCodeableConcept: {
                    coding: [
                      {
                        system: 'urn:oid:2.16.578.1.12.4.1.1.7494',
                        code: stopped.reason[0],
                        display: stopped.reason[1],
                      },
                    ],
                  },
                },
                { url: 'note', valueString: stopped.note },
              ],
            },
          ]),
    ],
    identifier: [{ use: 'usual', type: { text: 'PLL' }, system: 'urn:ietf:rfc:4122', value: `urn:uuid:${row.uuid}` }],
    status: 'active',
    medicationReference: { reference: `Medication/${row.medication.id ?? ''}` },
    subject: { reference: `Patient/${patient}` },
    dosage: [
      {
        ...(row.dosageText !== undefined && { text: row.dosageText }),
        extension: dosageExtensions,
        ...(row.asNeeded === true && { asNeededBoolean: true }),
      },
    ],
  };
}

/** The MedicationStatements and their Medications, for the patient. */
export function nationalMedications(patient: string): { statements: MedicationStatement[]; medications: Medication[] } {
  return { statements: ROWS.map((row) => statement(row, patient)), medications: ROWS.map((row) => row.medication) };
}

/** The whole PLL document for the patient, as of `now`, with every fullUrl under the national base. */
export function pllDocument(patient: Patient, base: string, now: Date): Bundle {
  const id = patient.id ?? '';
  const { statements, medications } = nationalMedications(id);
  const composition: Composition = {
    resourceType: 'Composition',
    id: `pll-${id}`,
    status: 'final',
    type: {
      coding: [{ system: 'http://loinc.org', code: '10160-0', display: 'History of Medication use Narrative' }],
      text: 'Pasientens legemiddelliste',
    },
    subject: { reference: `Patient/${id}` },
    date: now.toISOString(),
    author: [{ reference: `Organization/${GP.id ?? ''}` }],
    title: 'Pasientens legemiddelliste',
    section: [
      {
        title: 'Legemiddelbruk',
        code: { coding: [{ code: 'sectionMedication', display: 'Medication' }] },
        entry: statements.map((entry) => ({ reference: `MedicationStatement/${entry.id ?? ''}` })),
      },
    ],
  };
  const resources = [composition, patient, GP, ...medications, ...statements];
  return {
    resourceType: 'Bundle',
    id: `pll-dokument-${id}`,
    // bdl-9: a document names itself; the same patient and moment give the same name.
    identifier: { system: 'urn:ietf:rfc:3986', value: documentUuid(`${id} ${now.toISOString()}`) },
    type: 'document',
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
    })),
  };
}

function documentUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
