import { describe, expect, test } from 'vitest';
import type { FhirResource as Resource } from 'fhir/r4.js';
import { createStaticSource, mergeSources } from '@samspill/core/data.js';
import {
  filterEvents,
  groupByDay,
  groupTimeline,
  loadTimeline,
  sourceFacets,
  timelineModel,
  typeFacets,
  type TimelineEvent,
} from '../src/index.js';
import { badTexts } from './timeline-text.js';

const NOW = new Date('2024-05-08T12:00:00+02:00');
const patient = { reference: 'Patient/p1' };
const meta = { lastUpdated: '2026-01-01T00:00:00Z' };

const byKey = (events: readonly TimelineEvent[], key: string): TimelineEvent | undefined =>
  events.find((event) => event.key === key);

const vital = (id: string, code: string, text: string, at: string, value: number, unit: string): Resource => ({
  resourceType: 'Observation',
  id,
  meta,
  status: 'final',
  category: [
    { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
  ],
  code: { coding: [{ system: 'http://loinc.org', code }], text },
  subject: patient,
  effectiveDateTime: at,
  valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
});

describe('dates, precision and order', () => {
  const resources: Resource[] = [
    { resourceType: 'Condition', id: 'year', meta, subject: patient, code: { text: 'Astma' }, onsetDateTime: '2019' },
    {
      resourceType: 'Condition',
      id: 'month',
      meta,
      subject: patient,
      code: { text: 'Eksem' },
      onsetDateTime: '2019-03',
    },
    {
      resourceType: 'Procedure',
      id: 'day',
      meta,
      status: 'completed',
      subject: patient,
      code: { text: 'Sårstell' },
      performedDateTime: '2019-01-01',
    },
    {
      resourceType: 'Procedure',
      id: 'time',
      meta,
      status: 'completed',
      subject: patient,
      code: { text: 'Blodprøve' },
      performedDateTime: '2019-01-01T00:00:00+01:00',
    },
    {
      resourceType: 'Encounter',
      id: 'stay',
      meta,
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
      subject: patient,
      period: { start: '2024-05-01T10:00:00+02:00', end: '2024-05-06T12:00:00+02:00' },
    },
    {
      resourceType: 'Appointment',
      id: 'next',
      meta,
      status: 'booked',
      description: 'Kontroll hos fastlege',
      start: '2024-06-01T09:00:00+02:00',
      end: '2024-06-01T09:20:00+02:00',
      participant: [{ actor: patient, status: 'accepted' }],
    },
    {
      resourceType: 'MedicationStatement',
      id: 'course',
      meta,
      status: 'completed',
      subject: patient,
      medicationCodeableConcept: { text: 'Amoxicillin 500 mg' },
      effectivePeriod: { start: '2024-04-01', end: '2024-04-10' },
    },
    // Only meta.lastUpdated: no clinical date, reported, never placed at its last update.
    { resourceType: 'Procedure', id: 'undated', meta, status: 'completed', subject: patient, code: { text: 'Ukjent' } },
  ];
  const model = timelineModel(resources, { now: NOW });

  test('a year stays a year, a month a month; each is formatted at its precision', () => {
    expect(byKey(model.events, 'Condition/year')?.date).toMatchObject({ precision: 'year', text: '2019' });
    expect(byKey(model.events, 'Condition/month')?.date).toMatchObject({ precision: 'month', text: 'mars 2019' });
    expect(byKey(model.events, 'Procedure/day')?.date.text).toBe('1. januar 2019');
  });

  test('newest first by start; at one instant the finer precision first', () => {
    const keys = model.events.map((event) => event.key);
    expect(keys).toEqual([
      'Appointment/next',
      'Encounter/stay',
      'MedicationStatement/course#end',
      'MedicationStatement/course',
      'Condition/month',
      'Procedure/time',
      'Procedure/day',
      'Condition/year',
    ]);
    // The same input in another order gives the same order.
    expect(timelineModel([...resources].reverse(), { now: NOW }).events.map((event) => event.key)).toEqual(keys);
  });

  test('a stay is a span with its class; a future appointment is flagged; a course has a start and a stop', () => {
    const stay = byKey(model.events, 'Encounter/stay');
    expect(stay).toMatchObject({ type: 'encounter', category: 'Innleggelse', title: 'Innleggelse', span: true });
    expect(stay?.date.text).toBe('1. mai 2024 kl. 10:00 – 6. mai 2024 kl. 12:00');
    expect(byKey(model.events, 'Appointment/next')).toMatchObject({ future: true, statusText: 'Bestilt' });
    expect(byKey(model.events, 'MedicationStatement/course')?.title).toBe('Startet: Amoxicillin 500 mg');
    expect(byKey(model.events, 'MedicationStatement/course#end')?.title).toBe('Avsluttet: Amoxicillin 500 mg');
  });

  test('clinical dates only: a resource with only meta.lastUpdated is a problem, not an event', () => {
    expect(byKey(model.events, 'Procedure/undated')).toBeUndefined();
    expect(model.problems).toEqual([
      { key: 'Procedure/undated', text: 'Prosedyre mangler en lesbar klinisk dato og vises ikke i tidslinjen.' },
    ]);
  });

  test('a resource type the timeline has no builder for falls back to a generic event', () => {
    const generic = timelineModel(
      [
        {
          resourceType: 'ServiceRequest',
          id: 'sr',
          status: 'active',
          intent: 'order',
          subject: patient,
          code: { text: 'Fysioterapi' },
          authoredOn: '2024-05-02',
        },
      ],
      { now: NOW },
    );
    expect(generic.events[0]).toMatchObject({ type: 'other', title: 'Fysioterapi', statusText: 'Aktiv' });
    expect(generic.events[0]?.date.text).toBe('2. mai 2024');
  });

  test("a zone plan's criterion (a Condition with HL7 Norway's zone severity) is the plan's, not an event", () => {
    const zone = 'http://hl7.no/fhir/ig/planer-hacking/CodeSystem/planer-hacking-observation-severity-zone-cs';
    const criterion = timelineModel(
      [
        {
          resourceType: 'Condition',
          id: 'sone-gul',
          subject: patient,
          severity: { coding: [{ system: zone, code: 'yellow', display: 'Gul sone' }] },
          code: { text: 'Vekten har økt mer enn 2 kg på 3 dager' },
          recordedDate: '2026-09-23',
        },
      ],
      { now: NOW },
    );
    expect(criterion.events).toEqual([]);
    expect(criterion.problems).toEqual([]);
  });
});

describe('observations', () => {
  const resources: Resource[] = [
    vital('bp', '85354-9', 'Blodtrykk', '2024-05-07T08:00:00+02:00', 120, 'mm[Hg]'),
    vital('pulse', '8867-4', 'Puls', '2024-05-07T08:01:00+02:00', 72, '/min'),
    vital('weight', '29463-7', 'Vekt', '2024-05-07T08:02:00+02:00', 80.5, 'kg'),
    vital('pulse2', '8867-4', 'Puls', '2024-05-07T20:00:00+02:00', 80, '/min'),
    vital('next-day', '8867-4', 'Puls', '2024-05-08T08:00:00+02:00', 75, '/min'),
    {
      resourceType: 'Observation',
      id: 'hb',
      status: 'final',
      code: { text: 'Hemoglobin' },
      subject: patient,
      effectiveDateTime: '2024-05-07T09:00:00+02:00',
      valueQuantity: { value: 13.2, unit: 'g/dL' },
    },
    {
      resourceType: 'DiagnosticReport',
      id: 'lab',
      status: 'final',
      code: { text: 'Blodprøver' },
      subject: patient,
      effectiveDateTime: '2024-05-07T09:00:00+02:00',
      result: [{ reference: 'Observation/hb' }],
    },
  ];
  const model = timelineModel(resources, { now: NOW });

  test("one event per day and category: 'Vitale tegn: blodtrykk, puls, vekt', each measurement inside", () => {
    const vitals = model.events.filter((event) => event.type === 'observation');
    expect(vitals).toHaveLength(2);
    const day = vitals.find((event) => event.members.length === 4);
    expect(day?.title).toBe('Vitale tegn: blodtrykk, puls, vekt');
    expect(day?.date.text).toBe('7. mai 2024 kl. 08:00');
    expect(day?.details).toContain('Vekt: 80,5 kg');
    expect(vitals.find((event) => event.members.length === 0)?.title).toBe('Puls');
  });

  test('a report carries its results, which are not events of their own', () => {
    const report = byKey(model.events, 'DiagnosticReport/lab');
    expect(report).toMatchObject({ type: 'report', title: 'Blodprøver', subtitle: '1 resultat' });
    expect(report?.details).toEqual(['Hemoglobin: 13,2 g/dL']);
    expect(byKey(model.events, 'Observation/hb')).toBeUndefined();
  });
});

describe('references and long groups', () => {
  test("a Bundle entry's urn:uuid reference resolves to the result and the reason it names", () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:c1',
          resource: { resourceType: 'Condition', id: 'c1', subject: patient, code: { text: 'Hyperlipidemi' } },
        },
        {
          fullUrl: 'urn:uuid:o1',
          resource: {
            resourceType: 'Observation',
            id: 'o1',
            status: 'final',
            code: { text: 'Kolesterol' },
            effectiveDateTime: '2024-05-07',
            valueQuantity: { value: 5.2, unit: 'mmol/L' },
          },
        },
        {
          fullUrl: 'urn:uuid:r1',
          resource: {
            resourceType: 'DiagnosticReport',
            id: 'r1',
            status: 'final',
            code: { text: 'Lipidpanel' },
            effectiveDateTime: '2024-05-07',
            result: [{ reference: 'urn:uuid:o1' }],
          },
        },
        {
          fullUrl: 'urn:uuid:e1',
          resource: {
            resourceType: 'Encounter',
            id: 'e1',
            status: 'finished',
            class: { code: 'AMB' },
            period: { start: '2024-05-07' },
            reasonReference: [{ reference: 'urn:uuid:c1' }, { reference: 'urn:uuid:missing' }],
          },
        },
      ],
    };
    const { events } = timelineModel(bundle, { now: NOW });
    expect(byKey(events, 'DiagnosticReport/r1')?.details).toEqual(['Kolesterol: 5,2 mmol/L']);
    expect(byKey(events, 'Observation/o1')).toBeUndefined();
    // A reference nothing names is left out, never "Uten navn".
    expect(byKey(events, 'Encounter/e1')?.details).toEqual(['Årsak: Hyperlipidemi']);
  });

  test('a long group names five and counts the rest', () => {
    const labs: Resource[] = Array.from({ length: 8 }, (_, i) => ({
      resourceType: 'Observation',
      id: `lab${String(i)}`,
      status: 'final',
      category: [{ coding: [{ code: 'laboratory' }] }],
      code: { text: `Analyse ${String(i)}` },
      effectiveDateTime: '2024-05-07T08:00:00+02:00',
    }));
    const [event] = timelineModel(labs, { now: NOW, locale: 'en' }).events;
    expect(event?.title).toBe('Laboratory tests: analyse 0, analyse 1, analyse 2, analyse 3, analyse 4 and 3 more');
    expect(event?.members).toHaveLength(8);
  });
});

