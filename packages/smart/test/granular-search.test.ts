// A search narrowed to SMART v2 granular grants, over a stub source: the parameters each narrowed
// search gets, and how their results become one. (Through createSmartSource: smart-source.test.ts.)
import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type { FhirSource, SearchOptions, SearchParams, SearchResult } from '@samspill/core/data.js';
import { granularSearch, narrowedParams } from '../src/granular-search.js';

interface Call {
  readonly params: SearchParams | undefined;
  readonly options: SearchOptions | undefined;
}

/** A source that answers the n-th search with `results[n]`, recording what it was asked. */
function stubSource(results: readonly SearchResult[]): { source: FhirSource; calls: Call[] } {
  const calls: Call[] = [];
  const source: FhirSource = {
    search<T extends Resource = Resource>(_type: T['resourceType'], params?: SearchParams, options?: SearchOptions) {
      const result = results[calls.length] ?? results[0];
      calls.push({ params, options });
      return Promise.resolve(result as SearchResult<T>);
    },
    read: () => Promise.reject(new Error('not read here')),
  };
  return { source, calls };
}

function result(resources: Resource[], extra: Partial<SearchResult> = {}): SearchResult {
  return { resources, included: [], issues: [], failures: [], truncated: false, ...extra };
}

const condition = (id?: string): Resource => ({ resourceType: 'Condition', ...(id !== undefined && { id }) });

describe('narrowedParams', () => {
  it('adds the query’s parameters, repeating one the caller already has', () => {
    expect(
      narrowedParams(
        { patient: 'kari', 'clinical-status': 'active', _count: 50, onset: ['ge2020', 'le2024'] },
        'category=problem-list-item&onset=ge2021',
      ),
    ).toEqual({
      patient: 'kari',
      'clinical-status': 'active',
      _count: 50,
      onset: ['ge2020', 'le2024', 'ge2021'],
      category: 'problem-list-item',
    });
  });

  it('reads the query as a URL query: percent-escapes decoded, a value given twice once', () => {
    expect(
      narrowedParams({ category: 'laboratory' }, 'category=laboratory&code=http%3A%2F%2Floinc.org%7C718-7'),
    ).toEqual({ category: 'laboratory', code: 'http://loinc.org|718-7' });
    expect(narrowedParams({ _count: 7 }, '_count=7')).toEqual({ _count: 7 });
  });

  it('drops undefined values and keeps odd names as parameters', () => {
    const narrowed = narrowedParams({ date: undefined }, '__proto__=x&date=ge2024');
    expect(Object.getPrototypeOf(narrowed)).toBe(Object.prototype);
    expect(Object.entries(narrowed)).toEqual([
      ['__proto__', 'x'],
      ['date', 'ge2024'],
    ]);
  });
});

describe('granularSearch', () => {
  it('searches once, as asked, without queries', async () => {
    const { source, calls } = stubSource([result([condition('a')])]);
    const options = { pageLimit: 2 };
    const found = await granularSearch(source, 'Condition', { patient: 'kari' }, options, []);
    expect(calls).toEqual([{ params: { patient: 'kari' }, options }]);
    expect(found.resources).toEqual([condition('a')]);
  });

  it('searches once per query with the same options, and merges each resource once', async () => {
    const issue = { severity: 'warning' as const, code: 'informational' as const };
    const { source, calls } = stubSource([
      result([condition('a'), condition(), condition('b')], {
        included: [{ resourceType: 'Patient', id: 'kari' }],
        total: 3,
      }),
      result([condition('b'), condition(), condition('c')], {
        included: [{ resourceType: 'Patient', id: 'kari' }],
        issues: [issue],
        total: 3,
        truncated: true,
      }),
    ]);
    const onPage = (): void => undefined;
    const found = await granularSearch(source, 'Condition', {}, { onPage }, ['category=a', 'category=b']);
    expect(calls.map((call) => call.params)).toEqual([{ category: 'a' }, { category: 'b' }]);
    expect(calls.every((call) => call.options?.onPage === onPage)).toBe(true);
    // Resources without an id cannot be told apart, so both are kept.
    expect(found.resources.map((resource) => resource.id ?? '-')).toEqual(['a', '-', 'b', '-', 'c']);
    expect(found.included).toHaveLength(1);
    expect(found.issues).toEqual([issue]);
    expect(found.truncated).toBe(true);
    expect(found.total).toBe(6);
  });

  it('gives a total only when every search had one, and keeps every failure', async () => {
    const failure = { kind: 'unsupported' as const, message: 'category', resourceType: 'Condition' };
    const { source } = stubSource([result([condition('a')], { total: 1 }), result([], { failures: [failure] })]);
    const found = await granularSearch(source, 'Condition', {}, undefined, ['category=a', 'category=b']);
    expect(found.total).toBeUndefined();
    expect('total' in found).toBe(false);
    expect(found.failures).toEqual([failure]);
    expect(found.resources).toEqual([condition('a')]);
  });
});
