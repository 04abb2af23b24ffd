import { describe, expect, test } from 'vitest';
import { FIXTURE_SETS, readFixtureSet } from '@samspill/fixtures/node';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import { MEDICATION_RESOURCE_TYPES, medicationMessages, medicationRows, type MedicationRow } from '../src/index.js';
import { ANCHOR, badTexts, generated, patientResources, unpack } from './medication-text.js';

const TYPES = new Set<string>(MEDICATION_RESOURCE_TYPES);

function everyRow(rows: readonly MedicationRow[]): MedicationRow[] {
  return rows.flatMap((row) => [row, ...row.history]);
}

function expectReadable(rows: readonly MedicationRow[]): void {
  for (const row of everyRow(rows)) {
    expect(row.name.trim(), row.key).not.toBe('');
    expect(badTexts(row), row.key).toEqual([]);
    // A name that is the catalogue phrase must say why.
    if (row.name === medicationMessages.nb.unknownMedication) expect(row.problems, row.key).not.toEqual([]);
  }
}

describe('fixture sets', () => {
  test.each(FIXTURE_SETS)('%s: every medication entry gives a readable row', (set) => {
    const resources = readFixtureSet(set).flatMap(({ resource }) => unpack(resource));
    const entries = resources.filter((resource) => TYPES.has(resource.resourceType));
    const rows = medicationRows(resources, { now: ANCHOR, includeEnteredInError: true });
    // Every entry is a row or folded into one (a chain link, a prescription, a dispense).
    const shown = new Set(everyRow(rows).flatMap((row) => row.resources));
    for (const entry of entries) expect(shown.has(entry), `${entry.resourceType}/${entry.id ?? ''}`).toBe(true);
    expect(rows.length > 0).toBe(entries.length > 0);
    expectReadable(rows);
  });
});

describe('generated population', () => {
  test('seed 1: every row of every patient is readable, and real names are found', () => {
    const rows = medicationRows(generated(1), { now: ANCHOR, includeEnteredInError: true });
    expect(rows.length).toBeGreaterThan(20);
    expectReadable(rows);
    for (const row of rows) {
      expect(row.name).not.toBe(medicationMessages.nb.unknownMedication);
      expect(row.atc?.code).toMatch(/^[A-Z]\d\d[A-Z]{1,2}\d{0,2}$/);
      expect(row.flags.pll).toBe(row.resourceType === 'MedicationStatement');
      expect(row.source.careLevel).toBeDefined();
      expect(row.problems).toEqual([]);
    }
  });

  test('the large patient: hundreds of chains, each collapsed, every row readable', () => {
    const bundle = generatePopulation({ seed: 1, largePatient: true });
    const resources = (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
    const mine = patientResources(resources, PATIENT_IDS.large);
    const statements = mine.filter((resource) => resource.resourceType === 'MedicationStatement').length;
    const rows = medicationRows(mine, { now: ANCHOR, includeEnteredInError: true });
    expect(statements).toBeGreaterThanOrEqual(500);
    // Four links per chain: one row each, three links in its history.
    expect(rows).toHaveLength(statements / 4);
    expect(rows.every((row) => row.history.length === 3)).toBe(true);
    expectReadable(rows);
  });
});
