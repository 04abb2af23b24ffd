import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { loadMedications } from '../src/medication-list.load.js';
import { medicationDay } from '../src/medication-day.model.js';
import { medicationRows } from '../src/medication-list.model.js';
import { groupMedications, sortMedications } from '../src/medication-order.js';
import { longDosage, type DosageSequence } from './long-dosage.data.js';
import { LONG_PLL } from './long-pll.data.js';
import { recordingSource } from '@samspill/core/testing.js';

const RESOURCES = LONG_PLL;
const NOW = new Date('2026-11-01T12:00:00+01:00');
const ROWS = medicationRows(RESOURCES, { now: NOW });

// Dosage lines: medicationRows must stay linear in them, with or without a shared `sequence`.
const SEQUENCE_NAMES: Record<DosageSequence, string> = { shared: 'sharing one sequence', none: 'without sequence' };

/** Median ms per call over short samples, timed like the runner; each sample runs at least one call. */
function medianMs(run: () => unknown): number {
  const perCall: number[] = [];
  for (let sample = 0; sample < 9; sample++) {
    let calls = 0;
    const start = performance.now();
    do {
      run();
      calls++;
    } while (performance.now() - start < 40);
    perCall.push((performance.now() - start) / calls);
  }
  return perCall.sort((a, b) => a - b)[4] ?? NaN;
}

/** `small` and `large` (10×) lines timed, and their ratio in one run (the target is at most 15×; linear is 10×). */
function dosageCases(sequence: DosageSequence, small = 2_000, large = 10 * small): Benchmarks {
  const rowsOf = (lines: number) => {
    const record = longDosage(lines, sequence);
    return () => medicationRows(record, { now: NOW });
  };
  const [few, many] = [rowsOf(small), rowsOf(large)];
  const name = SEQUENCE_NAMES[sequence];
  const [a, b] = [small, large].map((lines) => String(lines).replace(/\B(?=(\d{3})+$)/g, ' '));
  return {
    [`medicationRows: ${a} dosage lines ${name}`]: few,
    [`medicationRows: ${b} dosage lines ${name}`]: many,
    [`medicationRows: ${b} / ${a} dosage lines ${name}, as a ratio`]: {
      unit: '× (target ≤ 15)',
      count: () => Math.round((medianMs(many) / medianMs(few)) * 10) / 10,
    },
  };
}

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
  ...dosageCases('shared'),
  ...dosageCases('none'),
  ...dosageCases('shared', 5_000),
  ...dosageCases('none', 5_000),
  'groupMedications + sort by name: 1 000 rows': () => groupMedications(sortMedications(ROWS, 'name')),
  'medicationDay (the day view): 1 000 rows': () => medicationDay(ROWS, { now: NOW }),
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
