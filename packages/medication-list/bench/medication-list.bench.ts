import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { loadMedications } from '../src/medication-list.load.js';
import { medicationRows } from '../src/medication-list.model.js';
import { groupMedications, sortMedications } from '../src/medication-order.js';
import { LONG_PLL } from './long-pll.data.js';

const RESOURCES = LONG_PLL;
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
