import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import {
  createStaticSource,
  failuresOf,
  mergeSources,
  notGrantedTypes,
  type FhirSource,
  type SearchOptions,
  type SearchParams,
  type SearchResult,
} from '@samspill/core/data.js';
import {
  TIMELINE_CONCURRENCY,
  TIMELINE_INCLUDES,
  TIMELINE_PAGE_SIZE,
  TIMELINE_TYPES,
  loadTimeline,
  timelineModel,
  type TimelineProgress,
} from '../src/index.js';
import { failingSource, grantingSource, recordingSource } from '@samspill/core/testing.js';
import { ANCHOR, generated, patientResources } from './timeline-text.js';

const RAGNHILD = PATIENT_IDS.ragnhild;

describe('loadTimeline', () => {
  test('one search per type, in the patient compartment, pages of 1 000, with the includes that pay', async () => {
    const counting = recordingSource(createStaticSource(generated(1)));
    const loaded = await loadTimeline(counting.source, `Patient/${RAGNHILD}`);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(notGrantedTypes(loaded.outcomes)).toEqual([]);
    expect(counting.reads).toEqual([]);
    expect(counting.searches.map((search) => search.type).sort()).toEqual([...TIMELINE_TYPES].sort());
    for (const search of counting.searches) {
      expect(search.params?.patient).toBe(`Patient/${RAGNHILD}`);
      expect(search.params?._count).toBe(TIMELINE_PAGE_SIZE);
      const includes = TIMELINE_INCLUDES[search.type]?.map(([include]) => include);
      expect(search.params?._include).toEqual(includes);
    }
    // Everything the patient's own timeline shows, and the medicines the requests refer to.
    const direct = timelineModel(patientResources(generated(1), RAGNHILD), { now: ANCHOR });
    const model = timelineModel([...loaded.resources, ...loaded.related], { now: ANCHOR });
    const searched = new Set<string>(TIMELINE_TYPES);
    expect(model.events.map((event) => event.key).sort()).toEqual(
      direct.events
        .filter((event) => searched.has(event.resources[0]?.resourceType ?? ''))
        .map((event) => event.key)
        .sort(),
    );
    expect(model.events.some((event) => event.title.includes('Ukjent legemiddel'))).toBe(false);
  });

  test('a type the source does not grant is not asked for, and is not shared rather than failed', async () => {
    const counting = recordingSource(grantingSource(generated(1), ['Observation']));
    const loaded = await loadTimeline(counting.source, RAGNHILD);
    expect(notGrantedTypes(loaded.outcomes)).toEqual(['Observation']);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(counting.searches.map((search) => search.type)).not.toContain('Observation');
    expect(counting.searches).toHaveLength(TIMELINE_TYPES.length - 1);
    const model = timelineModel([...loaded.resources, ...loaded.related], { now: ANCHOR });
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
    expect(failuresOf(loaded.outcomes)).toEqual([
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
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    // A search with includes is asked at the large page size, at 100 (a server may refuse the size), then without.
    expect(counting.searches).toHaveLength(TIMELINE_TYPES.length + 2 * Object.keys(TIMELINE_INCLUDES).length);
    expect(counting.searches.filter((search) => search.type === 'Encounter').map((search) => search.params)).toEqual([
      { patient: RAGNHILD, _count: TIMELINE_PAGE_SIZE, _include: ['Encounter:service-provider'] },
      { patient: RAGNHILD, _count: 100, _include: ['Encounter:service-provider'] },
      { patient: RAGNHILD, _count: 100 },
    ]);

    const throwing = await loadTimeline(
      {
        search: () => Promise.reject(new Error('boom')),
        read: () => Promise.reject(new Error('boom')),
      },
      RAGNHILD,
      { types: ['Encounter'] },
    );
    expect(failuresOf(throwing.outcomes)).toEqual([
      { kind: 'unavailable', message: 'The source failed: boom', resourceType: 'Encounter' },
    ]);
  });

  test('onProgress reports after each page and search, with everything so far; the last is what loaded', async () => {
    const source = failingSource(generated(1), {
      CarePlan: { kind: 'forbidden', message: 'Not allowed', resourceType: 'CarePlan' },
    });
    const reports: TimelineProgress[] = [];
    const loaded = await loadTimeline({ ...source, canRead: (type) => type !== 'Appointment' }, RAGNHILD, {
      onProgress: (progress) => reports.push(progress),
    });
    const total = TIMELINE_TYPES.length - 1;
    // The static source answers each search in one page: a report for it, and one when the search
    // settles; the refused CarePlan search has no page.
    expect(reports).toHaveLength(total + total - 1);
    const done = reports.map((report) => report.searchesDone);
    expect([...new Set(done)]).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(reports.every((report) => report.searchesTotal === total)).toBe(true);
    for (const [i, report] of reports.entries()) {
      expect(new Set(report.resources).size).toBe(report.resources.length);
      // Nothing once shown goes away.
      const now = new Set(report.resources);
      expect((reports[i - 1]?.resources ?? []).every((resource) => now.has(resource))).toBe(true);
    }
    const last = reports.at(-1);
    expect(new Set(last?.resources)).toEqual(new Set([...loaded.resources, ...loaded.related]));
    expect(last?.failures).toEqual(failuresOf(loaded.outcomes));
    expect(failuresOf(loaded.outcomes)).toEqual([
      expect.objectContaining({ kind: 'forbidden', resourceType: 'CarePlan' }),
    ]);
  });

  test('a throwing onProgress never breaks loading', async () => {
    const source = createStaticSource(generated(1));
    const plain = await loadTimeline(source, RAGNHILD);
    let calls = 0;
    const loaded = await loadTimeline(source, RAGNHILD, {
      onProgress: () => {
        calls += 1;
        throw new Error('the view broke');
      },
    });
    expect(calls).toBeGreaterThanOrEqual(TIMELINE_TYPES.length);
    expect(loaded).toEqual(plain);
  });

  test('a paged search reports each page; the result equals the one loaded without progress', async () => {
    const paged = pagedSource(createStaticSource(generated(1)), 10);
    const plain = await loadTimeline(paged, RAGNHILD, { types: ['Observation', 'MedicationRequest'] });
    const reports: TimelineProgress[] = [];
    const streamed = await loadTimeline(paged, RAGNHILD, {
      types: ['Observation', 'MedicationRequest'],
      onProgress: (progress) => reports.push(progress),
    });
    expect(streamed).toEqual(plain);
    const everything = [...plain.resources, ...plain.related];
    const observations = plain.resources.filter((resource) => resource.resourceType === 'Observation').length;
    expect(observations).toBeGreaterThan(20);
    // Pages report before their search settles: more reports than searches, and the first comes early.
    expect(reports.length).toBeGreaterThan(observations / 10);
    expect(reports[0]?.searchesDone).toBe(0);
    expect(reports[0]?.resources.length).toBeGreaterThan(0);
    expect(reports[0]?.resources.length).toBeLessThanOrEqual(10);
    for (const [i, report] of reports.entries()) {
      expect(new Set(report.resources).size).toBe(report.resources.length);
      expect(report.resources.length).toBeGreaterThanOrEqual(reports[i - 1]?.resources.length ?? 0);
    }
    expect(reports.at(-1)?.searchesDone).toBe(2);
    expect(new Set(reports.at(-1)?.resources)).toEqual(new Set(everything));
  });
});

describe('loadTimeline, a long record', () => {
  test('searches a few types at a time, every type in the end', async () => {
    const inner = createStaticSource(generated(1));
    let running = 0;
    let most = 0;
    const searched: string[] = [];
    const source: FhirSource = {
      read: (reference, options) => inner.read(reference, options),
      async search(type, params, options) {
        running += 1;
        most = Math.max(most, running);
        searched.push(type);
        await new Promise((resolve) => setTimeout(resolve, 1));
        const result = await inner.search(type, params, options);
        running -= 1;
        return result;
      },
    };
    const loaded = await loadTimeline(source, RAGNHILD);
    expect(most).toBe(TIMELINE_CONCURRENCY);
    expect(searched.sort()).toEqual([...TIMELINE_TYPES].sort());
    expect(loaded).toEqual(await loadTimeline(createStaticSource(generated(1)), RAGNHILD));
  });

  test("counts the matches so far and, once every search has given the server's total, the matches to expect", async () => {
    const paged = pagedSource(createStaticSource(generated(1)), 10);
    const reports: TimelineProgress[] = [];
    const loaded = await loadTimeline(paged, RAGNHILD, {
      types: ['Observation', 'Encounter'],
      onProgress: (progress) => reports.push(progress),
    });
    const matched = loaded.resources.length;
    // The first page of one search is in, the other has said nothing yet: no total to speak of.
    expect(reports[0]?.matched).toBe(10);
    expect(reports[0]?.expected).toBeUndefined();
    const known = reports.filter((report) => report.expected !== undefined);
    expect(known.length).toBeGreaterThan(0);
    for (const report of known) expect(report.expected).toBe(matched);
    // Counted as they come, never more than the servers said.
    const counts = reports.map((report) => report.matched);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(reports.at(-1)).toMatchObject({ matched, expected: matched, searchesDone: 2 });
  });

  test('without totals, the matches so far, and what each search brought once it settles', async () => {
    const inner = pagedSource(createStaticSource(generated(1)), 10);
    const untotalled: FhirSource = {
      read: (reference, options) => inner.read(reference, options),
      search: (async (type: string, params?: SearchParams, options?: SearchOptions) => {
        const result = await inner.search(type, params, {
          ...options,
          onPage: (page) => {
            options?.onPage?.(withoutTotal(page));
          },
        });
        return withoutTotal(result);
      }) as FhirSource['search'],
    };
    const reports: TimelineProgress[] = [];
    const loaded = await loadTimeline(untotalled, RAGNHILD, {
      types: ['Observation', 'Encounter'],
      onProgress: (progress) => reports.push(progress),
    });
    const before = reports.filter((report) => report.searchesDone < 2);
    expect(before.length).toBeGreaterThan(2);
    expect(before.every((report) => report.expected === undefined)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ matched: loaded.resources.length, expected: loaded.resources.length });
  });
});

/** What a server that gives no totals would answer. */
function withoutTotal(result: SearchResult): SearchResult {
  const { resources, included, issues, failures, truncated } = result;
  return { resources, included, issues, failures, truncated };
}

/** `inner`, answering each search in pages of `size` matches (includes with the first), one per tick. */
function pagedSource(inner: FhirSource, size: number): FhirSource {
  return {
    read: (reference, options) => inner.read(reference, options),
    async search(type, params, options) {
      const result = await inner.search(type, params, { ...(options?.signal ? { signal: options.signal } : {}) });
      for (let start = 0; start === 0 || start < result.resources.length; start += size) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const page: SearchResult = {
          ...result,
          resources: result.resources.slice(start, start + size),
          included: start === 0 ? result.included : [],
        };
        options?.onPage?.(page);
      }
      return result;
    },
  };
}
