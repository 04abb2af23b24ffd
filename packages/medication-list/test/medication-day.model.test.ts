// The day view's model: rows → today's administrations by part of the day, "ved behov" apart, what
// cannot be placed with its words. Hand-made shapes for each rule and each kind of bad input, then the
// real fixtures (SFM's PLL, Epic's orders, the dosage corpus of the HL7, LMDI and Synthea examples, a
// whole Synthea record, the generated home-care patients), then any JSON.
import fc from 'fast-check';
import type { Dosage, MedicationRequest, MedicationStatement } from 'fhir/r4.js';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readFixture } from '@samspill/fixtures/node';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import {
  DAY_SLOTS,
  USE_EXTENSION,
  USE_SYSTEM,
  medicationDay,
  medicationRows,
  type MedicationDay,
  type MedicationRow,
} from '../src/index.js';
import { readShortDosage } from '../src/medication-day-short-dosage.js';
import { clockTime, slotOfTime } from '../src/medication-day-slots.js';

// A Thursday in winter (CET), noon in Oslo.
const NOW = new Date('2026-01-15T12:00:00+01:00');
const SD = 'http://ehelse.no/fhir/StructureDefinition/';
const LOCALES = ['nb', 'nn', 'en'] as const;
type Locale = (typeof LOCALES)[number];

function request(id: string, dosages: unknown[], overrides: Partial<MedicationRequest> = {}): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id,
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: { text: `Legemiddel ${id}` },
    authoredOn: '2025-12-01',
    dosageInstruction: dosages as Dosage[],
    ...overrides,
  };
}

const tablets = (value: number, unit = 'tablett') => [{ doseQuantity: { value, unit } }];

function dayOf(input: unknown, locale: Locale = 'nb', now: Date = NOW): MedicationDay {
  const rows = medicationRows(input, { locale, now, timeZone: 'Europe/Oslo' });
  return medicationDay(rows, { locale, now, timeZone: 'Europe/Oslo' });
}

/** Each slot as "slot: name amount [time]" lines, for compact expectations. */
function slotLines(day: MedicationDay): Record<string, string[]> {
  return Object.fromEntries(
    day.slots.map((slot) => [
      slot.id,
      slot.doses.map((dose) => [dose.time, dose.name, dose.amount].filter(Boolean).join(' ')),
    ]),
  );
}

const reasons = (day: MedicationDay) => day.unplaced.map((entry) => `${entry.name}: ${entry.reason}`);

