import { describe, expect, it } from 'vitest';
import type { FhirSource, SearchResult } from '../../src/data.js';
import { readSafely, searchSafely, searchWithIncludes } from '../../src/data.js';

const empty: SearchResult = { resources: [], included: [], issues: [], failures: [], truncated: false };

describe('guarded searches', () => {
  it('turn a source that throws into a failure of that search or read', async () => {
    const throwing: FhirSource = {
      search: () => Promise.reject(new Error('boom')),
      read: () => Promise.reject(new Error('bang')),
    };
    expect((await searchSafely(throwing, 'Goal', {})).failures).toEqual([
      { kind: 'network', message: 'boom', resourceType: 'Goal' },
    ]);
    expect(await readSafely(throwing, 'Goal/1')).toEqual({ failure: { kind: 'network', message: 'bang' } });
  });

  it('name the resource type of a failure that has none', async () => {
    const refusing: FhirSource = {
      search: () => Promise.resolve({ ...empty, failures: [{ kind: 'forbidden', message: 'no' }] }),
      read: () => Promise.reject(new Error('unused')),
    };
    expect((await searchSafely(refusing, 'Goal', {})).failures[0]?.resourceType).toBe('Goal');
  });

  it('ask again without _include when the server does not support it, and only then', async () => {
    const asked: unknown[] = [];
    const source = (unsupported: boolean): FhirSource => ({
      search: (_type, params) => {
        asked.push(params);
        const refused = unsupported && params?._include !== undefined;
        return Promise.resolve(
          refused ? { ...empty, failures: [{ kind: 'unsupported', message: '_include' }] } : empty,
        );
      },
      read: () => Promise.reject(new Error('unused')),
    });
    await searchWithIncludes(source(true), 'CarePlan', { patient: 'p' }, ['CarePlan:goal']);
    expect(asked).toEqual([{ patient: 'p', _include: ['CarePlan:goal'] }, { patient: 'p' }]);
    asked.length = 0;
    await searchWithIncludes(source(false), 'CarePlan', { patient: 'p' }, ['CarePlan:goal']);
    await searchWithIncludes(source(false), 'CarePlan', { patient: 'p' }, []);
    expect(asked).toEqual([{ patient: 'p', _include: ['CarePlan:goal'] }, { patient: 'p' }]);
  });
});
