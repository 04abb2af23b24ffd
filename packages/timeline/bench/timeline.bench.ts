import type { FhirResource } from 'fhir/r4';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import { createStaticSource } from '@samspill/core/data.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { groupTimeline } from '../src/timeline.groups.js';
import { filterEvents } from '../src/timeline.filter.js';
import { loadTimeline, TIMELINE_TYPES } from '../src/timeline.load.js';
import { timelineModel } from '../src/timeline.model.js';

// Astrid, the large patient: five years of encounters, observations, procedures, reports and documents
// across sykehus, kommune and fastlege, with the organisations and medicines they name.
const NOW = new Date('2026-11-01T12:00:00+01:00');
const LARGE = PATIENT_IDS.large;
const POPULATION: FhirResource[] = (generatePopulation({ largePatient: true }).entry ?? []).flatMap((entry) =>
  entry.resource ? [entry.resource] : [],
);
const RESOURCES = POPULATION.filter((resource) => {
  const fields = resource as { subject?: { reference?: string }; patient?: { reference?: string } };
  const subject = fields.subject ?? fields.patient;
  return resource.resourceType === 'Patient'
    ? resource.id === LARGE
    : subject === undefined || subject.reference === `Patient/${LARGE}`;
});
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
      let requests = 0;
      const source = createStaticSource(POPULATION);
      await loadTimeline(
        {
          search: (type, params, options) => {
            requests++;
            return source.search(type, params, options);
          },
          read: (reference, options) => {
            requests++;
            return source.read(reference, options);
          },
        },
        LARGE,
      );
      return requests;
    },
  },
  'types searched': { unit: 'types', count: () => TIMELINE_TYPES.length },
} satisfies Benchmarks;
