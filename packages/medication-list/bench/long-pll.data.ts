import type { Medication, MedicationStatement, Resource } from 'fhir/r4.js';

// A long PLL for the benchmarks: 1,000 entries over 300 distinct medicines, from three practitioners.
const MEDICATIONS: Medication[] = Array.from({ length: 300 }, (_, i) => ({
  resourceType: 'Medication',
  id: `m${i}`,
  code: {
    coding: [
      { system: 'http://ehelse.no/fhir/CodeSystem/FEST', code: `ID_${i}`, display: `Legemiddel ${i} Tab ${i % 50} mg` },
      {
        system: 'http://www.whocc.no/atc',
        code: `N02BE${String(i % 100).padStart(2, '0')}`,
        display: `Virkestoff ${i}`,
      },
    ],
  },
  form: { text: 'Tablett' },
}));

const STATEMENTS: MedicationStatement[] = Array.from({ length: 1000 }, (_, i) => ({
  resourceType: 'MedicationStatement',
  id: `s${i}`,
  status: i % 4 === 0 ? 'completed' : 'active',
  extension: [
    {
      url: 'http://ehelse.no/fhir/StructureDefinition/sfm-use',
      valueCoding: { system: 'urn:oid:2.16.578.1.12.4.1.1.9101', code: String((i % 3) + 1) },
    },
  ],
  identifier: [{ type: { text: 'PLL' }, value: `pll-${i}` }],
  medicationReference: { reference: `Medication/m${i % 300}` },
  subject: { reference: 'Patient/p1' },
  effectivePeriod: { start: `20${10 + (i % 15)}-0${(i % 9) + 1}-15` },
  informationSource: { reference: `Practitioner/hp${i % 3}` },
  dosage: [{ text: '1 tablett morgen og kveld' }],
}));

const PRACTITIONERS: Resource[] = [0, 1, 2].map((i) => ({
  resourceType: 'Practitioner',
  id: `hp${i}`,
  name: [{ given: ['Kari'], family: `Lege ${i}` }],
}));

export const LONG_PLL: Resource[] = [...MEDICATIONS, ...STATEMENTS, ...PRACTITIONERS];