describe('parts of the day', () => {
  test('FHIR when codes fall in the part of the day they name', () => {
    const codes: [string[], string][] = [
      [['MORN'], 'morgen'],
      [['MORN.early'], 'morgen'],
      [['WAKE'], 'morgen'],
      [['ACM'], 'morgen'],
      [['PCM'], 'morgen'],
      [['CM'], 'morgen'],
      [['MORN.late'], 'formiddag'],
      [['ICM'], 'formiddag'],
      [['NOON'], 'middag'],
      [['CD'], 'middag'],
      [['ACD'], 'middag'],
      [['AFT'], 'ettermiddag'],
      [['AFT.late'], 'ettermiddag'],
      [['EVE'], 'kveld'],
      [['EVE.early'], 'kveld'],
      [['CV'], 'kveld'],
      [['PCV'], 'kveld'],
      [['NIGHT'], 'natt'],
      [['HS'], 'natt'],
      [['PHS'], 'natt'],
    ];
    for (const [when, slot] of codes) {
      const day = dayOf([request('a', [{ doseAndRate: tablets(1), timing: { repeat: { when } } }])]);
      expect(
        day.slots.map((s) => s.id),
        when.join(),
      ).toEqual([slot]);
      expect(day.unplaced).toEqual([]);
    }
  });

  test('several codes are several doses, in the order of the day, each once', () => {
    const day = dayOf([
      request('a', [
        { doseAndRate: tablets(2, 'tabletter'), timing: { repeat: { when: ['HS', 'MORN', 'EVE', 'MORN'] } } },
      ]),
    ]);
    expect(slotLines(day)).toEqual({
      morgen: ['Legemiddel a 2 tabletter'],
      kveld: ['Legemiddel a 2 tabletter'],
      natt: ['Legemiddel a 2 tabletter'],
    });
    expect(day.doseCount).toBe(3);
  });

  test('"with meals" three times a day is breakfast, lunch and dinner; once a day it cannot be placed', () => {
    const three = dayOf([
      request('a', [
        { doseAndRate: tablets(1), timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd', when: ['C'] } } },
      ]),
    ]);
    expect(three.slots.map((slot) => slot.id)).toEqual(['morgen', 'middag', 'kveld']);
    const once = dayOf([
      request('a', [
        { doseAndRate: tablets(1), timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['AC'] } } },
      ]),
    ]);
    expect(once.slots).toEqual([]);
    expect(reasons(once)).toEqual(['Legemiddel a: Tidspunkt ikke oppgitt']);
    expect(once.unplaced[0]!.instruction).toBe('1 tablett 1 gang daglig før måltid');
  });

  test('a clock time goes in the part of the day it falls in, shown, and sorted by time', () => {
    const day = dayOf([
      request('a', [
        { doseAndRate: tablets(1), timing: { repeat: { timeOfDay: ['21:00:00', '08:00:00', '13:30:00'] } } },
      ]),
      request('b', [
        { doseAndRate: tablets(1), timing: { repeat: { timeOfDay: ['07:00:00', '23:00:00', '05:30:00'] } } },
      ]),
      request('c', [{ doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'] } } }]),
    ]);
    expect(slotLines(day)).toEqual({
      morgen: ['Legemiddel c 1 tablett', '07:00 Legemiddel b 1 tablett', '08:00 Legemiddel a 1 tablett'],
      middag: ['13:30 Legemiddel a 1 tablett'],
      kveld: ['21:00 Legemiddel a 1 tablett'],
      natt: ['05:30 Legemiddel b 1 tablett', '23:00 Legemiddel b 1 tablett'],
    });
  });

  test('the hours of each part of the day', () => {
    const at = (time: string) => slotOfTime(clockTime(time)!);
    expect(
      ['05:59', '06:00', '09:59', '10:00', '11:59', '12:00', '13:59', '14:00', '17:59', '18:00', '21:59', '22:00'].map(
        at,
      ),
    ).toEqual([
      'natt',
      'morgen',
      'morgen',
      'formiddag',
      'formiddag',
      'middag',
      'middag',
      'ettermiddag',
      'ettermiddag',
      'kveld',
      'kveld',
      'natt',
    ]);
    expect(clockTime('0800')).toBe('08:00');
    expect(clockTime('8:00')).toBe('08:00');
    expect(clockTime('24:00')).toBeUndefined();
    expect(clockTime('8 am')).toBeUndefined();
  });

  test('the slots are named in every language', () => {
    for (const locale of LOCALES) {
      const day = dayOf(
        [
          request('a', [
            {
              doseAndRate: tablets(1),
              timing: { repeat: { when: ['MORN', 'MORN.late', 'NOON', 'AFT', 'EVE', 'NIGHT'] } },
            },
          ]),
        ],
        locale,
      );
      expect(day.slots.map((slot) => slot.id)).toEqual([...DAY_SLOTS]);
      expect(day.slots.map((slot) => slot.label)).toEqual(
        {
          nb: ['Morgen', 'Formiddag', 'Middag', 'Ettermiddag', 'Kveld', 'Natt'],
          nn: ['Morgon', 'Føremiddag', 'Middag', 'Ettermiddag', 'Kveld', 'Natt'],
          en: ['Morning', 'Late morning', 'Midday', 'Afternoon', 'Evening', 'Night'],
        }[locale],
      );
    }
  });
});

describe('kortdosering', () => {
  test('by place: morgen, middag, kveld (and natt)', () => {
    const read = (text: string) =>
      readShortDosage(text)?.map((dose) => `${dose.slot} ${dose.amount}${dose.unit ? ` ${dose.unit}` : ''}`);
    expect(read('1+0+1+0')).toEqual(['morgen 1', 'kveld 1']);
    expect(read('1+1+1')).toEqual(['morgen 1', 'middag 1', 'kveld 1']);
    expect(read('½+0+1')).toEqual(['morgen ½', 'kveld 1']);
    expect(read('1-0-1')).toEqual(['morgen 1', 'kveld 1']);
    expect(read('1 – 0 – 1 – 2')).toEqual(['morgen 1', 'kveld 1', 'natt 2']);
    expect(read('0+0+0+1 tablett')).toEqual(['natt 1 tablett']);
    expect(read('1,5 + 0 + 0,5 tabletter')).toEqual(['morgen 1,5 tabletter', 'kveld 0,5 tabletter']);
    expect(read('1 ½+0+1')).toEqual(['morgen 1½', 'kveld 1']);
  });

  test('in words, as the national list writes them', () => {
    const read = (text: string) => readShortDosage(text)?.map((dose) => `${dose.slot} ${dose.amount} ${dose.unit}`);
    expect(read('1 tablett morgen')).toEqual(['morgen 1 tablett']);
    expect(read('1 tablett morgen og kveld')).toEqual(['morgen 1 tablett', 'kveld 1 tablett']);
    expect(read('2 tabletter om morgenen')).toEqual(['morgen 2 tabletter']);
    expect(read('1 tablett morgen, middag og kveld')).toEqual([
      'morgen 1 tablett',
      'middag 1 tablett',
      'kveld 1 tablett',
    ]);
    expect(read('1 depottablett ved sengetid')).toEqual(['natt 1 depottablett']);
    expect(read('1-2 tabletter kveld')).toEqual(['kveld 1–2 tabletter']);
    expect(read('1 inhalasjon morgen og kveld daglig.')).toEqual(['morgen 1 inhalasjon', 'kveld 1 inhalasjon']);
  });

  test('anything more or else is not read, so no dose is guessed', () => {
    for (const text of [
      '1 tablett 2 ganger daglig',
      '1-2 tabletter inntil 4 ganger daglig ved behov',
      '1 kapsel 3 ganger daglig i 7 dager',
      '1 tablett til middag',
      '1-2',
      '1+1',
      '1+1+1+1+1',
      '0+0+0+0',
      'morgen og kveld',
      'x+y+z',
      '',
      `1+0+1 ${'a'.repeat(200)}`,
    ])
      expect(readShortDosage(text), text).toBeUndefined();
  });

  test('a PLL dosage’s kortdosering places its doses, with the unit of the structured dose', () => {
    const statement = (
      id: string,
      code: string,
      display: string,
      extra: Partial<Dosage> = {},
    ): MedicationStatement => ({
      resourceType: 'MedicationStatement',
      id,
      status: 'active',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: `Legemiddel ${id}` },
      dosage: [
        {
          extension: [
            {
              url: `${SD}sfm-shortdosage`,
              valueCodeableConcept: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.9088', code, display }] },
            },
          ],
          ...extra,
        },
      ],
    });
    const day = dayOf([
      statement('a', '1', '1+0+1+0', { doseAndRate: tablets(1) }),
      statement('b', '2', '2+0+0+1'),
      statement('c', '3', '1 tablett 2 ganger daglig'),
    ]);
    expect(slotLines(day)).toEqual({
      morgen: ['Legemiddel a 1 tablett', 'Legemiddel b 2'],
      kveld: ['Legemiddel a 1 tablett'],
      natt: ['Legemiddel b 1'],
    });
    expect(reasons(day)).toEqual(['Legemiddel c: Dosering kan ikke leses som tidspunkt: «1 tablett 2 ganger daglig»']);
    expect(day.unplaced[0]!.instruction).toBe('1 tablett 2 ganger daglig');
  });

  test('a dosage text that says only parts of the day is read too', () => {
    const day = dayOf([request('a', [{ text: '2 tabletter morgen og kveld' }])]);
    expect(slotLines(day)).toEqual({ morgen: ['Legemiddel a 2 tabletter'], kveld: ['Legemiddel a 2 tabletter'] });
    expect(day.slots[0]!.doses[0]!.instruction).toBe('2 tabletter morgen og kveld');
  });
});

describe('bad input: what can be read, and a clear word for the rest', () => {
  test('unknown when codes: the known ones placed, the rest unplaced naming them', () => {
    const day = dayOf([
      request('a', [
        {
          text: '1 tablett morgen og «XYZ»',
          doseAndRate: tablets(1),
          timing: { repeat: { when: ['MORN', 'XYZ', 'lunch'] } },
        },
      ]),
    ]);
    expect(slotLines(day)).toEqual({ morgen: ['Legemiddel a 1 tablett'] });
    expect(reasons(day)).toEqual(['Legemiddel a: Tidspunkt kan ikke leses: «XYZ, lunch»']);
    expect(day.unplaced[0]!.instruction).toBe('1 tablett morgen og «XYZ»');
  });

  test('a timeOfDay that is no time is named, never read as one', () => {
    const day = dayOf([
      request('a', [{ doseAndRate: tablets(1), timing: { repeat: { timeOfDay: ['08:00', '8 am', 800, null] } } }]),
    ]);
    expect(slotLines(day)).toEqual({ morgen: ['08:00 Legemiddel a 1 tablett'] });
    expect(reasons(day)).toEqual(['Legemiddel a: Tidspunkt kan ikke leses: «8 am, 800, null»']);
  });

  test('a kortdosering that does not parse: "Dosering kan ikke leses som tidspunkt", in every language', () => {
    const input = [
      {
        resourceType: 'MedicationStatement',
        id: 'a',
        status: 'active',
        medicationCodeableConcept: { text: 'Legemiddel a' },
        dosage: [{ extension: [{ url: `${SD}sfm-shortdosage`, valueString: '1 tbl x 2' }] }],
      },
    ];
    expect(reasons(dayOf(input, 'nb'))).toEqual(['Legemiddel a: Dosering kan ikke leses som tidspunkt: «1 tbl x 2»']);
    expect(reasons(dayOf(input, 'nn'))).toEqual([
      'Legemiddel a: Doseringa kan ikkje lesast som tidspunkt: «1 tbl x 2»',
    ]);
    expect(reasons(dayOf(input, 'en'))).toEqual([
      'Legemiddel a: The dosage cannot be read as times of day: “1 tbl x 2”',
    ]);
  });

  test('a dosage with no timing: "Tidspunkt ikke oppgitt" with the dosage as written', () => {
    const day = dayOf([
      request('a', [{ text: '1 tablett 2 ganger daglig' }]),
      request('b', [{ doseAndRate: tablets(1), timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } } }]),
      request('c', [
        {
          doseAndRate: tablets(1),
          timing: {
            code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code: 'BID' }] },
          },
        },
      ]),
    ]);
    expect(day.slots).toEqual([]);
    expect(day.unplaced.map((entry) => [entry.name, entry.instruction, entry.reason])).toEqual([
      ['Legemiddel a', '1 tablett 2 ganger daglig', 'Tidspunkt ikke oppgitt'],
      ['Legemiddel b', '1 tablett 2 ganger daglig', 'Tidspunkt ikke oppgitt'],
      ['Legemiddel c', '1 tablett 2 ganger daglig', 'Tidspunkt ikke oppgitt'],
    ]);
    expect(reasons(dayOf([request('a', [{ text: 'x' }])], 'nn'))).toEqual(['Legemiddel a: Tidspunkt ikkje oppgitt']);
    expect(reasons(dayOf([request('a', [{ text: 'x' }])], 'en'))).toEqual(['Legemiddel a: Time not given']);
  });

  test('a medicine with no dosage at all is listed, never dropped', () => {
    const day = dayOf([request('a', []), request('b', [{}]), request('c', [42, 'x', null])]);
    expect(day.unplaced.map((entry) => [entry.name, entry.instruction, entry.reason])).toEqual([
      ['Legemiddel a', 'Dosering ikke oppgitt', 'Tidspunkt ikke oppgitt'],
      ['Legemiddel b', 'Dosering ikke oppgitt', 'Tidspunkt ikke oppgitt'],
      ['Legemiddel c', 'Dosering ikke oppgitt', 'Tidspunkt ikke oppgitt'],
    ]);
  });

  test('fields of the wrong shape read as absent, a lone value as a list of one (as core reads them)', () => {
    const day = dayOf([
      request('a', [
        { timing: 'MORN' },
        { timing: { repeat: 'MORN' } },
        { doseAndRate: 'x', timing: { repeat: { when: [null, 7, {}, 'EVE'] } }, maxDosePerPeriod: 'x' },
      ]),
      request('b', [
        { doseAndRate: tablets(1), timing: { repeat: { when: 'MORN', timeOfDay: '08:00', boundsPeriod: 'x' } } },
      ]),
    ]);
    expect(slotLines(day)).toEqual({ morgen: ['08:00 Legemiddel b 1 tablett'], kveld: ['Legemiddel a'] });
    expect(day.unplaced.map((entry) => [entry.instruction, entry.reason])).toEqual([
      ['Dosering ikke oppgitt', 'Tidspunkt ikke oppgitt'],
      ['Dosering ikke oppgitt', 'Tidspunkt ikke oppgitt'],
    ]);
  });

  test('a dose every other day, weekly or monthly is for the nurse to check, not placed', () => {
    const day = dayOf([
      request('a', [
        { doseAndRate: tablets(1), timing: { repeat: { frequency: 1, period: 2, periodUnit: 'd', when: ['MORN'] } } },
      ]),
      request('b', [
        {
          text: 'En gang i uken',
          doseAndRate: tablets(1),
          timing: { repeat: { frequency: 1, period: 1, periodUnit: 'wk' } },
        },
      ]),
    ]);
    expect(day.slots).toEqual([]);
    expect(reasons(day)).toEqual([
      'Legemiddel a: Gis ikke hver dag – sjekk om den skal gis i dag',
      'Legemiddel b: Tidspunkt ikke oppgitt',
    ]);
  });
});

