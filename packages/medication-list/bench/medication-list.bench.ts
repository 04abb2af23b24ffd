import type { Medication, MedicationStatement, Resource } from 'fhir/r4';
import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { loadMedications } from '../src/medication-list.load.js';
import { medicationRows } from '../src/medication-list.model.js';
import { groupMedications, sortMedications } from '../src/medication-order.js';

// A long PLL: 1,000 entries over 300 distinct medicines, from three practitioners' roles.
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

const RESOURCES: Resource[] = [...MEDICATIONS, ...STATEMENTS, ...PRACTITIONERS];
const NOW = new Date('2026-11-01T12:00:00+01:00');
const ROWS = medicationRows(RESOURCES, { now: NOW });

function counting(source: FhirSource, refuseInclude: boolean): { source: FhirSource; requests: () => number } {
  let requests = 0;
  return {
    requests: () => requests,
    source: {
      search: (type, params, options) => {
        requests++;
        if (refuseInclude && params?._include !== undefined) {
          const failure = { kind: 'unsupported' as const, message: '_include', resourceType: type };
          return Promise.resolve({ resources: [], included: [], issues: [], failures: [failure], truncated: false });
        }
        return source.search(type, params, options);
      },
      read: (reference, options) => {
        requests++;
        return source.read(reference, options);
      },
    },
  };
}

export default {
  'medicationRows: 1 000 entries, 300 Medications': () => medicationRows(RESOURCES, { now: NOW }),
  'groupMedications + sort by name: 1 000 rows': () => groupMedications(sortMedications(ROWS, 'name')),
  'requests to load 1 000 entries with _include': {
    unit: 'requests',
    count: async () => {
      const { source, requests } = counting(createStaticSource(RESOURCES), false);
      await loadMedications(source, 'p1');
      return requests();
    },
  },
  'requests to load 1 000 entries when _include is refused': {
    unit: 'requests',
    count: async () => {
      const { source, requests } = counting(createStaticSource(RESOURCES), true);
      await loadMedications(source, 'p1');
      return requests();
    },
  },
} satisfies Benchmarks;
