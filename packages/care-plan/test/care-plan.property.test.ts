import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ZONE_SYSTEM, carePlanModel } from '../src/index.js';
import { shownTexts } from './care-plan-text.js';

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

const words = fc.oneof(
  fc.string(),
  fc.constantFrom('Individuell plan', 'Tiltak - gul sone', 'Koordinator', ' ', 'x'.repeat(3000)),
);
const date = mostly(
  fc.constantFrom('2019', '2024-05', '2026-11-07', '2026-11-07T08:00:00+01:00', '2026-13-45', 'soon', '', '0000-01-01'),
);
const number = mostly(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e308, Number.NaN)));
const reference = fc.record(
  {
    reference: mostly(
      fc.constantFrom(
        'CarePlan/a',
        'CarePlan/b',
        'Goal/g',
        'CareTeam/t',
        '#c',
        '#',
        'Condition/z',
        'Appointment/ap',
        'Observation/o',
        'Patient/p',
      ),
    ),
    display: mostly(words),
    type: mostly(fc.constantFrom('Patient', 'Practitioner', 'CareTeam')),
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
            system: mostly(fc.constantFrom('http://loinc.org', ZONE_SYSTEM, 'urn:x')),
            code: mostly(fc.constantFrom('29463-7', 'red', 'green', 'yellow', 'improving', 'koordinator')),
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
const quantity = fc.record(
  {
    value: number,
    comparator: mostly(fc.constantFrom('<', '<=', '>=', '>', 'ad')),
    unit: mostly(words),
    code: mostly(fc.constantFrom('kg', 'm', '{tbl}')),
  },
  { requiredKeys: [] },
);
const period = fc.record({ start: date, end: date }, { requiredKeys: [] });
const timing = fc.record(
  {
    event: mostly(fc.array(date, { maxLength: 3 })),
    repeat: mostly(
      fc.record(
        {
          boundsPeriod: mostly(period),
          frequency: number,
          period: number,
          periodUnit: mostly(fc.constantFrom('s', 'min', 'h', 'd', 'wk', 'mo', 'a', 'x')),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
const detail = fc.record(
  {
    kind: mostly(fc.constantFrom('Appointment', 'ServiceRequest', 'Task', 'Other')),
    status: mostly(
      fc.constantFrom(
        'not-started',
        'scheduled',
        'in-progress',
        'on-hold',
        'completed',
        'cancelled',
        'stopped',
        'unknown',
        'entered-in-error',
        'x',
      ),
    ),
    description: mostly(words),
    code: mostly(concept),
    statusReason: mostly(concept),
    scheduledTiming: mostly(timing),
    scheduledPeriod: mostly(period),
    scheduledString: mostly(words),
    performer: mostly(fc.array(reference, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const activity = mostly(
  fc.record(
    {
      detail: mostly(detail),
      reference: mostly(reference),
      outcomeReference: mostly(fc.array(reference, { maxLength: 2 })),
    },
    { requiredKeys: [] },
  ),
);
const goal = fc.record(
  {
    resourceType: fc.constant('Goal'),
    id: mostly(fc.constantFrom('g', 'h')),
    lifecycleStatus: mostly(fc.constantFrom('active', 'completed', 'x')),
    achievementStatus: mostly(concept),
    description: mostly(concept),
    subject: mostly(reference),
    expressedBy: mostly(reference),
    startDate: date,
    target: mostly(
      fc.array(
        fc.record(
          {
            measure: mostly(concept),
            detailQuantity: mostly(quantity),
            detailRange: mostly(fc.record({ low: mostly(quantity), high: mostly(quantity) }, { requiredKeys: [] })),
            detailCodeableConcept: mostly(concept),
            detailString: mostly(words),
            detailBoolean: mostly(fc.boolean()),
            detailInteger: number,
            dueDate: date,
            dueDuration: mostly(quantity),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    outcomeReference: mostly(fc.array(reference, { maxLength: 3 })),
  },
  { requiredKeys: ['resourceType'] },
);
const observation = fc.record(
  {
    resourceType: fc.constant('Observation'),
    id: mostly(fc.constantFrom('o', 'p')),
    status: mostly(fc.constantFrom('final', 'entered-in-error')),
    code: mostly(concept),
    subject: mostly(reference),
    effectiveDateTime: date,
    valueQuantity: mostly(quantity),
    valueCodeableConcept: mostly(concept),
    valueBoolean: mostly(fc.boolean()),
  },
  { requiredKeys: ['resourceType'] },
);
const team = fc.record(
  {
    resourceType: fc.constant('CareTeam'),
    id: mostly(fc.constant('t')),
    name: mostly(words),
    participant: mostly(
      fc.array(
        fc.record(
          {
            role: mostly(fc.array(concept, { maxLength: 2 })),
            member: mostly(reference),
            onBehalfOf: mostly(reference),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: ['resourceType'] },
);
const plan = fc.record(
  {
    resourceType: fc.constant('CarePlan'),
    id: mostly(fc.constantFrom('a', 'b', 'c')),
    status: mostly(fc.constantFrom('active', 'completed', 'draft', 'entered-in-error', 'x')),
    intent: mostly(fc.constantFrom('plan', 'order', 'x')),
    title: mostly(words),
    description: mostly(words),
    category: mostly(fc.array(concept, { maxLength: 2 })),
    subject: mostly(reference),
    period: mostly(period),
    author: mostly(reference),
    careTeam: mostly(fc.array(reference, { maxLength: 2 })),
    addresses: mostly(fc.array(reference, { maxLength: 2 })),
    goal: mostly(fc.array(reference, { maxLength: 2 })),
    partOf: mostly(fc.array(reference, { maxLength: 2 })),
    basedOn: mostly(fc.array(reference, { maxLength: 2 })),
    activity: mostly(fc.array(activity, { maxLength: 4 })),
    contained: mostly(fc.array(fc.oneof(goal, team, observation), { maxLength: 3 })),
  },
  { requiredKeys: ['resourceType'] },
);
const input = fc.array(fc.oneof({ weight: 4, arbitrary: plan }, goal, observation, team, anything), { maxLength: 6 });
const options = fc.record(
  {
    locale: mostly(fc.constantFrom('nb', 'nn', 'en')),
    now: mostly(fc.oneof(fc.date(), fc.integer(), fc.constant(new Date('2026-11-01T12:00:00+01:00')))),
    timeZone: mostly(fc.constantFrom('Europe/Oslo', 'UTC', 'Not/AZone')),
    includeEnteredInError: mostly(fc.boolean()),
  },
  { requiredKeys: [] },
);

function clean(texts: readonly string[]): string[] {
  return texts.filter((text) => FORBIDDEN.some((bad) => text.includes(bad)));
}

describe('carePlanModel on arbitrary input', () => {
  test('never throws, and shows no leaked undefined, NaN, object or JSON', () => {
    fc.assert(
      fc.property(input, options, (resources, given) => {
        const model = carePlanModel(resources, given as Parameters<typeof carePlanModel>[1]);
        // Text that came in (a title of "NaN", a code "undefined") may be shown, also inside a phrase;
        // a forbidden word the model made up may not.
        const incoming = clean(shownTexts(resources)).map((text) => text.replace(/\s+/g, ' ').trim());
        expect(clean(shownTexts(model)).filter((text) => !incoming.some((input) => text.includes(input)))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('any value at all, alone or as related', () => {
    fc.assert(
      fc.property(anything, anything, (value, related) => {
        const model = carePlanModel(value, { related: related as never });
        expect(Array.isArray(model.plans)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