describe('day and month headings', () => {
  const at = (id: string, date: string): Resource => ({
    resourceType: 'Procedure',
    id,
    status: 'completed',
    subject: patient,
    code: { text: id },
    performedDateTime: date,
  });
  const resources = [
    at('today', '2024-05-08T07:00:00+02:00'),
    at('late-yesterday', '2024-05-07T23:30:00+02:00'),
    at('yesterday', '2024-05-07'),
    at('tuesday', '2024-04-30'),
    at('month', '2024-03'),
    at('old', '2019'),
  ];
  const events = timelineModel(resources, { now: NOW }).events;

  test.each([
    ['nb', ['I dag', 'I går', 'Tirsdag 30. april 2024', 'Mars 2024', '2019']],
    ['nn', ['I dag', 'I går', 'Tysdag 30. april 2024', 'Mars 2024', '2019']],
    ['en', ['Today', 'Yesterday', 'Tuesday, 30 April 2024', 'March 2024', '2019']],
  ] as const)('%s: today, yesterday, weekday and date; a month or year alone', (locale, headings) => {
    const days = groupByDay(events, { locale, now: NOW });
    expect(days.map((day) => day.heading)).toEqual(headings);
    // Late yesterday in Oslo is yesterday, whatever the server's zone.
    expect(days[1]?.events.map((event) => event.title)).toEqual(['late-yesterday', 'yesterday']);
  });

  test('days are Oslo days unless told: 01:30 in Oslo is the evening before in New York', () => {
    const early = timelineModel([at('early', '2024-05-08T01:30:00+02:00')], { now: NOW }).events;
    expect(groupByDay(early, { now: NOW }).map((day) => day.key)).toEqual(['2024-05-08']);
    const elsewhere = timelineModel([at('early', '2024-05-08T01:30:00+02:00')], {
      now: NOW,
      timeZone: 'America/New_York',
    }).events;
    expect(elsewhere[0]?.date.text).toBe('7. mai 2024 kl. 19:30');
    expect(
      groupByDay(elsewhere, { now: NOW, timeZone: 'America/New_York' }).map((day) => [day.key, day.heading]),
    ).toEqual([['2024-05-07', 'I går']]);
  });

  test('month headings over a short span, year headings over a long one', () => {
    const recent = events.filter((event) => event.date.start.getUTCFullYear() === 2024);
    expect(groupTimeline(recent, { now: NOW }).map((section) => section.heading)).toEqual([
      'Mai 2024',
      'April 2024',
      'Mars 2024',
    ]);
    const sections = groupTimeline(events, { now: NOW, locale: 'en' });
    expect(sections.map((section) => [section.heading, section.level])).toEqual([
      ['2024', 'year'],
      ['2019', 'year'],
    ]);
  });
});

