import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import { createStaticSource } from '@samspill/core/data.js';
import { recordingSource } from '@samspill/core/testing.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { groupTimeline } from '../src/timeline.groups.js';
import { filterEvents, normalizeSearch } from '../src/timeline.filter.js';
import { loadTimeline, TIMELINE_TYPES } from '../src/timeline.load.js';
import { timelineModel } from '../src/timeline.model.js';

// Astrid, the large patient: five years of encounters, observations, procedures, reports and documents
// across sykehus, kommune and fastlege, with the organisations and medicines they name.
const NOW = new Date('2026-11-01T12:00:00+01:00');
const LARGE = PATIENT_IDS.large;
const POPULATION = populationResources({ largePatient: true });
const RESOURCES = patientResources(POPULATION, LARGE);
const MODEL = timelineModel(RESOURCES, { now: NOW });

// Text the search normalises: one letter carrying `marks` combining marks of mixed classes, which NFD
// must put in canonical order (the square of the run unless the marks go first).
const mixedMarks = (marks: number) =>
  `a${Array.from({ length: marks }, (_, i) => String.fromCharCode(0x300 + ((i * 7) % 0x70))).join('')}`;
const normalised = new Map<number, number>();

/** Median ms of `normalizeSearch` over text of `marks` mixed marks, by hand: one call may take seconds. */
function normalizeAt(marks: number) {
  return {
    unit: 'ms (median of 5)',
    count: () => {
      const text = mixedMarks(marks);
      const times = Array.from({ length: 5 }, () => {
        const start = performance.now();
        normalizeSearch(text);
        return performance.now() - start;
      }).sort((a, b) => a - b);
      const median = times[2] ?? NaN;
      normalised.set(marks, median);
      return Math.round(median * 100) / 100;
    },
  };
}

export default {
  'timelineModel: the large patient': () => timelineModel(RESOURCES, { now: NOW }),
  'timelineModel: the whole population with the large patient': () => timelineModel(POPULATION, { now: NOW }),
  'groupTimeline: the large patient by day under year headings': () => groupTimeline(MODEL.events, { now: NOW }),
  'filterEvents: free text over the large patient': () => filterEvents(MODEL.events, { text: 'blodtrykk' }),
  'normalizeSearch: 10 000 combining marks on one letter': normalizeAt(10_000),
  'normalizeSearch: 100 000 combining marks on one letter': normalizeAt(100_000),
  'normalizeSearch: 100 000 marks against 10 000': {
    unit: '× (linear is 10)',
    count: () => Math.round(((normalised.get(100_000) ?? NaN) / (normalised.get(10_000) ?? NaN)) * 10) / 10,
  },
  'resources of the large patient': { unit: 'resources', count: () => RESOURCES.length },
  'events of the large patient': { unit: 'events', count: () => MODEL.events.length },
  'requests to load the large patient': {
    unit: 'requests',
    count: async () => {
      const recording = recordingSource(createStaticSource(POPULATION));
      await loadTimeline(recording.source, LARGE);
      return recording.searches.length + recording.reads.length;
    },
  },
  'types searched': { unit: 'types', count: () => TIMELINE_TYPES.length },
} satisfies Benchmarks;
