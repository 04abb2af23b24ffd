import { describe, expect, it } from 'vitest';
import { searchParameters } from '../../src/source/search-paths.js';
import { createStaticSource } from '../../src/source/static-source.js';

const PROBES = { token: 'x', reference: 'Patient/x', date: 'ge2024' } as const;

describe('searchParameters', () => {
  it('lists what a type supports, with its kind', () => {
    const params = new Map(searchParameters('MedicationRequest').map(({ name, kind }) => [name, kind]));
    expect(params.get('authoredon')).toBe('date');
    expect(params.get('patient')).toBe('reference');
    expect(params.get('status')).toBe('token');
    expect(params.get('_id')).toBe('token');
    expect(params.has('birthdate')).toBe(false);
  });

  it.each(['MedicationRequest', 'MedicationStatement', 'CarePlan', 'Encounter', 'Observation', 'Patient'])(
    'promises for %s only what the static source then answers',
    async (type) => {
      const source = createStaticSource([]);
      for (const { name, kind } of searchParameters(type)) {
        const result = await source.search(type, { [name]: PROBES[kind] });
        expect(result.failures, `${type}?${name}`).toEqual([]);
      }
    },
  );
});
