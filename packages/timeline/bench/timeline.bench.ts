import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import { createStaticSource } from '@samspill/core/data.js';
import { recordingSource } from '@samspill/core/testing.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { groupTimeline } from '../src/timeline.groups.js';
import { filterEvents } from '../src/timeline.filter.js';
import { loadTimeline, TIMELINE_TYPES } from '../src/timeline.load.js';
import { timelineModel } from '../src/timeline.model.js';

// Astrid, the large patient: five years of encounters, observations, procedures, reports and documents
// across sykehus, kommune and fastlege, with the organisations and medicines they name.
const NOW = new Date('2026-11-01T12:00:00+01:00');
const LARGE = PATIENT_IDS.large;
const POPULATION = populationResources({ largePatient: true });
const RESOURCES = patientResources(POPULATION, LARGE);
const MODEL = timelineModel(RESOURCES, { now: NOW });

export default {
  'timelineModel: the large patient': () => timelineModel(RESOURCES, { now: NOW }),
  'timelineModel: the whole population with the large patient': () => timelineModel(POPULATION, { now: NOW }),
  'groupTimeline: the large patient by day under year headings': () => groupTimeline(MODEL.events, { now: NOW }),
  'filterEvents: free text over the large patient': () => filterEvents(MODEL.events, { text: 'blodtrykk' }),
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
