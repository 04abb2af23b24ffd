import type { Observation } from 'fhir/r4.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import type { FhirSource } from '../src/source/fhir-source.js';
import { sharedCache } from '../src/source/request-cache.js';
import { createStaticSource } from '../src/source/static-source.js';

// A long record: ten years of observations for one patient, a few for another.
const OBSERVATIONS: Observation[] = Array.from({ length: 10_000 }, (_, i) => ({
  resourceType: 'Observation',
  id: `o${i}`,
  status: i % 50 === 0 ? 'cancelled' : 'final',
  code: { coding: [{ system: 'http://loinc.org', code: i % 2 ? '8867-4' : '85354-9' }] },
  subject: { reference: i % 100 === 0 ? 'Patient/other' : 'Patient/p1' },
  effectiveDateTime: new Date(Date.UTC(2015, 0, 1) + i * 8.64e6).toISOString(),
}));

const source = createStaticSource(OBSERVATIONS);

export default {
  'static source: 10 000 Observations, patient + code + date window': () =>
    source.search('Observation', {
      patient: 'p1',
      code: 'http://loinc.org|8867-4',
      date: ['ge2020-01-01', 'lt2021-01-01'],
      _sort: '-date',
    }),
  'requests made for 3 identical concurrent searches through sharedCache': {
    unit: 'requests',
    count: async () => {
      let requests = 0;
      const counting: FhirSource = {
        search: (type, params, options) => {
          requests++;
          return source.search(type, params, options);
        },
        read: (reference, options) => source.read(reference, options),
      };
      const cached = sharedCache(counting);
      await Promise.all([1, 2, 3].map(() => cached.search('Observation', { patient: 'p1', status: 'final' })));
      return requests;
    },
  },
} satisfies Benchmarks;
