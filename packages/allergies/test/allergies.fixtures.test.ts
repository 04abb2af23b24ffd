// The model on real public data (HL7's AllergyIntolerance examples, the medications-and-allergies
// Bundle, Synthea records: in @samspill/fixtures with their attribution in data/SOURCES.md) and on
// the synthetic Norwegian population: every allergy a readable row, statements only from their codes.
import { describe, expect, test } from 'vitest';
import { FIXTURE_SETS, readFixture, readFixtureSet } from '@samspill/fixtures/node';
import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import { untrusted } from '@samspill/core/data.js';
import { allergiesModel, allergyMessages, type AllergiesModel } from '../src/index.js';

const ANCHOR = new Date('2026-10-01T10:00:00Z');
const PLACEHOLDER = /undefined|\bnull\b|NaN|\[object|^\s*$/;

function rowsOf(model: AllergiesModel) {
  return [...model.current, ...model.past];
}

/** Every AllergyIntolerance in a fixture file (a resource or a Bundle's entries). */
function allergiesIn(resource: unknown): unknown[] {
  const fields = untrusted.element(resource);
  if (fields?.resourceType === 'AllergyIntolerance') return [fields];
  return untrusted.list(fields?.entry).flatMap((entry) => allergiesIn(untrusted.element(entry)?.resource));
}

function expectReadable(model: AllergiesModel): void {
  for (const row of rowsOf(model)) {
    for (const value of [row.substance, row.source, row.categoryText, ...row.reactions.map((r) => r.summary)]) {
      expect(value, row.key).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(row.substance.trim(), row.key).not.toBe('');
    if (!row.substanceKnown) expect(row.problems, row.key).not.toEqual([]);
  }
  for (const statement of model.statements) expect(statement.text, statement.key).not.toMatch(PLACEHOLDER);
}

describe('fixture sets', () => {
  test.each(FIXTURE_SETS)('%s: every allergy is a row, a statement or counted as left out', (set) => {
    const resources = readFixtureSet(set).map(({ resource }) => resource);
    const allergies = resources.flatMap(allergiesIn);
    const model = allergiesModel(resources, { now: ANCHOR });
    const shown = rowsOf(model).length + model.statements.length;
    const excluded = model.excluded.refuted + model.excluded.enteredInError;
    // The same record in two files (an example and a Bundle holding it) is one.
    expect(shown + excluded).toBeLessThanOrEqual(allergies.length);
    expect(shown + excluded > 0).toBe(allergies.length > 0);
    expectReadable(model);
  });
});

describe('HL7 FHIR R4 examples', () => {
  const model = (file: string) => allergiesModel([readFixture(`hl7-r4-examples/${file}`)], { now: ANCHOR });

  test('AllergyIntolerance-example: cashew nuts, kritisk, with its anaphylactic reaction', () => {
    const [row] = model('AllergyIntolerance-example.json').current;
    expect(row).toMatchObject({
      substance: 'Cashew nuts',
      critical: true,
      criticalityText: 'Kritisk',
      categoryText: 'Mat',
    });
    expect(row?.reactions.map((reaction) => reaction.summary)).toEqual([
      'Anaphylactic reaction (alvorlig)',
      'Urticaria (moderat)',
    ]);
    // Written to the minute (in Sydney), shown to the minute in Europe/Oslo.
    expect(row?.recorded?.text).toBe('9. oktober 2014 kl. 05:58');
  });

  test('AllergyIntolerance-medication: penicillin G, kritisk and marked unconfirmed', () => {
    const [row] = model('AllergyIntolerance-medication.json').current;
    expect(row).toMatchObject({
      substance: 'Penicillin G',
      critical: true,
      unconfirmed: true,
      verificationText: 'Ikke bekreftet',
    });
    expect(row?.codes.map((code) => code.system)).toEqual(['RxNorm']);
  });

  test('AllergyIntolerance-fishallergy: its words, not only its code', () => {
    const [row] = model('AllergyIntolerance-fishallergy.json').current;
    expect(row?.substance).toBe('Allergic to fresh fish. Tolerates canned fish');
  });

  test.each([
    ['AllergyIntolerance-nka.json', 'no-known-allergy', 'Ingen kjente allergier registrert'],
    ['AllergyIntolerance-nkda.json', 'no-known-medication-allergy', 'Ingen kjente legemiddelallergier registrert'],
    ['AllergyIntolerance-nkla.json', 'no-known-latex-allergy', 'Ingen kjent lateksallergi registrert'],
  ])('%s is a statement by its SNOMED CT code, never a row', (file, kind, text) => {
    const result = model(file);
    expect(result.current).toEqual([]);
    expect(result.statements.map((statement) => [statement.kind, statement.text])).toEqual([[kind, text]]);
  });

  test('the document Bundle (Bundle-father): doxycycline, kritisk; no organisation named, so never the host', () => {
    const result = allergiesModel(readFixture('hl7-r4-examples/Bundle-father.json'), { now: ANCHOR });
    expect(result.current.map((row) => [row.substance, row.critical, row.source])).toEqual([
      ['Doxycycline', true, 'Ukjent kilde'],
    ]);
  });
});

describe('Synthea records', () => {
  test('Margie: seven current allergies and one inactive, each named, none kritisk, in English', () => {
    const record = readFixture(
      'synthea-iris-fhir-template-r4/Margie619_Hettinger594_29428a22-5f03-492e-83bb-da34bb2a12c9.json',
    );
    const result = allergiesModel(record, { now: ANCHOR, locale: 'en' });
    expect(result.current).toHaveLength(7);
    expect(result.past.map((row) => [row.substance, row.clinicalStatusText])).toEqual([
      ['Allergy to wheat', 'Inactive'],
    ]);
    expect(result.current.every((row) => row.substanceKnown && !row.critical)).toBe(true);
    expect(result.current.map((row) => row.substance)).toContain('Allergy to peanuts');
    expect(result.statements).toEqual([]);
    expectReadable(result);
  });
});

describe('the synthetic population', () => {
  const population = populationResources({ seed: 1 });
  const of = (patient: string) => allergiesModel(patientResources(population, patient), { now: ANCHOR });

  test('Ragnhild: a kritisk penicillin allergy first, recorded by her fastlege at the GP office', () => {
    const [first] = of(PATIENT_IDS.ragnhild).current;
    expect(first).toMatchObject({ critical: true, categories: ['medication'] });
    expect(first?.recorder).not.toBe('');
    expect(first?.source).not.toBe(allergyMessages.nb.unknownSource);
    expect(first?.source).not.toMatch(/\.example\.no|https?:/);
  });

  test('Kjell: "no known drug allergy", from its code', () => {
    expect(of(PATIENT_IDS.kjell).statements.map((statement) => statement.kind)).toEqual([
      'no-known-medication-allergy',
    ]);
  });

  test('Jonas: nothing recorded, and no statement made for him', () => {
    const result = of(PATIENT_IDS.jonas);
    expect([...result.current, ...result.past, ...result.statements]).toEqual([]);
  });

  test('Henrik: the refuted and the entered-in-error record are left out, and counted', () => {
    const result = of(PATIENT_IDS.henrik);
    expect(result.excluded).toEqual({ refuted: 1, enteredInError: 1 });
    expect(result.current).toEqual([]);
  });

  test('every patient: readable rows in nb, nn and en', () => {
    for (const locale of ['nb', 'nn', 'en'] as const)
      expectReadable(allergiesModel(population, { now: ANCHOR, locale }));
  });
});
