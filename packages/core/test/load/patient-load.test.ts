import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { PatientLoad } from '../../src/load/patient-load.js';
import { failuresOf, isNotGranted, notGrantedTypes } from '../../src/load/search-outcome.js';
import type { FhirSource, SearchOptions, SearchParams, SearchResult } from '../../src/source/fhir-source.js';
import { mergeSources } from '../../src/source/merge-sources.js';
import { createStaticSource } from '../../src/source/static-source.js';
import { recordingSource } from '../../src/testing.js';

const empty: SearchResult = { resources: [], included: [], issues: [], failures: [], truncated: false };

const RESOURCES: Resource[] = [
  { resourceType: 'Patient', id: 'p1' },
  {
    resourceType: 'CarePlan',
    id: 'cp1',
    status: 'active',
    intent: 'plan',
    subject: { reference: 'Patient/p1' },
    goal: [{ reference: 'Goal/g1' }],
    author: { reference: 'Practitioner/pr1' },
  },
  {
    resourceType: 'Goal',
    id: 'g1',
    lifecycleStatus: 'active',
    description: { text: 'Gå' },
    subject: { reference: 'Patient/p1' },
  },
  { resourceType: 'Practitioner', id: 'pr1' },
  { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' } },
] as Resource[];

describe('PatientLoad', () => {
  it('searches the patient in large pages with the includes, and keeps matches and what they refer to apart', async () => {
    const recorded = recordingSource(createStaticSource(RESOURCES));
    const load = new PatientLoad(recorded.source, 'p1');
    const plans = await load.search('CarePlan', { includes: [['CarePlan:goal', ['Goal']]] });
    expect(plans.outcome).toEqual({
      resourceType: 'CarePlan',
      via: 'search',
      status: 'loaded',
      count: 1,
      failures: [],
    });
    expect(recorded.searches).toEqual([
      { type: 'CarePlan', params: { patient: 'p1', _count: 100, _include: ['CarePlan:goal'] } },
    ]);
    await load.readReferences(
      [{ reference: 'Goal/g1' }, { reference: 'Practitioner/pr1' }, 'Practitioner/pr1'],
      ['Goal', 'Practitioner'],
    );
    // The goal came with the search: only the practitioner is read, and only once.
    expect(recorded.reads).toEqual(['Practitioner/pr1']);
    const result = load.result();
    expect(result.resources.map((resource) => resource.id)).toEqual(['cp1']);
    expect(result.related.map((resource) => resource.id)).toEqual(['g1', 'pr1']);
    expect(result.outcomes.map(({ resourceType, via, status, count }) => [resourceType, via, status, count])).toEqual([
      ['CarePlan', 'search', 'loaded', 1],
      ['Goal', 'reference', 'loaded', 1],
      ['Practitioner', 'reference', 'loaded', 1],
    ]);
  });

  it('never asks for a type the source does not grant, and says so instead of failing', async () => {
    const inner = createStaticSource(RESOURCES);
    const withheld = new Set(['Goal', 'Condition', 'Practitioner']);
    const recorded = recordingSource({ ...inner, canRead: (type) => !withheld.has(type) });
    const load = new PatientLoad(recorded.source, 'Patient/p1');
    await load.search('CarePlan', { includes: [['CarePlan:goal', ['Goal']]] });
    const conditions = await load.search('Condition');
    await load.readReferences([{ reference: 'Goal/g1' }, { reference: 'Practitioner/pr1' }], ['Goal', 'Practitioner']);
    expect(conditions.outcome.status).toBe('not-granted');
    expect(recorded.searches).toEqual([{ type: 'CarePlan', params: { patient: 'Patient/p1', _count: 100 } }]);
    expect(recorded.reads).toEqual([]);
    const { outcomes } = load.result();
    expect(failuresOf(outcomes)).toEqual([]);
    expect(notGrantedTypes(outcomes)).toEqual(['Condition', 'Goal', 'Practitioner']);
    expect(notGrantedTypes(outcomes, 'search')).toEqual(['Condition']);
    expect(isNotGranted(outcomes, 'Goal')).toBe(true);
    expect(isNotGranted(outcomes, 'CarePlan')).toBe(false);
  });

  it('drops what an include brings of a type not granted for reading', async () => {
    const source: FhirSource = {
      canRead: (type) => type !== 'Goal',
      read: () => Promise.reject(new Error('unused')),
      search: () =>
        Promise.resolve({
          ...empty,
          resources: [RESOURCES[1]],
          included: [RESOURCES[2], RESOURCES[3]],
        } as SearchResult),
    } as FhirSource;
    const load = new PatientLoad(source, 'p1');
    await load.search('CarePlan');
    expect(load.result().related.map((resource) => resource.resourceType)).toEqual(['Practitioner']);
  });

  it('asks the source what it grants once per type and interaction, however many pages come', async () => {
    const asked: string[] = [];
    const inner = createStaticSource(RESOURCES);
    const source: FhirSource = {
      ...inner,
      canRead: (type, interaction) => {
        asked.push(`${interaction ?? 'search'} ${type}`);
        return true;
      },
      search: (async (type: string, params?: SearchParams, options?: SearchOptions) => {
        const result = await inner.search(type, params);
        for (let page = 0; page < 3; page++) options?.onPage?.(result);
        return result;
      }) as FhirSource['search'],
    };
    const load = new PatientLoad(source, 'p1');
    await load.search('CarePlan', { includes: [['CarePlan:goal', ['Goal']]], onPage: () => undefined });
    await load.search('CarePlan');
    expect(asked.sort()).toEqual(['read Goal', 'search CarePlan']);
  });

  it('a canRead that throws grants nothing', async () => {
    const recorded = recordingSource({
      ...createStaticSource(RESOURCES),
      canRead: () => {
        throw new Error('bang');
      },
    });
    const load = new PatientLoad(recorded.source, 'p1');
    expect((await load.search('CarePlan')).outcome.status).toBe('not-granted');
    expect(recorded.searches).toEqual([]);
  });

  it('records failures with their type, a source that throws as a failure, and truncated searches', async () => {
    const source: FhirSource = {
      read: () => Promise.reject(new Error('unreachable')),
      search: ((type: string) => {
        if (type === 'Goal') return Promise.reject(new Error('boom'));
        if (type === 'CarePlan')
          return Promise.resolve({ ...empty, failures: [{ kind: 'forbidden', message: '403' }] });
        if (type === 'Condition') return Promise.resolve({ ...empty, resources: [RESOURCES[4]], truncated: true });
        return Promise.resolve({ ...empty, failures: [{ kind: 'not-granted', message: 'scopes' }] });
      }) as FhirSource['search'],
    };
    const load = new PatientLoad(source, 'p1');
    const [goals, plans, conditions, tasks] = await Promise.all(
      ['Goal', 'CarePlan', 'Condition', 'Task'].map((type) => load.search(type)),
    );
    expect(goals?.outcome).toMatchObject({
      status: 'failed',
      failures: [{ kind: 'unavailable', resourceType: 'Goal' }],
    });
    expect(plans?.outcome).toMatchObject({
      status: 'failed',
      failures: [{ kind: 'forbidden', resourceType: 'CarePlan' }],
    });
    expect(conditions?.outcome).toMatchObject({ status: 'truncated', count: 1, failures: [] });
    // A source that refuses by itself, without saying so through canRead, is heard the same way.
    expect(tasks?.outcome).toMatchObject({ status: 'not-granted', failures: [] });
    await load.readReferences(['Practitioner/pr1', 'Practitioner/pr1'], ['Practitioner']);
    expect(load.result().outcomes.at(-1)).toMatchObject({
      resourceType: 'Practitioner',
      via: 'reference',
      status: 'failed',
      failures: [{ kind: 'unavailable', resourceType: 'Practitioner' }],
    });
  });

  it('asks again without _include when the server does not support it, passing pages on once', async () => {
    const asked: (SearchParams | undefined)[] = [];
    const source = (pageFirst: boolean): FhirSource => ({
      read: () => Promise.reject(new Error('unused')),
      search: ((_type: string, params: SearchParams | undefined, options?: SearchOptions) => {
        asked.push(params);
        const page = { ...empty, resources: [RESOURCES[1]] } as SearchResult;
        if (params?._include === undefined || pageFirst) options?.onPage?.(page);
        return Promise.resolve(
          params?._include === undefined ? page : { ...empty, failures: [{ kind: 'unsupported', message: 'no' }] },
        );
      }) as FhirSource['search'],
    });
    for (const pageFirst of [true, false]) {
      asked.length = 0;
      const pages: (readonly Resource[])[] = [];
      const load = new PatientLoad(source(pageFirst), 'p1');
      const { outcome } = await load.search('CarePlan', {
        includes: [['CarePlan:goal', ['Goal']]],
        onPage: (page) => pages.push(page),
      });
      expect(asked).toEqual([
        { patient: 'p1', _count: 100, _include: ['CarePlan:goal'] },
        { patient: 'p1', _count: 100 },
      ]);
      expect(pages).toHaveLength(1);
      expect(outcome.status).toBe('loaded');
    }
  });

  it('asks for the page size it is given, and again at 100, then without _include, while the server refuses', async () => {
    const asked: (SearchParams | undefined)[] = [];
    const refusing = (refuses: (params: SearchParams | undefined) => boolean): FhirSource => ({
      read: () => Promise.reject(new Error('unused')),
      search: ((_type: string, params: SearchParams | undefined) => {
        asked.push(params);
        return Promise.resolve(
          refuses(params)
            ? { ...empty, failures: [{ kind: 'unsupported', message: 'no' }] }
            : { ...empty, resources: [RESOURCES[1]] },
        );
      }) as FhirSource['search'],
    });
    const includes = [['CarePlan:goal', ['Goal']]] as const;
    // A server that takes both: one request.
    await new PatientLoad(
      refusing(() => false),
      'p1',
      { pageSize: 1000 },
    ).search('CarePlan', { includes });
    expect(asked).toEqual([{ patient: 'p1', _count: 1000, _include: ['CarePlan:goal'] }]);
    // One that caps _count by refusing more: asked again at 100, with the include.
    asked.length = 0;
    const capped = new PatientLoad(
      refusing((params) => Number(params?._count) > 100),
      'p1',
      { pageSize: 1000 },
    );
    expect((await capped.search('CarePlan', { includes })).outcome.status).toBe('loaded');
    expect(asked).toEqual([
      { patient: 'p1', _count: 1000, _include: ['CarePlan:goal'] },
      { patient: 'p1', _count: 100, _include: ['CarePlan:goal'] },
    ]);
    // One that refuses the include at any size: the include is dropped last.
    asked.length = 0;
    const noIncludes = new PatientLoad(
      refusing((params) => params?._include !== undefined),
      'p1',
      { pageSize: 500 },
    );
    expect((await noIncludes.search('CarePlan', { includes })).outcome.status).toBe('loaded');
    expect(asked.map((params) => [params?._count, params?._include !== undefined])).toEqual([
      [500, true],
      [100, true],
      [100, false],
    ]);
    // A page size that is no whole number above zero is the usual one.
    for (const pageSize of [0, -5, 2.5, Number.NaN]) {
      asked.length = 0;
      await new PatientLoad(
        refusing(() => false),
        'p1',
        { pageSize },
      ).search('CarePlan');
      expect(asked).toEqual([{ patient: 'p1', _count: 100 }]);
    }
  });

  it("passes each page's number of matches and the server's total on with its resources", async () => {
    const source: FhirSource = {
      read: () => Promise.reject(new Error('unused')),
      search: ((_type: string, _params: SearchParams | undefined, options?: SearchOptions) => {
        const first = { ...empty, resources: [RESOURCES[1]], included: [RESOURCES[2]], total: 2 } as SearchResult;
        const second = { ...empty, resources: [{ ...RESOURCES[1], id: 'cp2' }], total: 2 } as SearchResult;
        options?.onPage?.(first);
        options?.onPage?.(second);
        return Promise.resolve({ ...empty, resources: [...first.resources, ...second.resources], total: 2 });
      }) as FhirSource['search'],
    };
    const pages: [number, unknown][] = [];
    await new PatientLoad(source, 'p1').search('CarePlan', {
      includes: [['CarePlan:goal', ['Goal']]],
      onPage: (resources, page) => pages.push([resources.length, page]),
    });
    expect(pages).toEqual([
      [2, { matches: 1, total: 2 }],
      [1, { matches: 1, total: 2 }],
    ]);
    const untotalled: FhirSource = {
      ...source,
      search: ((_type: string, _params: SearchParams | undefined, options?: SearchOptions) => {
        options?.onPage?.({ ...empty, resources: [RESOURCES[1]] } as SearchResult);
        return Promise.resolve(empty);
      }) as FhirSource['search'],
    };
    const infos: unknown[] = [];
    await new PatientLoad(untotalled, 'p1').search('CarePlan', { onPage: (_resources, page) => infos.push(page) });
    expect(infos).toEqual([{ matches: 1 }]);
  });

  it('keeps a resource once, but the same Type/id from two organisations twice', async () => {
    const encounter = { resourceType: 'Encounter', id: 'e1', status: 'finished', subject: { reference: 'Patient/p1' } };
    const doubled: FhirSource = {
      read: () => Promise.reject(new Error('unused')),
      search: (() => Promise.resolve({ ...empty, resources: [encounter, { ...encounter }] })) as FhirSource['search'],
    };
    const single = new PatientLoad(doubled, 'p1');
    await single.search('Encounter');
    expect(single.result().resources).toHaveLength(1);
    const merged = mergeSources([
      { source: createStaticSource([encounter]), label: 'Kommunen' },
      { source: createStaticSource([{ ...encounter }]), label: 'Sykehuset' },
    ]);
    const both = new PatientLoad(merged, 'p1');
    await both.search('Encounter');
    expect(both.result().resources).toHaveLength(2);
  });

  it('puts the matches of a search for what the rows refer to with the related resources', async () => {
    const load = new PatientLoad(createStaticSource(RESOURCES), 'p1');
    await load.search('CarePlan');
    const conditions = await load.search('Condition', { related: true });
    expect(conditions.resources.map((resource) => resource.id)).toEqual(['c1']);
    const result = load.result();
    expect(result.resources.map((resource) => resource.id)).toEqual(['cp1']);
    expect(result.related.map((resource) => resource.id)).toEqual(['c1']);
  });
});
