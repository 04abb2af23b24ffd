import { readFixtureSet } from '@samspill/fixtures/node';
import type { Reference, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type {
  FhirSource,
  ReadOptions,
  ReadResult,
  SearchOptions,
  SearchParams,
  SearchResult,
} from '../../src/source/fhir-source.js';
import { cachedSource, sharedCache } from '../../src/source/request-cache.js';
import { createStaticSource } from '../../src/source/static-source.js';

const hl7 = readFixtureSet('hl7-r4-examples').map(({ resource }) => resource);

interface Call {
  readonly kind: 'search' | 'read';
  readonly what: unknown;
  readonly signal: AbortSignal | undefined;
}

/**
 * A source that records every call and answers from the HL7 examples only when `release()` is
 * called, so a test can hold requests in flight. `fail` makes the next answers unavailable.
 */
function spySource() {
  const inner = createStaticSource(hl7);
  const calls: Call[] = [];
  const gates: (() => void)[] = [];
  const state = { fail: false };
  const gate = (): Promise<void> =>
    new Promise((resolve) => {
      gates.push(resolve);
    });
  const source: FhirSource = {
    async search<T extends Resource>(
      resourceType: T['resourceType'],
      params?: SearchParams,
      options?: SearchOptions,
    ): Promise<SearchResult<T>> {
      calls.push({ kind: 'search', what: [resourceType, params, options?.pageLimit], signal: options?.signal });
      await gate();
      if (options?.signal?.aborted) {
        return {
          resources: [],
          included: [],
          issues: [],
          failures: [{ kind: 'aborted', message: 'x' }],
          truncated: false,
        };
      }
      if (state.fail) {
        return {
          resources: [],
          included: [],
          issues: [],
          failures: [{ kind: 'unavailable', message: 'Down' }],
          truncated: false,
        };
      }
      return inner.search<T>(resourceType, params, options);
    },
    async read<T extends Resource>(reference: Reference | string, options?: ReadOptions): Promise<ReadResult<T>> {
      calls.push({ kind: 'read', what: reference, signal: options?.signal });
      await gate();
      if (state.fail) return { failure: { kind: 'unavailable', message: 'Down' } };
      return inner.read<T>(reference, options);
    },
  };
  return {
    source,
    calls,
    state,
    /** Lets every request in flight answer. */
    release: () => {
      for (const open of gates.splice(0)) open();
    },
  };
}

describe('cachedSource: sharing', () => {
  it('makes one request for three identical searches in flight', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const pending = [
      cached.search('MedicationRequest', { patient: 'pat1', status: 'active' }),
      cached.search('MedicationRequest', { status: 'active', patient: 'pat1' }),
      cached.search('MedicationRequest', { patient: ['pat1'], status: 'active', _count: undefined }),
    ];
    expect(spy.calls).toHaveLength(1);
    spy.release();
    const [a, b, c] = await Promise.all(pending);
    expect(a!.resources.length).toBeGreaterThan(0);
    expect(b!.resources).toEqual(a!.resources);
    expect(c!.resources).toEqual(a!.resources);
    expect(spy.calls).toHaveLength(1);
  });

  it('keeps a complete answer for later searches', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const first = cached.search('CarePlan', { date: ['ge2013', 'le2013-12'] });
    spy.release();
    await first;
    const later = await cached.search('CarePlan', { date: ['le2013-12', 'ge2013'] });
    expect(later.resources).toEqual((await first).resources);
    expect(spy.calls).toHaveLength(1);
  });

  it('gives each caller its own arrays, so sorting one list leaves the cache alone', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const pending = cached.search('CarePlan', { _sort: 'date' });
    spy.release();
    const first = await pending;
    const order = first.resources.map((r) => r.id);
    first.resources.reverse();
    const second = await cached.search('CarePlan', { _sort: 'date' });
    expect(second.resources.map((r) => r.id)).toEqual(order);
  });

  it.each<[string, SearchParams, SearchParams, SearchOptions?]>([
    ['other values', { status: 'active' }, { status: 'completed' }],
    ['another parameter', { status: 'active' }, { status: 'active', patient: 'pat1' }],
    ['a comma list in another order', { status: 'active,completed' }, { status: 'completed,active' }],
    ['_sort keys in another order', { _sort: ['date', 'status'] }, { _sort: ['status', 'date'] }],
    ['another page limit', { status: 'active' }, { status: 'active' }, { pageLimit: 1 }],
  ])('asks again for %s', async (_, first, second, options) => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const pending = [cached.search('MedicationRequest', first), cached.search('MedicationRequest', second, options)];
    expect(spy.calls).toHaveLength(2);
    spy.release();
    await Promise.all(pending);
  });

  it('treats numbers and their text, and repeated values in any order, as the same search', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const pending = [
      cached.search('CarePlan', { _count: 10, date: ['ge2011', 'le2014'] }),
      cached.search('CarePlan', { date: ['le2014', 'ge2011'], _count: '10' }),
    ];
    expect(spy.calls).toHaveLength(1);
    spy.release();
    await Promise.all(pending);
  });

  it('makes one request for identical reads, and none for contained or included ones', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const pending = [cached.read('Goal/example'), cached.read({ reference: 'Goal/example' })];
    expect(spy.calls).toHaveLength(1);
    spy.release();
    const [a, b] = await Promise.all(pending);
    expect(a!.resource?.id).toBe('example');
    expect(b!.resource).toBe(a!.resource);

    const container: Resource = {
      resourceType: 'CarePlan',
      id: 'c',
      contained: [{ resourceType: 'Goal', id: 'g' }],
    } as Resource;
    expect((await cached.read('#g', { container })).resource?.id).toBe('g');
    const included: Resource = { resourceType: 'Goal', id: 'other' };
    expect((await cached.read('Goal/other', { included: [included] })).resource).toBe(included);
    expect(spy.calls).toHaveLength(1);
  });

  it('asks again after clear()', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const first = cached.search('Goal');
    spy.release();
    await first;
    cached.clear();
    const second = cached.search('Goal');
    expect(spy.calls).toHaveLength(2);
    spy.release();
    expect((await second).resources).toHaveLength(2);
  });
});

