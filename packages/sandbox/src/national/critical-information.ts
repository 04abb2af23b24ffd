// Critical information (kritisk informasjon) as Kjernejournal keeps it for every patient: allergies and
// reactions a clinician must see before treating (CAVE), and critical conditions that are no allergy,
// here as a Flag. Kjernejournal publishes no FHIR API for it; the shapes are plain FHIR R4, named as
// Kjernejournal's categories name them, with `meta.source` saying where they come from.
import type { AllergyIntolerance, Flag } from 'fhir/r4.js';

const SOURCE = 'Kjernejournal';
const RECORDED_BY = 'Lege Legesen, HPR: 1234567, Fjordvik legekontor, HER: 12345';

export function criticalAllergies(patient: string): AllergyIntolerance[] {
  const subject = { reference: `Patient/${patient}` };
  const common = {
    resourceType: 'AllergyIntolerance' as const,
    meta: { source: SOURCE },
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }],
    },
    patient: subject,
    recorder: { display: RECORDED_BY },
  } satisfies Partial<AllergyIntolerance>;
  return [
    {
      ...common,
      id: `kj-sulfonamider-${patient}`,
      type: 'allergy',
      category: ['medication'],
      criticality: 'high',
      code: {
        coding: [{ system: 'http://www.whocc.no/atc', code: 'J01E', display: 'Sulfonamider og trimetoprim' }],
        text: 'Sulfonamider',
      },
      recordedDate: '2019-04-02',
      reaction: [
        {
          manifestation: [{ text: 'Stevens-Johnsons syndrom' }],
          severity: 'severe',
          description: 'Innlagt 2019 etter behandling med trimetoprim-sulfa.',
        },
      ],
    },
    {
      ...common,
      id: `kj-veps-${patient}`,
      type: 'allergy',
      category: ['environment'],
      criticality: 'high',
      code: { text: 'Vepsestikk' },
      recordedDate: '2016-08-20',
      reaction: [{ manifestation: [{ text: 'Anafylaksi' }], severity: 'severe' }],
    },
  ];
}

export function criticalFlags(patient: string): Flag[] {
  return [
    {
      resourceType: 'Flag',
      id: `kj-malign-hypertermi-${patient}`,
      meta: { source: SOURCE },
      status: 'active',
      category: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical' }],
          text: 'Kritisk tilstand',
        },
      ],
      code: { text: 'CAVE: Malign hypertermi i familien. Unngå suksametonium og inhalasjonsanestetika.' },
      subject: { reference: `Patient/${patient}` },
      period: { start: '2012-03-15' },
      author: { display: RECORDED_BY },
    },
  ];
}
