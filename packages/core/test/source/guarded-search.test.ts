import { describe, expect, it } from 'vitest';
import type { FhirSource, SearchParams, SearchResult } from '../../src/data.js';
import { readSafely, searchSafely, searchWithIncludes } from '../../src/data.js';

const empty: SearchResult = { resources: [], included: [], issues: [], failures: [], truncated: false };

/** A source whose searches answer `answer(params)`; reads are not used here. */
function sourceOf(answer: (params: SearchParams | undefined) => Promise<SearchResult>): FhirSource {
  return {
    search: ((_type: string, params?: SearchParams) => answer(params)) as FhirSource['search'],
    read: () => Promise.reject(new Error('bang')),
  };
}

describe('guarded searches', () => {
  it('turn a source that throws into a failure of that search or read', async () => {
    const throwing = sourceOf(() => Promise.reject(new Error('boom')));
    expect((await searchSafely(throwing, 'Goal', {})).failures).toEqual([
      { kind: 'network', message: 'boom', resourceType: 'Goal' },
    ]);
    expect(await readSafely(throwing, 'Goal/1')).toEqual({ failure: { kind: 'network', message: 'bang' } });
  });

  it('name the resource type of a failure that has none', async () => {
    const refusing = sourceOf(() => Promise.resolve({ ...empty, failures: [{ kind: 'forbidden', message: 'no' }] }));
    expect((await searchSafely(refusing, 'Goal', {})).failures[0]?.resourceType).toBe('Goal');
  });

  it('ask again without _include when the server does not support it, and only then', async () => {
    const asked: unknown[] = [];
    const source = (unsupported: boolean): FhirSource =>
      sourceOf((params) => {
        asked.push(params);
        const refused = unsupported && params?._include !== undefined;
        return Promise.resolve(
          refused ? { ...empty, failures: [{ kind: 'unsupported', message: '_include' }] } : empty,
        );
      });
    await searchWithIncludes(source(true), 'CarePlan', { patient: 'p' }, ['CarePlan:goal']);
    expect(asked).toEqual([{ patient: 'p', _include: ['CarePlan:goal'] }, { patient: 'p' }]);
    asked.length = 0;
    await searchWithIncludes(source(false), 'CarePlan', { patient: 'p' }, ['CarePlan:goal']);
    await searchWithIncludes(source(false), 'CarePlan', { patient: 'p' }, []);
    expect(asked).toEqual([{ patient: 'p', _include: ['CarePlan:goal'] }, { patient: 'p' }]);
  });
});
