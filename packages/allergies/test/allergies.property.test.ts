// The model is total: any value, and AllergyIntolerances with any field of any type, give a model and
// never a throw; every text a view shows is a readable line (no "undefined", "NaN", "[object Object]"
// or raw JSON); and "no known allergies" only ever comes from its codes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allergiesModel, SNOMED_CT, type AllergiesModel } from '../src/index.js';

const FORBIDDEN = ['undefined', 'NaN', 'Infinity', '[object Object]', 'Invalid Date', '{"', '":'];

/** Any JavaScript value, including the odd ones JSON never makes. */
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

function mostly<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anything });
}

const words = fc.oneof(fc.string(), fc.constantFrom('Penicilliner', 'Peanøtter', ' ', 'x'.repeat(3000)));
const date = mostly(
  fc.constantFrom('2019', '2024-05', '2026-11-07', '2026-11-07T08:00:00+01:00', '2026-13-45', 'soon', '', '0000-01-01'),
);
const coding = fc.record(
  {
    system: mostly(fc.constantFrom(SNOMED_CT, 'http://www.whocc.no/atc', 'urn:local', '')),
    code: mostly(fc.constantFrom('716186003', '409137002', '764146007', 'J01C', 'X', '')),
    display: mostly(words),
  },
  { requiredKeys: [] },
);
const concept = fc.record(
  { text: mostly(words), coding: mostly(fc.array(mostly(coding), { maxLength: 3 })) },
  {
    requiredKeys: [],
  },
);
const status = (system: string, codes: readonly string[]) =>
  mostly(
    fc.oneof(
      fc.constantFrom(...codes),
      fc.record({ coding: fc.array(fc.record({ system: fc.constant(system), code: fc.constantFrom(...codes, 'x') })) }),
    ),
  );
const reference = fc.record(
  {
    reference: mostly(fc.constantFrom('Practitioner/a', 'PractitionerRole/r', 'Patient/p', '#c', '')),
    display: mostly(words),
  },
  { requiredKeys: [] },
);
const allergy = fc.record(
  {
    resourceType: fc.constant('AllergyIntolerance'),
    id: mostly(fc.constantFrom('a', 'b', 'c', '')),
    clinicalStatus: status('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', [
      'active',
      'inactive',
      'resolved',
    ]),
    verificationStatus: status('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', [
      'confirmed',
      'unconfirmed',
      'refuted',
      'entered-in-error',
    ]),
    type: mostly(fc.constantFrom('allergy', 'intolerance', 'x')),
    category: mostly(fc.array(mostly(fc.constantFrom('medication', 'food', 'environment', 'biologic', 'x')))),
    criticality: mostly(fc.constantFrom('high', 'low', 'unable-to-assess', 'x')),
    code: mostly(concept),
    onsetDateTime: date,
    onsetString: mostly(words),
    recordedDate: date,
    lastOccurrence: date,
    recorder: mostly(reference),
    asserter: mostly(reference),
    note: mostly(fc.array(mostly(fc.record({ text: mostly(words) })))),
    reaction: mostly(
      fc.array(
        mostly(
          fc.record(
            {
              manifestation: mostly(fc.array(mostly(concept), { maxLength: 3 })),
              severity: mostly(fc.constantFrom('mild', 'moderate', 'severe', 'x')),
              description: mostly(words),
              onset: date,
              substance: mostly(concept),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 3 },
      ),
    ),
    text: mostly(fc.record({ div: mostly(words) })),
  },
  { requiredKeys: ['resourceType'] },
);

/** Every text of the model a view shows. */
function shown(model: AllergiesModel): string[] {
  const records = [...model.current, ...model.past, ...model.statements];
  return [
    ...model.problems,
    ...records.flatMap((record) => [
      record.verificationText,
      record.clinicalStatusText,
      record.recorder,
      record.asserter,
      record.source,
      record.recorded?.text ?? '',
      ...record.notes,
      ...record.problems,
    ]),
    ...[...model.current, ...model.past].flatMap((row) => [
      row.substance,
      // Not `writtenText`: it is all the data's (the code's text, or the narrative's text cut short and
      // without its markup), so no part of it is the model's own words.
      row.categoryText,
      row.typeText,
      row.criticalityText,
      row.onsetText,
      ...row.reactions.flatMap((reaction) => [reaction.summary, reaction.severityText, reaction.substance]),
    ]),
  ];
}

/** JSON of anything fast-check makes (BigInts as text). */
const json = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item));

/** Every non-empty string in a value, as written and trimmed (what a view shows of it). */
function stringsIn(value: unknown, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.trim()) found.push(value, value.trim(), value.replace(/\s+/g, ' ').trim());
  } else if (typeof value === 'object' && value !== null && depth < 12) {
    for (const item of Object.values(value)) stringsIn(item, found, depth + 1);
  }
  return found;
}

const readable = (texts: readonly string[]) => texts.filter((text) => FORBIDDEN.some((bad) => text.includes(bad)));

describe('allergiesModel on any input', () => {
  test('any value at all: a model, never a throw', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const model = allergiesModel(value);
        expect(Array.isArray(model.current)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('AllergyIntolerances with any field of any type: readable texts, statements only from codes', () => {
    fc.assert(
      fc.property(fc.array(allergy, { maxLength: 4 }), fc.constantFrom('nb', 'nn', 'en'), (resources, locale) => {
        const model = allergiesModel(resources, { locale });
        // Texts the data wrote itself may hold anything; the model's own words around them never do.
        const written = stringsIn(resources).sort((a, b) => b.length - a.length);
        const own = shown(model).map((text) => written.reduce((rest, value) => rest.split(value).join(' '), text));
        expect(readable(own)).toEqual([]);
        for (const statement of model.statements) {
          const codes = json(statement.resources);
          expect(/716186003|409137002|429625007|428607008|716184000|no-known|no-allergy-info/.test(codes)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
