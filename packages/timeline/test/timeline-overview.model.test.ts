import { describe, expect, test } from 'vitest';
import type { FhirResource as Resource } from 'fhir/r4.js';
import {
  MIN_WINDOW,
  binLane,
  binOverview,
  clampWindow,
  fit,
  moveTo,
  overviewBounds,
  overviewModel,
  pan,
  ticks,
  timelineModel,
  zoom,
  type OverviewLane,
  type TimeWindow,
} from '../src/index.js';

const NOW = new Date('2024-05-08T12:00:00+02:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const patient = { reference: 'Patient/p1' };
const at = (value: string): number => new Date(value).getTime();

const resources: Resource[] = [
  {
    resourceType: 'Encounter',
    id: 'stay',
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
    subject: patient,
    period: { start: '2024-05-01T10:00:00+02:00', end: '2024-05-06T12:00:00+02:00' },
  },
  {
    resourceType: 'Encounter',
    id: 'visit',
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    subject: patient,
    period: { start: '2024-03-04T09:00:00+01:00' },
  },
  {
    resourceType: 'Appointment',
    id: 'next',
    status: 'booked',
    start: '2024-06-10T10:00:00+02:00',
    participant: [{ actor: patient, status: 'accepted' }],
  },
  { resourceType: 'Condition', id: 'asthma', subject: patient, code: { text: 'Astma' }, onsetDateTime: '2019' },
  {
    resourceType: 'AllergyIntolerance',
    id: 'nuts',
    patient,
    code: { text: 'Peanøtter' },
    onsetDateTime: '2020-02-03',
  },
  {
    resourceType: 'Observation',
    id: 'crp',
    status: 'final',
    code: { text: 'CRP' },
    subject: patient,
    effectiveDateTime: '2024-05-02T08:00:00+02:00',
    valueQuantity: { value: 12, unit: 'mg/L' },
  },
  {
    resourceType: 'MedicationStatement',
    id: 'course',
    status: 'completed',
    subject: patient,
    medicationCodeableConcept: { text: 'Amoxicillin 500 mg' },
    effectivePeriod: { start: '2024-04-01', end: '2024-04-10' },
  },
];

const events = timelineModel(resources, { now: NOW }).events;
const model = overviewModel(events, { now: NOW });

/** A lane of point events at the given instants. */
function pointLane(points: readonly number[], spans: OverviewLane['spans'] = []): OverviewLane {
  return {
    id: 'results',
    label: 'Prøvesvar og målinger',
    count: points.length + spans.length,
    points: Float64Array.from(points).sort(),
    spans,
  };
}

describe('lanes and extent', () => {
  test('one lane per category that has events, in order, with counts and labels', () => {
    expect(model.lanes.map((lane) => [lane.id, lane.label, lane.count])).toEqual([
      ['contacts', 'Kontakter', 3],
      ['diagnoses', 'Diagnoser og allergier', 2],
      ['results', 'Prøvesvar og målinger', 1],
      // A course's start and stop are two events.
      ['medications', 'Legemidler', 2],
    ]);
    expect(model.count).toBe(8);
  });

  test('labels in nynorsk and English', () => {
    expect(overviewModel(events, { now: NOW, locale: 'nn' }).lanes.map((lane) => lane.label)).toEqual([
      'Kontaktar',
      'Diagnosar og allergiar',
      'Prøvesvar og målingar',
      'Legemiddel',
    ]);
    expect(overviewModel(events, { now: NOW, locale: 'en' }).lanes[0]?.label).toBe('Encounters');
  });

  test('stays and courses are spans; a year is a faint span over the year, not a day', () => {
    const contacts = model.lanes.find((lane) => lane.id === 'contacts')!;
    expect(contacts.points).toHaveLength(2);
    expect(contacts.spans).toEqual([
      // The end is exclusive at its precision: the whole last second.
      { from: at('2024-05-01T10:00:00+02:00'), to: at('2024-05-06T12:00:01+02:00'), count: 1, vague: false },
    ]);
    const diagnoses = model.lanes.find((lane) => lane.id === 'diagnoses')!;
    expect(diagnoses.spans).toEqual([
      { from: at('2019-01-01T00:00:00+01:00'), to: at('2020-01-01T00:00:00+01:00'), count: 1, vague: true },
    ]);
  });

  test('the extent runs from the earliest start to the latest end or start, with now', () => {
    expect(model.extent).toEqual({
      first: at('2019-01-01T00:00:00+01:00'),
      last: at('2024-06-10T10:00:00+02:00'),
      now: NOW.getTime(),
    });
    const empty = overviewModel([], { now: NOW });
    expect(empty.lanes).toEqual([]);
    expect(empty.extent).toEqual({ first: NOW.getTime(), last: NOW.getTime(), now: NOW.getTime() });
  });
});

describe('the view window', () => {
  const bounds = overviewBounds(model.extent);

  test('fit shows every event and now, with a margin', () => {
    const all = fit(model.extent);
    expect(all.from).toBeLessThan(model.extent.first);
    expect(all.to).toBeGreaterThan(model.extent.last);
    expect(all).toEqual(bounds);
  });

  test('zoom keeps the anchor in place on screen', () => {
    const window = { from: at('2024-01-01T00:00:00Z'), to: at('2024-01-11T00:00:00Z') };
    const anchor = window.from + 2 * DAY;
    const zoomed = zoom(window, 2, anchor, bounds);
    expect(zoomed.to - zoomed.from).toBe(5 * DAY);
    expect((anchor - zoomed.from) / (zoomed.to - zoomed.from)).toBeCloseTo(0.2, 10);
  });

  test('zoom stops at an hour and at everything', () => {
    const window = { from: at('2024-01-01T00:00:00Z'), to: at('2024-01-01T02:00:00Z') };
    const close = zoom(window, 100, window.from, bounds);
    expect(close.to - close.from).toBe(MIN_WINDOW);
    expect(close.from).toBe(window.from);
    expect(zoom(window, 1e-9, window.from, bounds)).toEqual(bounds);
  });

  test('pan moves by a fraction of the window and stops at the bounds', () => {
    const window = { from: at('2024-01-01T00:00:00Z'), to: at('2024-01-11T00:00:00Z') };
    expect(pan(window, 0.1, bounds)).toEqual({ from: window.from + DAY, to: window.to + DAY });
    const late = pan(window, 1000, bounds);
    expect(late.to).toBe(bounds.to);
    expect(late.to - late.from).toBe(10 * DAY);
    const early = pan(window, -1000, bounds);
    expect(early.from).toBe(bounds.from);
  });

  test('clamping a window longer than the bounds gives the bounds', () => {
    expect(clampWindow({ from: bounds.from - YEARS, to: bounds.to + YEARS }, bounds)).toEqual(bounds);
  });

  test('Home and End move the window to the first and last event', () => {
    const window = { from: at('2022-01-01T00:00:00Z'), to: at('2022-02-01T00:00:00Z') };
    const first = moveTo(window, model.extent.first, 'start', bounds);
    expect(first.from).toBeLessThanOrEqual(model.extent.first);
    expect(first.to).toBeGreaterThan(model.extent.first);
    const last = moveTo(window, model.extent.last, 'end', bounds);
    expect(last.to).toBeGreaterThan(model.extent.last);
    expect(last.to - last.from).toBe(window.to - window.from);
  });
});
const YEARS = 50 * 365 * DAY;

describe('ticks', () => {
  const cases: [string, TimeWindow, string, number][] = [
    ['a few hours', { from: at('2024-05-07T08:00:00+02:00'), to: at('2024-05-07T14:00:00+02:00') }, 'hour', 1],
    ['a week', { from: at('2024-05-01T00:00:00+02:00'), to: at('2024-05-08T00:00:00+02:00') }, 'day', 1],
    ['two months', { from: at('2024-03-01T00:00:00+01:00'), to: at('2024-05-01T00:00:00+02:00') }, 'week', 1],
    ['a year', { from: at('2023-01-01T00:00:00+01:00'), to: at('2024-01-01T00:00:00+01:00') }, 'month', 1],
    ['ten years', { from: at('2014-01-01T00:00:00+01:00'), to: at('2024-01-01T00:00:00+01:00') }, 'year', 1],
    ['a century', { from: at('1924-01-01T00:00:00+01:00'), to: at('2024-01-01T00:00:00+01:00') }, 'year', 10],
  ];
  for (const [name, window, unit, step] of cases) {
    test(`${name} at 1 200 px has ${unit} ticks`, () => {
      const axis = ticks(window, 1200);
      expect([axis.unit, axis.step]).toEqual([unit, step]);
      expect(axis.ticks.length).toBeGreaterThan(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(1200 / 90 + 1);
      for (const tick of axis.ticks) expect(tick.at).toBeGreaterThanOrEqual(window.from);
    });
  }

  test('narrow widths get coarser ticks', () => {
    const window = { from: at('2023-01-01T00:00:00+01:00'), to: at('2024-01-01T00:00:00+01:00') };
    expect(ticks(window, 320).step).toBeGreaterThan(1);
  });

  test('days start at midnight in Oslo, across the change to summer time', () => {
    const window = { from: at('2024-03-29T00:00:00+01:00'), to: at('2024-04-02T00:00:00+02:00') };
    const axis = ticks(window, 400);
    expect(axis.unit).toBe('day');
    expect(axis.ticks.map((tick) => new Date(tick.at).toISOString())).toEqual([
      '2024-03-28T23:00:00.000Z',
      '2024-03-29T23:00:00.000Z',
      '2024-03-30T23:00:00.000Z',
      // 31 March is 23 hours long.
      '2024-03-31T22:00:00.000Z',
    ]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['29. mars', '30. mars', '31. mars', '1. apr.']);
  });

  test('weeks start on Monday; months and years on the first, in Oslo, in each language', () => {
    const weeks = ticks({ from: at('2024-05-01T00:00:00+02:00'), to: at('2024-06-15T00:00:00+02:00') }, 800);
    expect(weeks.unit).toBe('week');
    expect(weeks.ticks[0]?.label).toBe('6. mai');
    const months = ticks({ from: at('2023-12-15T00:00:00+01:00'), to: at('2024-06-01T00:00:00+02:00') }, 800);
    expect(months.unit).toBe('month');
    expect(new Date(months.ticks[0]!.at).toISOString()).toBe('2023-12-31T23:00:00.000Z');
    expect(months.ticks[0]?.label).toBe('jan. 2024');
    const english = ticks({ from: at('2023-12-15T00:00:00+01:00'), to: at('2024-06-01T00:00:00+02:00') }, 800, {
      locale: 'en',
    });
    expect(english.ticks[0]?.label).toBe('Jan 2024');
    const years = ticks({ from: at('2015-06-01T00:00:00+02:00'), to: at('2024-06-01T00:00:00+02:00') }, 800);
    expect(years.ticks.map((tick) => tick.label)).toContain('2020');
    expect(new Date(years.ticks.find((tick) => tick.label === '2020')!.at).toISOString()).toBe(
      '2019-12-31T23:00:00.000Z',
    );
  });

  test('hours name their day at midnight', () => {
    const window = { from: at('2024-05-07T18:00:00+02:00'), to: at('2024-05-08T06:00:00+02:00') };
    const axis = ticks(window, 800);
    expect(axis.unit).toBe('hour');
    expect(axis.ticks.map((tick) => tick.label)).toContain('8. mai');
    expect(axis.ticks.map((tick) => tick.label)).toContain('21:00');
  });

  test('another time zone moves the ticks', () => {
    const window = { from: at('2024-05-01T00:00:00Z'), to: at('2024-05-05T00:00:00Z') };
    const ny = ticks(window, 1000, { timeZone: 'America/New_York' });
    expect(new Date(ny.ticks[0]!.at).toISOString()).toBe('2024-05-01T04:00:00.000Z');
  });
});

describe('binning', () => {
  const start = at('2020-01-01T00:00:00Z');
  // 50 000 events over four years, pseudo-random but repeatable.
  let seed = 7;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const many = Array.from({ length: 50_000 }, () => start + random() * 4 * 365 * DAY);
  const lane = pointLane(many);

  test('bins keep every event in the window and never outnumber the pixels', () => {
    const window = { from: start + 100 * DAY, to: start + 900 * DAY };
    const inWindow = many.filter((instant) => instant >= window.from && instant < window.to).length;
    const binned = binLane(lane, window, 800, 8);
    expect(binned.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(inWindow);
    expect(binned.count).toBe(inWindow);
    expect(binned.bins.length).toBeLessThanOrEqual(100);
    for (const bin of binned.bins) expect(bin.to).toBeGreaterThan(bin.from);
  });

  test('a lone event is drawn where it is; empty bins are left out', () => {
    const binned = binLane(pointLane([start + 5 * DAY]), { from: start, to: start + 100 * DAY }, 1000, 10);
    expect(binned.bins).toEqual([expect.objectContaining({ count: 1, at: start + 5 * DAY })]);
  });

  test('overlapping spans in a lane are merged; distant ones are not', () => {
    const spans = [
      { from: start, to: start + 10 * DAY, count: 1, vague: false },
      { from: start + 5 * DAY, to: start + 20 * DAY, count: 1, vague: false },
      { from: start + 60 * DAY, to: start + 70 * DAY, count: 1, vague: false },
      { from: start, to: start + 365 * DAY, count: 1, vague: true },
      { from: start + 500 * DAY, to: start + 600 * DAY, count: 1, vague: false },
    ];
    const binned = binLane(pointLane([], spans), { from: start, to: start + 100 * DAY }, 1000, 10);
    expect(binned.spans).toEqual([
      { from: start, to: start + 20 * DAY, count: 2, vague: false },
      { from: start + 60 * DAY, to: start + 70 * DAY, count: 1, vague: false },
      { from: start, to: start + 365 * DAY, count: 1, vague: true },
    ]);
    expect(binned.count).toBe(4);
  });

  test('stays shorter than a bin count as points, so daily visits never read as one long stay', () => {
    const spans = Array.from({ length: 5000 }, (_, index) => ({
      from: start + index * 6 * HOUR,
      to: start + index * 6 * HOUR + HOUR,
      count: 1,
      vague: false,
    }));
    const binned = binLane(pointLane([], spans), { from: start, to: start + 5000 * 6 * HOUR }, 320, 8);
    expect(binned.spans).toEqual([]);
    expect(binned.bins.length).toBeLessThanOrEqual(40);
    expect(binned.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5000);
    expect(binned.count).toBe(5000);
  });

  test('zoomed in, the same visits are bars again; a stay longer than a bin stays a bar', () => {
    const visit = { from: start + 2 * HOUR, to: start + 3 * HOUR, count: 1, vague: false };
    const stay = { from: start + 100 * DAY, to: start + 110 * DAY, count: 1, vague: false };
    const years = binLane(pointLane([], [visit, stay]), { from: start, to: start + 365 * DAY }, 730, 10);
    expect(years.spans).toEqual([stay]);
    expect(years.bins).toEqual([expect.objectContaining({ count: 1, at: visit.from })]);
    const hours = binLane(pointLane([], [visit, stay]), { from: start, to: start + 6 * HOUR }, 600, 10);
    expect(hours.spans).toEqual([visit]);
    expect(hours.bins).toEqual([]);
  });

  test('every lane of the model is binned', () => {
    const window = fit(model.extent);
    const lanes = binOverview(model, window, 600);
    expect(lanes.map((binned) => binned.count)).toEqual([3, 2, 1, 2]);
  });
});
