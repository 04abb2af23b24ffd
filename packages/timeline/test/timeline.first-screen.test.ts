import type { Bundle, Resource } from 'fhir/r4.js';
import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import { FIRST_SCREEN_SIZE, firstScreenInput, latestDateOf } from '../src/timeline.first-screen.js';
import { timelineModel, timelineModelSteps, type TimelineModel } from '../src/timeline.model.js';
import { ANCHOR, generated, patientResources } from './timeline-text.js';

const LARGE = patientResources(generated(1, true), PATIENT_IDS.large);

/** The first `count` events as the reader sees them: date, type, title, source. */
const top = (model: TimelineModel, count: number) =>
  model.events
    .slice(0, count)
    .map((event) => [event.key, event.date.value, event.type, event.title, event.source?.label ?? ''].join(' | '));

describe('latestDateOf', () => {
  test('the latest of the dates an event may take, as written', () => {
    expect(
      latestDateOf({ resourceType: 'Encounter', period: { start: '2024-05-07T10:00:00+02:00', end: '2024-05-09' } }),
    ).toBe('2024-05-09');
    expect(
      latestDateOf({
        resourceType: 'Condition',
        onsetDateTime: '2019-03',
        recordedDate: '2019-04-01',
        abatementDateTime: '2021',
      }),
    ).toBe('2021');
    expect(
      latestDateOf({
        resourceType: 'Observation',
        effectiveDateTime: '2024-01-01',
        meta: { lastUpdated: '2026-01-01' },
      }),
    ).toBe('2024-01-01');
  });

  test('empty for anything without a date, hostile or not a resource', () => {
    for (const value of [
      null,
      undefined,
      42,
      'text',
      [],
      { resourceType: 'Encounter' },
      { date: 'yesterday' },
      { date: { toString: 1 } },
      { period: 'x' },
    ]) {
      expect(latestDateOf(value)).toBe('');
    }
  });
});

describe('firstScreenInput', () => {
  test('a short record, or a document, is modelled whole', () => {
    expect(firstScreenInput(LARGE.slice(0, 500))).toBeUndefined();
    const document: Bundle = {
      resourceType: 'Bundle',
      type: 'document',
      entry: LARGE.map((resource) => ({ resource })),
    };
    expect(firstScreenInput(document, { from: 10 })).toBeUndefined();
    expect(firstScreenInput([], { from: 0 })).toBeUndefined();
    expect(firstScreenInput('nonsense', { from: 0 })).toBeUndefined();
  });

  test('the newest resources and everything that is no event, in one collection Bundle', () => {
    const cut = firstScreenInput(LARGE);
    expect(cut?.resourceType).toBe('Bundle');
    const kept = new Set((cut?.entry ?? []).map((entry) => entry.resource));
    const events = LARGE.filter(
      (resource) =>
        latestDateOf(resource) !== '' &&
        !['Patient', 'Organization', 'Medication', 'Practitioner', 'Location'].includes(resource.resourceType),
    );
    const keptEvents = events.filter((resource) => kept.has(resource));
    expect(keptEvents.length).toBeGreaterThanOrEqual(FIRST_SCREEN_SIZE);
    expect(keptEvents.length).toBeLessThan(FIRST_SCREEN_SIZE * 1.2);
    // None left out is newer than any kept.
    const oldestKept = keptEvents.map(latestDateOf).sort()[0] ?? '';
    expect(
      events.filter((resource) => !kept.has(resource)).every((resource) => latestDateOf(resource) <= oldestKept),
    ).toBe(true);
    for (const type of ['Organization', 'Medication', 'Patient']) {
      expect(LARGE.filter((resource) => resource.resourceType === type).every((resource) => kept.has(resource))).toBe(
        true,
      );
    }
  });

  test('its model starts with the same events as the whole record, newest first', () => {
    const whole = timelineModel(LARGE, { now: ANCHOR });
    const first = timelineModel(firstScreenInput(LARGE), { now: ANCHOR });
    expect(whole.events.length).toBeGreaterThan(10_000);
    expect(first.events.length).toBeLessThan(whole.events.length / 10);
    expect(top(first, 40)).toEqual(top(whole, 40));
  });

  test('from Bundles and nested arrays alike, keeping each entry once with its fullUrl', () => {
    const entries = LARGE.map((resource, i) => ({ fullUrl: `urn:uuid:${String(i)}`, resource }));
    const bundle: Bundle = { resourceType: 'Bundle', type: 'searchset', entry: entries };
    const cut = firstScreenInput([bundle, [bundle, LARGE.slice(0, 10)]]);
    const urls = (cut?.entry ?? []).map((entry) => entry.fullUrl);
    expect(urls.every((url) => url?.startsWith('urn:uuid:'))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    const whole = timelineModel(bundle, { now: ANCHOR });
    expect(top(timelineModel(cut, { now: ANCHOR }), 20)).toEqual(top(whole, 20));
  });

  test('undated events wait for the whole; what is not a resource is left to the whole to report', () => {
    const dated = Array.from(
      { length: 30 },
      (_, i): Resource =>
        ({
          resourceType: 'Procedure',
          id: `p${String(i)}`,
          performedDateTime: `20${String(10 + i)}-01-01`,
        }) as Resource,
    );
    const cut = firstScreenInput([...dated, { resourceType: 'Procedure', id: 'undated' }, 'not a resource', null], {
      size: 5,
      from: 10,
    });
    expect((cut?.entry ?? []).map((entry) => entry.resource?.id)).toEqual(['p25', 'p26', 'p27', 'p28', 'p29']);
  });
});

describe('timelineModelSteps', () => {
  test('pauses every few hundred resources and ends with the model timelineModel builds at once', () => {
    const steps = timelineModelSteps(LARGE, { now: ANCHOR });
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(LARGE.length / 500);
    expect(step.value).toEqual(timelineModel(LARGE, { now: ANCHOR }));
  });

  test('any input, the same model as at once', () => {
    for (const input of [[], LARGE.slice(0, 20), 'nonsense', null]) {
      const run = timelineModelSteps(input, { now: ANCHOR });
      let step = run.next();
      while (!step.done) step = run.next();
      expect(step.value).toEqual(timelineModel(input, { now: ANCHOR }));
    }
  });
});
