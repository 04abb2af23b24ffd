import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  RANGE_PRESETS,
  compareEvents,
  filterEvents,
  groupTimeline,
  sourceFacets,
  timelineModel,
  typeFacets,
  type TimelineEvent,
} from '../src/index.js';
import { shownTexts } from './timeline-text.js';

const FORBIDDEN = ['undefined', 'NaN', 'Infinity', '[object Object]', 'Invalid Date', '{"', '":'];

// Text the data itself holds may say anything but the words the check looks for.
const clean = (value: unknown): boolean =>
  typeof value !== 'string' || !FORBIDDEN.some((bad) => value.toLowerCase().includes(bad.toLowerCase()));

/** Any JavaScript value, including the odd ones JSON never makes. */
const anything = fc
  .anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withBoxedValues: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  })
  .filter(function deepClean(value: unknown): boolean {
    if (typeof value === 'string') return clean(value);
    if (typeof value !== 'object' || value === null) return true;
    return Object.entries(value).every(([key, item]) => clean(key) && deepClean(item));
  });

function mostly<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anything });
}

const words = fc.oneof(
  fc.string().filter(clean),
  fc.constantFrom('Blodtrykk', 'Sykehus HF', 'Legekontor', ' ', 'x'.repeat(3000)),
);
const date = mostly(
  fc.constantFrom(
    '2019',
    '2024-05',
    '2026-11-07',
    '2026-11-07T08:00:00+01:00',
    '2026-03-29T02:30:00',
    '2026-13-45',
    'soon',
    '',
    '0001-01-01',
    '9999-12-31T23:59:59-14:00',
  ),
);
const period = fc.record({ start: date, end: date }, { requiredKeys: [] });
const reference = fc.record(
  {
    reference: mostly(
      fc.constantFrom('Observation/o1', 'Observation/o2', 'Organization/org', 'Medication/m', '#c', ''),
    ),
    display: mostly(words),
  },
  { requiredKeys: [] },
);
const concept = fc.record(
  {
    text: mostly(words),
    coding: mostly(
      fc.array(
        fc.record(
          { code: mostly(fc.constantFrom('vital-signs', 'laboratory', 'AMB', 'IMP', 'x')), display: mostly(words) },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
);
const quantity = fc.record(
  { value: mostly(fc.oneof(fc.double(), fc.integer())), unit: mostly(words), code: mostly(words) },
  { requiredKeys: [] },
);

const resource = fc.record(
  {
    resourceType: mostly(
      fc.constantFrom(
        'Encounter',
        'Condition',
        'Procedure',
        'Observation',
        'DiagnosticReport',
        'DocumentReference',
        'Immunization',
        'MedicationRequest',
        'MedicationStatement',
        'CarePlan',
        'AllergyIntolerance',
        'Appointment',
        'ServiceRequest',
        'Organization',
        'Bundle',
      ),
    ),
    id: mostly(fc.constantFrom('o1', 'o2', 'org', 'm', 'x')),
    meta: mostly(fc.record({ source: mostly(fc.constantFrom('https://kommune.example.no/fhir', 'nonsense')) })),
    status: mostly(fc.constantFrom('final', 'booked', 'entered-in-error', 'active', 'weird')),
    class: mostly(fc.record({ code: mostly(fc.constantFrom('AMB', 'IMP', 'HH')) })),
    period: mostly(period),
    effectiveDateTime: date,
    effectivePeriod: mostly(period),
    performedDateTime: date,
    onsetDateTime: date,
    recordedDate: date,
    authoredOn: date,
    occurrenceDateTime: date,
    start: date,
    end: date,
    date,
    issued: date,
    code: mostly(concept),
    category: mostly(fc.array(concept, { maxLength: 2 })),
    type: mostly(fc.oneof(concept, fc.array(concept, { maxLength: 2 }))),
    valueQuantity: mostly(quantity),
    component: mostly(fc.array(fc.record({ code: concept, valueQuantity: quantity }), { maxLength: 3 })),
    result: mostly(fc.array(reference, { maxLength: 3 })),
    hasMember: mostly(fc.array(reference, { maxLength: 3 })),
    serviceProvider: mostly(reference),
    performer: mostly(fc.array(fc.oneof(reference, fc.record({ actor: reference })), { maxLength: 2 })),
    medicationReference: mostly(reference),
    medicationCodeableConcept: mostly(concept),
    reasonCode: mostly(fc.array(concept, { maxLength: 2 })),
    name: mostly(words),
    entry: mostly(fc.array(fc.record({ resource: anything }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

function leaks(events: readonly TimelineEvent[]): string[] {
  const texts = events.flatMap((event) =>
    shownTexts({
      title: event.title,
      subtitle: event.subtitle,
      details: event.details,
      date: event.date.text,
      typeText: event.typeText,
      category: event.category,
      statusText: event.statusText,
      source: event.source,
      members: event.members.map((member) => [member.title, member.value, member.date?.text]),
    }),
  );
  return texts.filter((text) => FORBIDDEN.some((bad) => text.includes(bad)) || text.length > 20000);
}

describe('any JSON', () => {
  test('gives a timeline, never throws, and shows no undefined, NaN, object or JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 6, arbitrary: fc.array(resource, { maxLength: 12 }) }, { weight: 1, arbitrary: anything }),
        fc.constantFrom('nb', 'nn', 'en', 'xx'),
        fc.constantFrom('Europe/Oslo', 'America/New_York', 'Nowhere/City', undefined),
        (input, locale, timeZone) => {
          const model = timelineModel(input, {
            locale: locale as 'nb',
            now: new Date('2026-11-01T12:00:00+01:00'),
            ...(timeZone === undefined ? {} : { timeZone }),
          });
          expect(leaks(model.events)).toEqual([]);
          for (const event of model.events) {
            expect(event.title.trim()).not.toBe('');
            expect(Number.isFinite(event.date.start.getTime())).toBe(true);
          }
          for (const problem of model.problems) expect(problem.text).not.toMatch(/undefined|NaN/);
          // Grouping and filtering are total too.
          const sections = groupTimeline(model.events, { locale: model.locale, now: model.now });
          expect(sections.flatMap((section) => section.days.flatMap((day) => day.events))).toHaveLength(
            model.events.length,
          );
          for (const section of sections) {
            expect(section.heading).not.toBe('');
            for (const day of section.days) expect(day.heading).not.toMatch(/undefined|NaN|Invalid/);
          }
          for (const range of RANGE_PRESETS) filterEvents(model.events, { range, text: 'a' }, { now: model.now });
          typeFacets(model.events, model.locale);
          sourceFacets(model.events);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the events are always in order, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 10 }), (input) => {
        for (const list of [input, [...input].reverse()]) {
          const { events } = timelineModel(list, { now: new Date('2026-11-01T12:00:00+01:00') });
          for (let i = 1; i < events.length; i++) {
            expect(compareEvents(events[i - 1]!, events[i]!)).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
