import { describe, expect, it } from 'vitest';
import type { untrusted } from '../../src/data.js';
import { resolveReference } from '../../src/source/fhir-reference.js';

describe('resolveReference', () => {
  const organisation = { resourceType: 'Organization', id: 'o1', name: 'Fjordvik legekontor' };
  const bundled = { resourceType: 'Practitioner', name: [{ text: 'Lege Legesen' }] };
  const index = new Map<string, untrusted.Fields>([
    ['Organization/o1', organisation],
    ['urn:uuid:04121321-4af5-424c-a0e1-1c349ded3aab', bundled],
  ]);
  const container = { resourceType: 'MedicationRequest', contained: [{ resourceType: 'Medication', id: 'm' }] };

  it('finds a contained resource, the container itself, one at hand by Type/id or by the reference as written', () => {
    expect(resolveReference(index, { reference: '#m' }, container)).toEqual({ resourceType: 'Medication', id: 'm' });
    expect(resolveReference(index, { reference: '#' }, container)).toBe(container);
    expect(resolveReference(index, { reference: 'https://fhir.example.no/r4/Organization/o1/_history/2' })).toBe(
      organisation,
    );
    expect(resolveReference(index, { reference: 'urn:uuid:04121321-4af5-424c-a0e1-1c349ded3aab' })).toBe(bundled);
  });

  it('finds nothing for a display-only reference, one not loaded, or anything that is not a reference', () => {
    for (const reference of [
      { display: 'Fjordvik legekontor' },
      { reference: 'Organization/o2' },
      { reference: '#x' },
      'Organization/o1',
      7,
      null,
    ]) {
      expect(resolveReference(index, reference, container)).toBeUndefined();
    }
    expect(resolveReference(index, { reference: '#m' }, { contained: 'x' })).toBeUndefined();
  });
});
