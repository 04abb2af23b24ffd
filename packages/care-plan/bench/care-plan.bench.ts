import type { CarePlan, Goal, Observation, Resource } from 'fhir/r4.js';
import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { loadCarePlans } from '../src/care-plan.load.js';
import { carePlanModel } from '../src/care-plan.model.js';
import { recordingSource } from '@samspill/core/testing.js';

// A long-running municipal record: 60 plans (nested three deep), 200 goals, 2 000 progress measurements.
const patient = { reference: 'Patient/p1' };
const CODE = { system: 'https://kommune.example.no/fhir/CodeSystem/funksjonsmal', code: 'gangdistanse' };

const GOALS: Goal[] = Array.from({ length: 200 }, (_, i) => ({
  resourceType: 'Goal',
  id: `g${i}`,
  lifecycleStatus: 'active',
  description: { text: `Mål ${i}` },
  subject: patient,
  expressedBy: i % 2 === 0 ? patient : { display: 'Fastlege' },
  target: [
    {
      measure: { coding: [{ ...CODE, code: `m${i % 20}` }] },
      detailQuantity: { value: 1000, comparator: '>=', code: 'm' },
    },
  ],
}));

const OBSERVATIONS: Observation[] = Array.from({ length: 2000 }, (_, i) => ({
  resourceType: 'Observation',
  id: `o${i}`,
  status: 'final',
  code: { coding: [{ ...CODE, code: `m${i % 20}` }] },
  subject: patient,
  effectiveDateTime: `20${16 + (i % 10)}-0${(i % 9) + 1}-15`,
  valueQuantity: { value: (i * 37) % 1200, unit: 'm', code: 'm' },
}));

const STATUSES = ['not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped'] as const;

const PLANS: CarePlan[] = Array.from({ length: 60 }, (_, i) => ({
  resourceType: 'CarePlan',
  id: `cp${i}`,
  status: i % 5 === 0 ? 'completed' : 'active',
  intent: 'plan',
  title: `Delplan ${i}`,
  category: [{ text: i === 0 ? 'Individuell plan' : 'Tiltaksplan' }],
  subject: patient,
  period: { start: `20${16 + (i % 10)}-01-01` },
  ...(i === 0 ? {} : { partOf: [{ reference: `CarePlan/cp${Math.floor((i - 1) / 3)}` }] }),
  goal: [0, 1, 2].map((k) => ({ reference: `Goal/g${(i * 3 + k) % 200}` })),
  activity: Array.from({ length: 20 }, (_, k) => ({
    detail: {
      status: STATUSES[k % STATUSES.length] ?? 'unknown',
      description: `Tiltak ${k}`,
      scheduledTiming: { repeat: { boundsPeriod: { start: '2026-01-05' }, frequency: 1, period: 1, periodUnit: 'wk' } },
    },
  })),
}));

const RESOURCES: Resource[] = [...PLANS, ...GOALS, ...OBSERVATIONS];
const NOW = new Date('2026-11-01T12:00:00+01:00');

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
  'carePlanModel: 60 plans, 200 goals, 2 000 measurements': () => carePlanModel(RESOURCES, { now: NOW }),
  'requests to load 60 plans with _include': {
    unit: 'requests',
    count: async () => {
      const { source, requests } = counting(createStaticSource(RESOURCES), false);
      await loadCarePlans(source, 'p1');
      return requests();
    },
  },
  'requests to load 60 plans when _include is refused': {
    unit: 'requests',
    count: async () => {
      const { source, requests } = counting(createStaticSource(RESOURCES), true);
      await loadCarePlans(source, 'p1');
      return requests();
    },
  },
} satisfies Benchmarks;