describe('sources and care levels', () => {
  const encounter = (id: string, date: string): Resource => ({
    resourceType: 'Encounter',
    id,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    subject: patient,
    period: { start: date },
  });
  const source = mergeSources([
    {
      label: 'Fjordvik kommune, hjemmetjenesten',
      source: createStaticSource([encounter('k1', '2024-05-01'), encounter('k2', '2024-05-02')]),
    },
    {
      label: 'St. Sunnivas hospital',
      organization: { display: 'St. Sunnivas hospital HF' },
      source: createStaticSource([encounter('s1', '2024-05-03')]),
    },
  ]);

  test('each event names its organisation and care level; the sources are facets with counts', async () => {
    const loaded = await loadTimeline(source, 'p1');
    const model = timelineModel(loaded.resources, { now: NOW });
    expect(byKey(model.events, 'Encounter/k1')?.source).toMatchObject({
      label: 'Fjordvik kommune, hjemmetjenesten',
      careLevel: 'kommune',
      careLevelText: 'Kommune',
    });
    expect(byKey(model.events, 'Encounter/s1')?.source?.careLevel).toBe('spesialisthelsetjeneste');
    expect(sourceFacets(model.events).map((facet) => [facet.label, facet.count])).toEqual([
      ['Fjordvik kommune, hjemmetjenesten', 2],
      ['St. Sunnivas hospital', 1],
    ]);
    const hospital = sourceFacets(model.events).find((facet) => facet.careLevel === 'spesialisthelsetjeneste');
    expect(filterEvents(model.events, { sources: [hospital?.key ?? ''] }).map((event) => event.key)).toEqual([
      'Encounter/s1',
    ]);
  });

  test('without an origin: the serviceProvider; a meta.source host is never shown as a source', () => {
    const model = timelineModel(
      [
        { ...encounter('gp', '2024-05-01'), serviceProvider: { display: 'Fjordvik sentrum legekontor' } },
        { ...encounter('host', '2024-05-02'), meta: { source: 'https://privatklinikken.example.no/fhir' } },
        {
          ...encounter('named', '2024-05-03'),
          meta: { source: 'https://sykehus.example.no/fhir' },
          serviceProvider: { reference: 'Organization/hf', display: 'Fjordvik sykehus HF' },
        },
        { ...encounter('same-system', '2024-05-04'), meta: { source: 'https://sykehus.example.no/fhir#x1' } },
      ],
      { now: NOW },
    );
    expect(byKey(model.events, 'Encounter/gp')?.source).toMatchObject({
      careLevel: 'fastlege',
      careLevelText: 'Fastlege',
    });
    // Nothing names the organisation: "Ukjent kilde" in the view, never "privatklinikken.example.no".
    expect(byKey(model.events, 'Encounter/host')?.source).toBeUndefined();
    // The system is named after the organisation its other records name.
    expect(byKey(model.events, 'Encounter/same-system')?.source).toMatchObject({
      label: 'Fjordvik sykehus HF',
      careLevel: 'spesialisthelsetjeneste',
    });
    const labels = model.events.map((event) => event.source?.label ?? '');
    expect(labels.some((label) => label.includes('example.no'))).toBe(false);
  });
});