describe('which medicines, today', () => {
  const morning = [{ doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'] } } }];

  test('active and on hold only; on hold marked paused', () => {
    const day = dayOf([
      request('aktiv', morning),
      request('pauset', morning, { status: 'on-hold' }),
      request('stoppet', morning, { status: 'stopped' }),
      request('fullfort', morning, { status: 'completed' }),
      request('utkast', morning, { status: 'draft' }),
      request('feil', morning, { status: 'entered-in-error' }),
      request('ukjent', morning, { status: 'unknown' }),
    ]);
    expect(day.slots[0]!.doses.map((dose) => [dose.name, dose.paused])).toEqual([
      ['Legemiddel aktiv', false],
      ['Legemiddel pauset', true],
    ]);
  });

  test('courses outside today are left out: bounds, start, end, weekdays, events', () => {
    const bounded = (boundsPeriod: object) => [
      { doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'], boundsPeriod } } },
    ];
    const lasting = (value: number, unit: string) => [
      {
        doseAndRate: tablets(1),
        timing: {
          repeat: { when: ['EVE'], boundsDuration: { value, unit, system: 'http://unitsofmeasure.org', code: unit } },
        },
      },
    ];
    const statement = (id: string, start: string, dosage: object[]): MedicationStatement => ({
      resourceType: 'MedicationStatement',
      id,
      status: 'active',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: `Legemiddel ${id}` },
      effectivePeriod: { start },
      dosage: dosage,
    });
    const day = dayOf([
      request('ferdig-i-gar', bounded({ start: '2026-01-01', end: '2026-01-14' })),
      request('slutter-i-dag', bounded({ start: '2026-01-01', end: '2026-01-15' })),
      request('starter-i-morgen', bounded({ start: '2026-01-16' })),
      request('startet-i-dag', bounded({ start: '2026-01-15T20:00:00+01:00' })),
      statement('kur-over', '2026-01-05', lasting(7, 'd')),
      statement('kur-siste-dag', '2026-01-09', lasting(7, 'd')),
      statement('starter-senere', '2026-02-01', morning),
      request('mandager', [
        {
          doseAndRate: tablets(1),
          timing: { repeat: { when: ['MORN'], dayOfWeek: ['mon'], period: 1, periodUnit: 'wk' } },
        },
      ]),
      request('torsdager', [
        {
          doseAndRate: tablets(1),
          timing: { repeat: { when: ['MORN'], dayOfWeek: ['thu'], period: 1, periodUnit: 'wk' } },
        },
      ]),
      request('engang-i-dag', [{ doseAndRate: tablets(1), timing: { event: ['2026-01-15T14:30:00+01:00'] } }]),
      request('engang-i-gar', [{ doseAndRate: tablets(1), timing: { event: ['2026-01-14T14:30:00+01:00'] } }]),
    ]);
    expect(slotLines(day)).toEqual({
      morgen: [
        'Legemiddel slutter-i-dag 1 tablett',
        'Legemiddel startet-i-dag 1 tablett',
        'Legemiddel torsdager 1 tablett',
      ],
      ettermiddag: ['14:30 Legemiddel engang-i-dag 1 tablett'],
      kveld: ['Legemiddel kur-siste-dag 1 tablett'],
    });
    expect(day.unplaced).toEqual([]);
  });

  test('a dosage that changes by step: the step of today, counted from the start', () => {
    const steps = [
      {
        sequence: 1,
        text: '8 tabletter om morgenen i 5 dager',
        doseAndRate: tablets(8, 'tabletter'),
        timing: { repeat: { when: ['MORN'], boundsDuration: { value: 5, code: 'd' } } },
      },
      {
        sequence: 2,
        text: '4 tabletter om morgenen',
        doseAndRate: tablets(4, 'tabletter'),
        timing: { repeat: { when: ['MORN'] } },
      },
    ];
    const started = (start: string) =>
      dayOf([
        {
          resourceType: 'MedicationStatement',
          id: 'p',
          status: 'active',
          medicationCodeableConcept: { text: 'Prednisolon' },
          effectivePeriod: { start },
          dosage: steps,
        },
      ]);
    expect(slotLines(started('2026-01-13'))).toEqual({ morgen: ['Prednisolon 8 tabletter'] });
    expect(slotLines(started('2026-01-10'))).toEqual({ morgen: ['Prednisolon 4 tabletter'] });
    // Without a start, which step applies cannot be told: both listed for the nurse to check.
    const unknown = dayOf([
      {
        resourceType: 'MedicationStatement',
        id: 'p',
        status: 'active',
        medicationCodeableConcept: { text: 'Prednisolon' },
        dosage: steps,
      },
    ]);
    expect(unknown.slots).toEqual([]);
    expect(reasons(unknown)).toEqual([
      'Prednisolon: Doseringen endres underveis – sjekk hvilket trinn som gjelder i dag',
      'Prednisolon: Doseringen endres underveis – sjekk hvilket trinn som gjelder i dag',
    ]);
  });

  test('today is the day in Oslo, also when the clocks change', () => {
    const late = new Date('2026-03-28T23:30:00Z'); // 00:30 on Sunday 29 March in Oslo, the night the clocks go forward
    const day = dayOf(
      [request('a', [{ doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'], dayOfWeek: ['sun'] } } }])],
      'nb',
      late,
    );
    expect(day.date).toBe('2026-03-29');
    expect(day.dateText).toBe('søndag 29. mars 2026');
    expect(day.doseCount).toBe(1);
  });

  test('an empty day says so', () => {
    expect(dayOf([]).empty).toBe(true);
    expect(dayOf([request('a', [{ text: '1 tablett' }], { status: 'stopped' })]).empty).toBe(true);
    expect(dayOf([request('a', [{ text: '1 tablett' }])]).empty).toBe(false);
  });
});

describe('ved behov', () => {
  test('as needed goes apart, with its limits and what it is for, whatever its timing', () => {
    const day = dayOf([
      request('a', [
        {
          doseAndRate: tablets(1),
          asNeededCodeableConcept: { text: 'smerter' },
          timing: { repeat: { frequency: 4, period: 1, periodUnit: 'd' } },
          maxDosePerPeriod: {
            numerator: { value: 4, unit: 'tabletter' },
            denominator: { value: 1, unit: 'døgn', system: 'http://unitsofmeasure.org', code: 'd' },
          },
        },
      ]),
      request('b', [{ text: '1 tablett ved behov', maxDosePerAdministration: { value: 2, unit: 'tabletter' } }]),
      request('c', [{ text: '10 mg', asNeededBoolean: true }], { status: 'on-hold' }),
      request('d', [{ text: '1 tablett om kvelden' }], {
        extension: [{ url: USE_EXTENSION, valueCoding: { system: USE_SYSTEM, code: '3' } }],
        reasonCode: [{ text: 'Søvnvansker' }],
      }),
    ]);
    expect(day.slots).toEqual([]);
    expect(
      day.asNeeded.map((entry) => [entry.name, entry.instruction, entry.maxDose, entry.indication, entry.paused]),
    ).toEqual([
      ['Legemiddel a', '1 tablett ved behov mot smerter 4 ganger daglig, maks 4 tabletter/døgn', [], '', false],
      ['Legemiddel c', '10 mg', [], '', true],
      ['Legemiddel d', '1 tablett om kvelden', [], 'Søvnvansker', false],
      // In the list's own order: those with bruk "ved behov" first.
      ['Legemiddel b', '1 tablett ved behov', ['Maks 2 tabletter per dose'], '', false],
    ]);
  });

  test('a fixed and an as-needed dosage of one medicine go each to its place', () => {
    const day = dayOf([
      request('a', [
        { sequence: 1, doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'] } } },
        { sequence: 1, doseAndRate: tablets(1), asNeededBoolean: true },
      ]),
    ]);
    expect(slotLines(day)).toEqual({ morgen: ['Legemiddel a 1 tablett'] });
    expect(day.asNeeded.map((entry) => entry.name)).toEqual(['Legemiddel a']);
  });
});

describe('real data', () => {
  test('SFM’s PLL document: kortdosering, e-prescription dosing, ved behov, a course without times', () => {
    for (const locale of LOCALES) {
      const day = dayOf(readFixture('real-world/sfm/Bundle-pll-document.json'), locale);
      expect(slotLines(day)).toEqual({
        morgen: ['Metformin Mylan Tab 500 mg 1 tablett', 'Selo-Zok Depottab 50 mg 1 tablett'],
        kveld: ['Metformin Mylan Tab 500 mg 1 tablett'],
      });
      expect(day.asNeeded.map((entry) => [entry.name, entry.instruction, entry.indication])).toEqual([
        ['Paracet Tab 500 mg', '1-2 tabletter inntil 4 ganger daglig ved behov', 'Mot smerter'],
      ]);
      expect(day.unplaced.map((entry) => [entry.name, entry.instruction])).toEqual([
        ['Imacillin Kaps 500 mg', '1 kapsel 3 ganger daglig i 7 dager'],
      ]);
    }
  });

  test('Epic’s order: "0800" at 08:00, the typed doses as one; the draft is not given', () => {
    const day = dayOf(
      [
        'real-world/epic/MedicationRequest-eOrdreMetoprolol.json',
        'real-world/epic/MedicationRequest-eUtkastAtorvastatin.json',
        'real-world/epic/Medication-eMedMetoprolol.json',
        'real-world/epic/Medication-eMedAtorvastatin.json',
      ].map(readFixture),
    );
    expect(slotLines(day)).toEqual({ morgen: ['08:00 Metoprolol 50 mg depottablett 50 mg (= 1 tablett)'] });
    expect(day.slots[0]!.doses[0]!.route).toBe('Oral');
  });

  test('every Dosage in the public fixtures (HL7, LMDI, Synthea): placed, apart or unplaced, never lost', () => {
    const corpus = JSON.parse(
      readFileSync(new URL('../../fixtures/data/dosage-corpus.json', import.meta.url), 'utf8'),
    ) as { sources: string[]; dosage: Record<string, unknown> }[];
    expect(corpus.length).toBeGreaterThan(80);
    let placed = 0;
    for (const { sources, dosage } of corpus) {
      const repeat = (dosage.timing as { repeat?: Record<string, unknown> } | undefined)?.repeat;
      const outsideToday = repeat?.boundsPeriod !== undefined || repeat?.dayOfWeek !== undefined;
      for (const locale of LOCALES) {
        const day = dayOf([request('x', [dosage], { authoredOn: '2026-01-15' })], locale);
        const entries = day.doseCount + day.asNeeded.length + day.unplaced.length;
        if (!outsideToday) expect(entries, sources[0]).toBeGreaterThan(0);
        for (const entry of [...day.slots.flatMap((slot) => slot.doses), ...day.asNeeded, ...day.unplaced]) {
          expect(entry.instruction, sources[0]).not.toBe('');
          expect(JSON.stringify(entry), sources[0]).not.toMatch(/undefined|NaN|\[object Object\]/);
        }
        if (locale === 'nb') placed += day.doseCount;
      }
    }
    // The corpus has morning and 09:00 doses, and an insulin before breakfast.
    expect(placed).toBeGreaterThanOrEqual(3);
  });

  test('a whole Synthea record: every active medicine is somewhere', () => {
    const record = readFixture('synthea-smart-bulk-sample-r4/Patient-fb7c882a-collection.json');
    const rows = medicationRows(record, { locale: 'en', now: NOW });
    const day = medicationDay(rows, { locale: 'en', now: NOW });
    const shown = new Set(
      [...day.slots.flatMap((slot) => slot.doses), ...day.asNeeded, ...day.unplaced].map((entry) => entry.rowKey),
    );
    for (const row of rows.filter((r) => r.current && r.status === 'active'))
      expect(shown.has(row.key), row.key).toBe(true);
  });

  test('the generated home-care patients: timeOfDay in slots, weekly ones to check, as-needed apart', () => {
    const population = generatePopulation({ seed: 1 });
    for (const patient of Object.values(PATIENT_IDS)) {
      const rows = medicationRows(population, { now: NOW }).filter((row) =>
        row.resources.some((resource) => JSON.stringify(resource).includes(`Patient/${patient}`)),
      );
      const day = medicationDay(rows, { now: NOW });
      const shown = new Set(
        [...day.slots.flatMap((slot) => slot.doses), ...day.asNeeded, ...day.unplaced].map((entry) => entry.rowKey),
      );
      for (const row of rows.filter(
        (r) => r.current && r.status === 'active' && (!r.start || r.start.value <= '2026-01-15'),
      ))
        expect(shown.has(row.key), `${patient} ${row.key}`).toBe(true);
    }
  });
});

describe('any input', () => {
  test('any JSON as resources, or as rows, gives a day and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        const day = dayOf(json);
        expect(Array.isArray(day.slots)).toBe(true);
        medicationDay(anything as MedicationRow[], { now: NOW });
        medicationDay(
          [anything, { key: 'k', current: true, status: 'active', resources: [anything] }] as MedicationRow[],
          { now: NOW },
        );
      }),
      { numRuns: 300 },
    );
  });

  test('dosages of random shapes never throw and never print undefined', () => {
    const dosage = fc.record(
      {
        text: fc.oneof(fc.string(), fc.constantFrom('1+0+1+0', '1 tablett morgen og kveld', '½+0+1')),
        asNeededBoolean: fc.boolean(),
        sequence: fc.oneof(fc.integer(), fc.constant(Number.NaN)),
        doseAndRate: fc.array(
          fc.record(
            { doseQuantity: fc.record({ value: fc.double(), unit: fc.string() }, { requiredKeys: [] }) },
            { requiredKeys: [] },
          ),
        ),
        timing: fc.record(
          {
            event: fc.array(fc.oneof(fc.string(), fc.constant('2026-01-15T08:00:00+01:00'))),
            repeat: fc.record(
              {
                when: fc.array(fc.oneof(fc.string(), fc.constantFrom('MORN', 'C', 'HS', 'XYZ'))),
                timeOfDay: fc.array(fc.oneof(fc.string(), fc.constantFrom('08:00:00', '25:00'))),
                dayOfWeek: fc.array(fc.constantFrom('mon', 'thu', 'x')),
                frequency: fc.integer({ min: -1, max: 5 }),
                period: fc.double(),
                periodUnit: fc.constantFrom('d', 'wk', 'h', 'x'),
                boundsDuration: fc.record({ value: fc.double(), code: fc.constantFrom('d', 'wk', 'a', 'x') }),
                boundsPeriod: fc.record(
                  { start: fc.string(), end: fc.constantFrom('2026-01-15', '2025', 'x') },
                  { requiredKeys: [] },
                ),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(dosage, { maxLength: 4 }), fc.constantFrom(...LOCALES), (dosages, locale) => {
        const day = dayOf([request('x', dosages, { authoredOn: '2026-01-10' })], locale);
        const text = JSON.stringify(day);
        expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
      }),
      { numRuns: 300 },
    );
  });

  // Its time is measured in the benchmark (`pnpm bench medication-list`), not here.
  test('a thousand medicines with many doses each: every dose placed once', () => {
    const resources = Array.from({ length: 1000 }, (_, i) =>
      request(`m${String(i)}`, [
        { doseAndRate: tablets(1), timing: { repeat: { when: ['MORN', 'EVE', 'HS'], timeOfDay: ['08:00', '20:00'] } } },
        { text: '1+0+1+0' },
        { text: '1 tablett 2 ganger daglig' },
        { asNeededBoolean: true, text: 'ved behov' },
      ]),
    );
    const day = medicationDay(medicationRows(resources, { now: NOW }), { now: NOW });
    // 08:00 and 20:00 stand for MORN and EVE; HS; and the kortdosering's morning and evening.
    expect(day.doseCount).toBe(1000 * 5);
    expect(day.asNeeded.length).toBe(1000);
  });
});