describe('cachedSource: failures', () => {
  it('does not keep an answer with failures, so asking again retries', async () => {
    const spy = spySource();
    spy.state.fail = true;
    const cached = cachedSource(spy.source);
    const pending = [cached.search('Goal'), cached.search('Goal')];
    spy.release();
    const results = await Promise.all(pending);
    expect(results.map((r) => r.failures[0]?.kind)).toEqual(['unavailable', 'unavailable']);
    expect(spy.calls).toHaveLength(1);

    spy.state.fail = false;
    const retry = cached.search('Goal');
    expect(spy.calls).toHaveLength(2);
    spy.release();
    expect((await retry).failures).toEqual([]);

    spy.state.fail = true;
    const failedRead = cached.read('Goal/example');
    spy.release();
    expect((await failedRead).failure?.kind).toBe('unavailable');
    spy.state.fail = false;
    const readAgain = cached.read('Goal/example');
    spy.release();
    expect((await readAgain).resource?.id).toBe('example');
    expect(spy.calls).toHaveLength(4);
  });

  it('turns a source that throws into a failure, and does not keep it', async () => {
    let calls = 0;
    const throwing: FhirSource = {
      search: () => {
        calls += 1;
        throw new Error('boom');
      },
      read: () => Promise.reject(new Error('boom')),
    };
    const cached = cachedSource(throwing);
    const result = await cached.search('Goal');
    expect(result.failures[0]).toMatchObject({ kind: 'unavailable', resourceType: 'Goal' });
    await cached.search('Goal');
    expect(calls).toBe(2);
    expect((await cached.read('Goal/1')).failure?.kind).toBe('unavailable');
  });
});

describe('cachedSource: aborting', () => {
  it('answers an aborting caller at once while the others still get the data', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const leaving = new AbortController();
    const first = cached.search('Goal', {}, { signal: leaving.signal });
    const second = cached.search('Goal', {}, { signal: new AbortController().signal });
    const third = cached.search('Goal');
    leaving.abort();
    expect((await first).failures[0]).toMatchObject({ kind: 'aborted', resourceType: 'Goal' });
    expect(spy.calls[0]?.signal?.aborted).toBe(false);
    spy.release();
    expect((await second).resources).toHaveLength(2);
    expect((await third).resources).toHaveLength(2);
    expect(spy.calls).toHaveLength(1);
  });

  it('aborts the shared request only when every caller has aborted, then starts afresh', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const a = new AbortController();
    const b = new AbortController();
    const first = cached.search('Goal', {}, { signal: a.signal });
    const second = cached.search('Goal', {}, { signal: b.signal });
    a.abort();
    expect(spy.calls[0]?.signal?.aborted).toBe(false);
    b.abort();
    expect(spy.calls[0]?.signal?.aborted).toBe(true);
    expect((await first).failures[0]?.kind).toBe('aborted');
    expect((await second).failures[0]?.kind).toBe('aborted');

    const fresh = cached.search('Goal');
    expect(spy.calls).toHaveLength(2);
    expect(spy.calls[1]?.signal?.aborted).toBe(false);
    spy.release();
    expect((await fresh).resources).toHaveLength(2);
  });

  it('never aborts for a caller without a signal', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const leaving = new AbortController();
    const staying = cached.read('Goal/example');
    const aborted = cached.read('Goal/example', { signal: leaving.signal });
    leaving.abort();
    expect((await aborted).failure?.kind).toBe('aborted');
    expect(spy.calls[0]?.signal?.aborted).toBe(false);
    spy.release();
    expect((await staying).resource?.id).toBe('example');
  });

  it('does not start a request for a signal that is already aborted', async () => {
    const spy = spySource();
    const cached = cachedSource(spy.source);
    const controller = new AbortController();
    controller.abort();
    expect((await cached.search('Goal', {}, { signal: controller.signal })).failures[0]?.kind).toBe('aborted');
    expect((await cached.read('Goal/example', { signal: controller.signal })).failure?.kind).toBe('aborted');
    expect(spy.calls).toEqual([]);
  });
});

describe('sharedCache', () => {
  it('gives three components with the same source one request', async () => {
    const spy = spySource();
    const views = [sharedCache(spy.source), sharedCache(spy.source), sharedCache(spy.source)];
    expect(views[1]).toBe(views[0]);
    expect(views[2]).toBe(views[0]);
    const pending = views.map((view) => view.search('MedicationRequest', { patient: 'pat1' }));
    spy.release();
    await Promise.all(pending);
    expect(spy.calls).toHaveLength(1);
  });

  it('keeps separate caches for separate sources, and does not wrap a cache twice', () => {
    const a = spySource().source;
    const b = spySource().source;
    expect(sharedCache(a)).not.toBe(sharedCache(b));
    const cached = cachedSource(a);
    expect(sharedCache(cached)).toBe(cached);
  });
});