describe('filters', () => {
  const resources: Resource[] = [
    {
      resourceType: 'Condition',
      id: 'c',
      subject: patient,
      code: { text: 'Hjertesvikt' },
      onsetDateTime: '2024-05-06',
    },
    {
      resourceType: 'Procedure',
      id: 'p',
      status: 'completed',
      subject: patient,
      code: { text: 'Kneoperasjon, Tromsø' },
      performedDateTime: '2024-04-01',
    },
    {
      resourceType: 'Procedure',
      id: 'old',
      status: 'completed',
      subject: patient,
      code: { text: 'Blindtarmoperasjon' },
      performedDateTime: '2020-06-01',
    },
    {
      resourceType: 'Appointment',
      id: 'a',
      status: 'booked',
      description: 'Kontroll',
      start: '2024-06-01T09:00:00+02:00',
      participant: [{ actor: patient, status: 'accepted' }],
    },
  ];
  const events = timelineModel(resources, { now: NOW }).events;
  const keys = (list: readonly TimelineEvent[]): string[] => list.map((event) => event.key);

  test('types, with counts', () => {
    expect(typeFacets(events).map((facet) => [facet.type, facet.text, facet.count])).toEqual([
      ['appointment', 'Timeavtale', 1],
      ['condition', 'Diagnose', 1],
      ['procedure', 'Prosedyre', 2],
    ]);
    expect(keys(filterEvents(events, { types: ['procedure'] }))).toEqual(['Procedure/p', 'Procedure/old']);
  });

  test('range presets look back from now and keep what lies ahead; a custom range at any precision', () => {
    expect(keys(filterEvents(events, { range: '7d' }, { now: NOW }))).toEqual(['Appointment/a', 'Condition/c']);
    expect(keys(filterEvents(events, { range: '30d' }, { now: NOW }))).toEqual(['Appointment/a', 'Condition/c']);
    expect(keys(filterEvents(events, { range: '1y' }, { now: NOW }))).toHaveLength(3);
    expect(keys(filterEvents(events, { range: 'all' }, { now: NOW }))).toHaveLength(4);
    expect(keys(filterEvents(events, { range: { from: '2020', to: '2024-04' } }))).toEqual([
      'Procedure/p',
      'Procedure/old',
    ]);
  });

  test('free text ignores case and diacritics, every word must match', () => {
    expect(keys(filterEvents(events, { text: 'TROMSO' }))).toEqual(['Procedure/p']);
    expect(keys(filterEvents(events, { text: 'operasjon kne' }))).toEqual(['Procedure/p']);
    expect(keys(filterEvents(events, { text: 'operasjon' }))).toEqual(['Procedure/p', 'Procedure/old']);
    expect(keys(filterEvents(events, { text: '   ' }))).toHaveLength(4);
  });

  test('no text leaks', () => {
    expect(badTexts(events)).toEqual([]);
  });
});
