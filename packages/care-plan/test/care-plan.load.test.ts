import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import { createStaticSource, failuresOf, notGrantedTypes, type FhirSource } from '@samspill/core/data.js';
import { CARE_PLAN_INCLUDES, carePlanMessages, carePlanModel, loadCarePlans } from '../src/index.js';
import { grantingSource, recordingSource } from '@samspill/core/testing.js';
import { ANCHOR, generated } from './care-plan-text.js';

const RAGNHILD = PATIENT_IDS.ragnhild;
const KJELL = PATIENT_IDS.kjell;

const unsupportedInclude = (type: string, params: { _include?: unknown } | undefined) =>
  params?._include === undefined
    ? undefined
    : { kind: 'unsupported' as const, message: '_include is not supported', resourceType: type };

describe('loadCarePlans', () => {
  test('a typical individuell plan in three requests: plans with includes, one read, one Observation search', async () => {
    const counting = recordingSource(createStaticSource(generated(1)));
    const loaded = await loadCarePlans(counting.source, `Patient/${RAGNHILD}`);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(notGrantedTypes(loaded.outcomes)).toEqual([]);
    expect(counting.searches.length + counting.reads.length).toBeLessThanOrEqual(3);
    expect(counting.searches.map((search) => search.type)).toEqual(['CarePlan', 'Observation']);
    expect(counting.searches[0]?.params?._include).toEqual(CARE_PLAN_INCLUDES.map(([include]) => include));
    // The one read: the finished home visit, an activity's outcome.
    expect(counting.reads).toHaveLength(1);
    expect(counting.reads[0]).toMatch(/^Encounter\//);
    expect(loaded.resources).toHaveLength(4);

    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR });
    const root = model.roots[0]?.plan;
    expect(root?.coordinator?.name).toBe('Siri Lundemo');
    expect(root?.goals).toHaveLength(3);
    expect(root?.goals[0]?.targets[0]?.progress.series).toHaveLength(5);
    expect(root?.activities[0]?.outcomes).toHaveLength(1);
    for (const plan of model.plans) expect(plan.problems, plan.key).toEqual([]);
  });

  test('a follow-up plan in two requests; the weights come from the Observation search', async () => {
    const counting = recordingSource(createStaticSource(generated(1)));
    const loaded = await loadCarePlans(counting.source, KJELL);
    expect(counting.searches).toHaveLength(2);
    expect(counting.reads).toEqual([]);
    const search = counting.searches[1];
    expect(search?.params?.code).toBe('http://loinc.org|29463-7');
    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(model.plans[0]?.goals[0]?.targets[0]?.progress.latest?.text).toBe('97,2 kg');
  });

  test('an unsupported _include: asked again without it, and each distinct reference read once', async () => {
    const counting = recordingSource(createStaticSource(generated(1)), { failSearch: unsupportedInclude });
    const loaded = await loadCarePlans(counting.source, RAGNHILD);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(counting.searches.map((search) => search.type)).toEqual(['CarePlan', 'CarePlan', 'Observation']);
    expect(new Set(counting.reads).size).toBe(counting.reads.length);
    // Goals, the care team, the condition, the parent plans are not read (they were found), the Encounter.
    const types = new Set(counting.reads.map((reference) => reference.slice(0, reference.indexOf('/'))));
    expect([...types].sort()).toEqual(['CareTeam', 'Condition', 'Encounter', 'Goal']);
    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(model.roots[0]?.plan.coordinator?.name).toBe('Siri Lundemo');
    expect(model.roots[0]?.plan.goals).toHaveLength(3);
  });

  test('forbidden Goal reads leave the plans, with the failures next to them', async () => {
    const counting = recordingSource(createStaticSource(generated(1)), {
      failSearch: unsupportedInclude,
      failRead: (reference) =>
        reference.startsWith('Goal/')
          ? { kind: 'forbidden', message: 'Goal is not in the scopes', resourceType: 'Goal', status: 403 }
          : undefined,
    });
    const loaded = await loadCarePlans(counting.source, RAGNHILD);
    const failures = failuresOf(loaded.outcomes);
    expect(new Set(failures.map((failure) => `${failure.resourceType ?? ''}:${failure.kind}`))).toEqual(
      new Set(['Goal:forbidden']),
    );
    // Each Goal asked once, and with no goals there is no Observation search.
    expect(failures).toHaveLength(3);
    expect(counting.searches.map((search) => search.type)).toEqual(['CarePlan', 'CarePlan']);
    expect(loaded.resources).toHaveLength(4);
    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR });
    const root = model.roots[0]?.plan;
    expect(root?.coordinator?.name).toBe('Siri Lundemo');
    expect(root?.goals).toEqual([]);
    expect(root?.problems).toContain(carePlanMessages.nb.unresolved(carePlanMessages.nb.goalNoun));
    expect(root?.activities.length).toBeGreaterThan(0);
  });

  test('a forbidden Observation search leaves the goals, their progress unknown', async () => {
    const counting = recordingSource(createStaticSource(generated(1)), {
      failSearch: (type) =>
        type === 'Observation'
          ? { kind: 'forbidden', message: 'Observation is not in the scopes', resourceType: type, status: 403 }
          : undefined,
    });
    const loaded = await loadCarePlans(counting.source, KJELL);
    expect(failuresOf(loaded.outcomes).map((failure) => failure.resourceType)).toEqual(['Observation']);
    // The goal's outcomes are not read one by one after a refused search: they would be refused too.
    expect(counting.reads).toEqual([]);
    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR });
    const goal = model.plans[0]?.goals[0];
    expect(goal?.description).toBe('Gå ned fem kilo før sommeren');
    expect(goal?.targets[0]?.progress.state).toBe('unknown');
  });

  test('types the source does not grant are not asked for, and are not shared rather than failed', async () => {
    const refused = ['Goal', 'Observation', 'Encounter'];
    const counting = recordingSource(grantingSource(generated(1), refused));
    const loaded = await loadCarePlans(counting.source, RAGNHILD);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    // With no goals at hand there are no measures to search for: Observation is never reached.
    expect(new Set(notGrantedTypes(loaded.outcomes))).toEqual(new Set(['Goal', 'Encounter']));
    expect(counting.searches.map((search) => search.type)).toEqual(['CarePlan']);
    expect(counting.searches[0]?.params?._include).not.toContain('CarePlan:goal');
    expect(counting.reads).toEqual([]);
    expect(loaded.related.some((resource) => refused.includes(resource.resourceType))).toBe(false);
    // The plan refers to goals it cannot show: that is expected, not a problem with the plan.
    const notShared = notGrantedTypes(loaded.outcomes);
    const model = carePlanModel(loaded.resources, { related: loaded.related, now: ANCHOR, notShared });
    expect(model.roots[0]?.plan.problems).toEqual([]);
    expect(model.roots[0]?.plan.goals).toEqual([]);

    const none = recordingSource(grantingSource(generated(1), ['CarePlan']));
    const nothing = await loadCarePlans(none.source, RAGNHILD);
    expect(nothing.outcomes).toEqual([
      { resourceType: 'CarePlan', via: 'search', status: 'not-granted', count: 0, failures: [] },
    ]);
    expect(none.searches.length + none.reads.length).toBe(0);
  });

  test('a source that throws becomes a failure of that search', async () => {
    const throwing: FhirSource = {
      search: () => Promise.reject(new Error('boom')),
      read: () => Promise.reject(new Error('boom')),
    };
    const loaded = await loadCarePlans(throwing, RAGNHILD);
    expect(failuresOf(loaded.outcomes)).toEqual([
      { kind: 'unavailable', message: 'The source failed: boom', resourceType: 'CarePlan' },
    ]);
  });
});
