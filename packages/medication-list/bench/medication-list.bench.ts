import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { loadMedications } from '../src/medication-list.load.js';
import { medicationRows } from '../src/medication-list.model.js';
import { groupMedications, sortMedications } from '../src/medication-order.js';
import { LONG_PLL } from './long-pll.data.js';
import { recordingSource } from '@samspill/core/testing.js';

const RESOURCES = LONG_PLL;
const NOW = new Date('2026-11-01T12:00:00+01:00');
const ROWS = medicationRows(RESOURCES, { now: NOW });

/** The static source as a server: every search and read counted, `_include` refused when asked. */
function counting(source: FhirSource, refuseInclude: boolean): { source: FhirSource; requests: () => number } {
  const recorded = recordingSource(source, {
    failSearch: (type, params) =>
      refuseInclude && params?._include !== undefined
        ? { kind: 'unsupported', message: '_include', resourceType: type }
        : undefined,
  });
  return { source: recorded.source, requests: () => recorded.searches.length + recorded.reads.length };
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
