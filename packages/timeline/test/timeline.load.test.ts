import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import { createStaticSource, mergeSources } from '@samspill/core/data.js';
import { TIMELINE_INCLUDES, TIMELINE_TYPES, loadTimeline, timelineModel } from '../src/index.js';
import { recordingSource } from '@samspill/core/testing.js';
import { ANCHOR, generated, patientResources } from './timeline-text.js';

const RAGNHILD = PATIENT_IDS.ragnhild;

describe('loadTimeline', () => {
  test('one search per type, in the patient compartment, pages of 100, with the includes that pay', async () => {
    const counting = recordingSource(createStaticSource(generated(1)));
    const loaded = await loadTimeline(counting.source, `Patient/${RAGNHILD}`);
    expect(loaded.failures).toEqual([]);
    expect(loaded.skipped).toEqual([]);
    expect(counting.reads).toEqual([]);
    expect(counting.searches.map((search) => search.type).sort()).toEqual([...TIMELINE_TYPES].sort());
    for (const search of counting.searches) {
      expect(search.params?.patient).toBe(`Patient/${RAGNHILD}`);
      expect(search.params?._count).toBe(100);
      const includes = TIMELINE_INCLUDES[search.type]?.map(([include]) => include);
      expect(search.params?._include).toEqual(includes);
    }
    // Everything the patient's own timeline shows, and the medicines the requests refer to.
    const direct = timelineModel(patientResources(generated(1), RAGNHILD), { now: ANCHOR });
    const model = timelineModel(loaded.resources, { now: ANCHOR });
    const searched = new Set<string>(TIMELINE_TYPES);
    expect(model.events.map((event) => event.key).sort()).toEqual(
      direct.events
        .filter((event) => searched.has(event.resources[0]?.resourceType ?? ''))
        .map((event) => event.key)
        .sort(),
    );
    expect(model.events.some((event) => event.title.includes('Ukjent legemiddel'))).toBe(false);
  });

  test('a type canRead refuses is skipped, not asked for; the rest load', async () => {
    const counting = recordingSource(createStaticSource(generated(1)));
    const loaded = await loadTimeline(counting.source, RAGNHILD, { canRead: (type) => type !== 'Observation' });
    expect(loaded.skipped).toEqual(['Observation']);
    expect(counting.searches.map((search) => search.type)).not.toContain('Observation');
    expect(counting.searches).toHaveLength(TIMELINE_TYPES.length - 1);
    const model = timelineModel(loaded.resources, { now: ANCHOR });
    expect(model.events.some((event) => event.type === 'encounter')).toBe(true);
    expect(model.events.some((event) => event.type === 'observation')).toBe(false);
  });

  test('a refused search is a failure with its type and origin, next to what loaded', async () => {
    const hospital = recordingSource(createStaticSource(generated(1)), {
      failSearch: (type) =>
        type === 'DocumentReference' ? { kind: 'forbidden', message: 'Not allowed', resourceType: type } : undefined,
    });
    const source = mergeSources([{ label: 'St. Sunnivas hospital', source: hospital.source }]);
    const loaded = await loadTimeline(source, RAGNHILD);
    expect(loaded.failures).toEqual([
      expect.objectContaining({
        kind: 'forbidden',
        resourceType: 'DocumentReference',
        origin: { label: 'St. Sunnivas hospital' },
      }),
    ]);
    expect(loaded.resources.some((resource) => resource.resourceType === 'Encounter')).toBe(true);
  });

  test('an unsupported _include is asked again without it; a throwing source is a failure', async () => {
    const counting = recordingSource(createStaticSource(generated(1)), {
      failSearch: (type, params) =>
        params?._include === undefined ? undefined : { kind: 'unsupported', message: '_include', resourceType: type },
    });
    const loaded = await loadTimeline(counting.source, RAGNHILD);
    expect(loaded.failures).toEqual([]);
    expect(counting.searches).toHaveLength(TIMELINE_TYPES.length + Object.keys(TIMELINE_INCLUDES).length);

    const throwing = await loadTimeline(
      {
        search: () => Promise.reject(new Error('boom')),
        read: () => Promise.reject(new Error('boom')),
      },
      RAGNHILD,
      { types: ['Encounter'] },
    );
    expect(throwing.failures).toEqual([{ kind: 'network', message: 'boom', resourceType: 'Encounter' }]);
  });
});
