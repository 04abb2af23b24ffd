import { describe, expect, test } from 'vitest';
import type { Resource } from 'fhir/r4.js';
import { FIXTURE_SETS, readFixtureSet } from '@samspill/fixtures/node';
import { parsePartialDate } from '@samspill/core/data.js';
import { RESOURCE_EVENT_TYPES, timelineModel, type TimelineEvent, type TimelineModel } from '../src/index.js';
import { ANCHOR, badTexts, generated, unpack } from './timeline-text.js';
import { isZoneCriterion } from '../src/timeline.kinds.js';

type Raw = Record<string, unknown> & { resourceType: string; id?: string };
const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

/** Where this test expects each type's clinical date, written independently of the model. */
function expectedDate(resource: Raw): unknown {
  const r = resource;
  switch (r.resourceType) {
    case 'Encounter':
      return field(r.period, 'start');
    case 'Condition':
    case 'AllergyIntolerance':
      return r.onsetDateTime ?? field(r.onsetPeriod, 'start') ?? r.recordedDate;
    case 'Procedure':
      return r.performedDateTime ?? field(r.performedPeriod, 'start');
    case 'Observation':
      return r.effectiveDateTime ?? field(r.effectivePeriod, 'start') ?? r.effectiveInstant ?? r.issued;
    case 'DiagnosticReport':
      return r.effectiveDateTime ?? field(r.effectivePeriod, 'start') ?? r.issued;
    case 'DocumentReference':
      return field(field(r.context, 'period'), 'start') ?? r.date;
    case 'Immunization':
      return r.occurrenceDateTime;
    case 'MedicationRequest':
      return r.authoredOn;
    case 'MedicationStatement':
      return r.effectiveDateTime ?? field(r.effectivePeriod, 'start') ?? field(r.effectivePeriod, 'end');
    case 'CarePlan':
      return field(r.period, 'start') ?? r.created;
    case 'Appointment':
      return r.start;
    default:
      return undefined;
  }
}

const NAMED = new Set(
  Object.keys(RESOURCE_EVENT_TYPES).filter(
    (type) => !type.startsWith('Medication') || type === 'MedicationRequest' || type === 'MedicationStatement',
  ),
);

/** Each resource's key with the dates it is shown at: the event's, or its member's inside the event. */
function datesByKey(model: TimelineModel): Map<string, { event: TimelineEvent; start: number }[]> {
  const found = new Map<string, { event: TimelineEvent; start: number }[]>();
  const add = (resource: Resource, event: TimelineEvent, start: number): void => {
    const key = `${resource.resourceType}/${resource.id ?? ''}`;
    found.set(key, [...(found.get(key) ?? []), { event, start }]);
  };
  for (const event of model.events) {
    const members = new Map(event.members.map((member) => [member.resource, member]));
    for (const resource of event.resources) {
      const member = members.get(resource);
      add(resource, event, (member ? member.date?.start : event.date.start)?.getTime() ?? NaN);
    }
  }
  return found;
}

function expectEveryEvent(resources: readonly Resource[], model: TimelineModel): number {
  const shown = datesByKey(model);
  const problems = new Set(model.problems.flatMap((problem) => (problem.key ? [problem.key] : [])));
  let checked = 0;
  for (const resource of resources as unknown as Raw[]) {
    if (!NAMED.has(resource.resourceType) || resource.id === undefined) continue;
    // A zone plan's criteria belong to the care plan (see timeline.kinds.ts).
    if (isZoneCriterion(resource)) continue;
    const key = `${resource.resourceType}/${resource.id}`;
    const value = expectedDate(resource);
    const expected = parsePartialDate(typeof value === 'string' ? value : undefined, 'Europe/Oslo');
    const places = shown.get(key) ?? [];
    if (!expected) {
      // No clinical date: reported, or a result shown inside its report.
      expect(places.length > 0 || problems.has(key), key).toBe(true);
      continue;
    }
    expect(places.length, `${key} is on the timeline`).toBeGreaterThan(0);
    expect(
      places.map((place) => place.start),
      `${key} at ${String(value)}`,
    ).toContain(expected.start.getTime());
    checked++;
  }
  for (const event of model.events) {
    expect(event.title.trim(), event.key).not.toBe('');
    expect(event.date.text.trim(), event.key).not.toBe('');
  }
  expect(badTexts(model.events)).toEqual([]);
  expect(badTexts(model.problems)).toEqual([]);
  return checked;
}

describe('fixture sets', () => {
  test.each(FIXTURE_SETS)('%s: every event-bearing resource is at its clinical date, readable', (set) => {
    const files = readFixtureSet(set).map(({ resource }) => resource);
    const model = timelineModel(files, { now: ANCHOR, includeEnteredInError: true });
    expectEveryEvent(files.flatMap(unpack), model);
  });
});

describe('generated population', () => {
  test('seed 1: every event-bearing resource is at its clinical date, and no dated one is a problem', () => {
    const resources = generated(1);
    const model = timelineModel(resources, { now: ANCHOR, includeEnteredInError: true });
    expect(expectEveryEvent(resources, model)).toBeGreaterThan(1000);
    expect(model.problems).toEqual([]);
    // Vital signs are put together: far fewer events than Observations.
    const observations = resources.filter((resource) => resource.resourceType === 'Observation').length;
    const observationEvents = model.events.filter((event) => event.type === 'observation').length;
    expect(observationEvents).toBeLessThan(observations / 2);
    // Every event has its source organisation and a known care level.
    for (const event of model.events) {
      expect(event.source?.careLevel, event.key).toBeDefined();
      expect(event.source?.careLevel, `${event.key} ${event.source?.label ?? ''}`).not.toBe('unknown');
    }
  });
});
