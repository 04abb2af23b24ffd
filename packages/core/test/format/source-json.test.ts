import { describe, expect, it } from 'vitest';
import { formatSourceJson } from '../../src/format/source-json.js';

describe('formatSourceJson', () => {
  it('shows one resource as itself and several as a list, indented', () => {
    const patient = { resourceType: 'Patient', id: 'p' };
    expect(formatSourceJson([patient])).toBe(JSON.stringify(patient, null, 2));
    expect(formatSourceJson([patient, patient])).toBe(JSON.stringify([patient, patient], null, 2));
  });

  it('says so, in the locale, for what JSON cannot hold', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(formatSourceJson([cycle])).toBe('Kildedataene kan ikke vises.');
    expect(formatSourceJson([undefined], { locale: 'en' })).toBe('The source data cannot be shown.');
    expect(formatSourceJson([1n], { locale: 'nn' })).toBe('Kjeldedataa kan ikkje visast.');
  });
});
