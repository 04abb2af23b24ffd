import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  filterMedications,
  groupMedications,
  medicationRows,
  sortMedications,
  USE_EXTENSION,
  USE_SYSTEM,
} from '../src/index.js';
import { shownTexts } from './medication-text.js';

const FORBIDDEN = ['undefined', 'null', 'NaN', 'Infinity', '[object Object]', 'Invalid Date', '{"', '":'];

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

const words = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', 'Paracet Tab 500 mg', ' ', 'x'.repeat(5000)),
);
const date = fc.oneof(
  fc.constantFrom('2019', '2024-05', '2024-05-07', '2024-05-07T08:00:00+02:00', 'soon', ''),
  anything,
);
const reference = fc.record(
  {
    reference: mostly(
      fc.constantFrom(
        'Medication/m1',
        '#c1',
        'Practitioner/p1',
        'MedicationStatement/s1',
        'Patient/1',
        'MedicationRequest/r1',
        '#',
        'urn:uuid:1',
      ),
    ),
    display: mostly(words),
    type: mostly(fc.constantFrom('Practitioner', 'Organization', 'Patient')),
  },
  { requiredKeys: [] },
);
const concept = fc.record(
  {
    text: mostly(words),
    coding: mostly(
      fc.array(
        fc.record(
          {
            system: mostly(
              fc.constantFrom('http://ehelse.no/fhir/CodeSystem/FEST', 'http://www.whocc.no/atc', USE_SYSTEM, 'urn:x'),
            ),
            code: mostly(fc.constantFrom('N02BE01', 'A12AX', '1', '2', '3', 'ID_2ABAC272-0BCF-43F0-84BE-984074D92E15')),
            display: mostly(words),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
);
const dosage = fc.record(
  {
    text: mostly(words),
    sequence: mostly(fc.integer({ min: 0, max: 3 })),
    route: mostly(concept),
    asNeededBoolean: mostly(fc.boolean()),
    doseAndRate: mostly(
      fc.array(fc.record({ doseQuantity: mostly(fc.record({ value: mostly(fc.double()), unit: mostly(words) })) })),
    ),
  },
  { requiredKeys: [] },
);
const resource = fc.record(
  {
    resourceType: mostly(
      fc.constantFrom('MedicationRequest', 'MedicationStatement', 'MedicationDispense', 'Medication', 'Bundle'),
    ),
    id: mostly(fc.constantFrom('s1', 'r1', 'm1', 'p1', 'c1', 'x')),
    status: mostly(
      fc.constantFrom(
        'active',
        'on-hold',
        'intended',
        'completed',
        'stopped',
        'entered-in-error',
        'draft',
        'preparation',
        'bogus',
      ),
    ),
    medicationCodeableConcept: mostly(concept),
    medicationReference: mostly(reference),
    code: mostly(concept),
    contained: mostly(
      fc.array(
        fc.record(
          { resourceType: mostly(fc.constant('Medication')), id: mostly(fc.constant('c1')), code: mostly(concept) },
          { requiredKeys: [] },
        ),
      ),
    ),
    dosage: mostly(fc.array(dosage, { maxLength: 3 })),
    dosageInstruction: mostly(fc.array(dosage, { maxLength: 3 })),
    effectivePeriod: mostly(fc.record({ start: date, end: date }, { requiredKeys: [] })),
    effectiveDateTime: date,
    authoredOn: date,
    whenHandedOver: date,
    requester: mostly(reference),
    informationSource: mostly(reference),
    partOf: mostly(fc.array(reference, { maxLength: 2 })),
    basedOn: mostly(fc.array(reference, { maxLength: 2 })),
    priorPrescription: mostly(reference),
    authorizingPrescription: mostly(fc.array(reference, { maxLength: 2 })),
    reasonCode: mostly(fc.array(concept, { maxLength: 2 })),
    statusReason: mostly(fc.array(concept, { maxLength: 2 })),
    extension: mostly(
      fc.array(
        fc.record(
          {
            url: mostly(
              fc.constantFrom(
                USE_EXTENSION,
                'http://ehelse.no/fhir/StructureDefinition/sfm-lastchanged',
                'http://x/sfm-application-area',
                'http://x/multidose',
              ),
            ),
            valueCoding: mostly(
              fc.record(
                { system: mostly(fc.constant(USE_SYSTEM)), code: mostly(fc.constantFrom('1', '2', '3')) },
                { requiredKeys: [] },
              ),
            ),
            valueString: mostly(words),
            valueDateTime: date,
            valueBoolean: mostly(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    identifier: mostly(
      fc.array(fc.record({ type: mostly(concept), value: mostly(words) }, { requiredKeys: [] }), { maxLength: 2 }),
    ),
    meta: mostly(
      fc.record(
        { lastUpdated: date, source: mostly(fc.constantFrom('https://sykehus.example.no/fhir', 'x')) },
        { requiredKeys: [] },
      ),
    ),
    ingredient: mostly(
      fc.array(
        fc.record({
          strength: mostly(
            fc.record({ numerator: mostly(fc.record({ value: mostly(fc.double()), unit: mostly(words) })) }),
          ),
        }),
      ),
    ),
  },
  { requiredKeys: [] },
);
const input = fc.oneof(
  { weight: 4, arbitrary: fc.array(resource, { maxLength: 8 }) },
  { weight: 1, arbitrary: anything },
  { weight: 1, arbitrary: fc.array(fc.oneof(resource, anything), { maxLength: 6 }) },
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      locale: mostly(fc.constantFrom('nb', 'nn', 'en')),
      now: mostly(fc.oneof(fc.date(), fc.integer())),
      timeZone: mostly(fc.constantFrom('Europe/Oslo', 'UTC')),
      related: mostly(fc.array(resource, { maxLength: 3 })),
      includeEnteredInError: mostly(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
);

/** Every string inside a value, keys included: a word the input itself carries may be shown. */
function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || value instanceof Date || seen.has(value)) return [];
  seen.add(value);
  const entries = value instanceof Map || value instanceof Set ? [...value.entries()] : Object.entries(value);
  return entries.flat().flatMap((item) => stringsIn(item, seen));
}

describe('medicationRows on any input', () => {
  test('never throws and shows only clean text', () => {
    fc.assert(
      fc.property(input, options, (resources, given) => {
        const rows = medicationRows(resources, given as never);
        const inputs = stringsIn([resources, given]);
        const forbidden = FORBIDDEN.filter((word) => !inputs.some((text) => text.includes(word)));
        for (const row of rows.flatMap((r) => [r, ...r.history])) {
          expect(row.name.trim()).not.toBe('');
          expect(typeof row.current).toBe('boolean');
          for (const shown of shownTexts(row)) {
            expect(typeof shown).toBe('string');
            const leaked = forbidden.filter((word) => shown.includes(word));
            if (leaked.length > 0) expect({ shown, leaked }).toBeUndefined();
          }
        }
        const groups = groupMedications(rows);
        expect(groups.current.reduce((sum, group) => sum + group.rows.length, 0) + groups.past.rows.length).toBe(
          rows.length,
        );
        expect(sortMedications(rows, 'start')).toHaveLength(rows.length);
        expect(filterMedications(rows, { text: 'a' }).length).toBeLessThanOrEqual(rows.length);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
