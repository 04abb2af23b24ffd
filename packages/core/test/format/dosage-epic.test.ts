// Epic's dosageInstruction: three doseAndRate entries told apart by type, and administration times as
// timing codes ("0800"). Each must read as one dose and a time, in nb, nn and en.
import type { Dosage, Timing } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatDosageLines } from '../../src/format/dosage.js';
import { formatTiming } from '../../src/format/timing.js';

const EPIC_TYPE = 'http://epic.com/CodeSystem/dose-rate-type';
const UCUM = 'http://unitsofmeasure.org';

function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function line(dosage: Dosage, locale: 'nb' | 'nn' | 'en'): string {
  return plain(formatDosageLines([dosage], { locale, timeZone: 'Europe/Oslo' }).join(' | '));
}

const type = (code: string): Dosage['route'] => ({ coding: [{ system: EPIC_TYPE, code, display: code }], text: code });
const mg = (value: number) => ({ value, unit: 'mg', system: UCUM, code: 'mg' });
const tablets = (value: number) => ({ value, unit: 'tablett' });

describe('Epic dose types', () => {
  const three: Dosage = {
    doseAndRate: [
      { type: type('calculated'), doseQuantity: mg(10) },
      { type: type('admin-amount'), doseQuantity: tablets(1) },
      { type: type('ordered'), doseQuantity: mg(10) },
    ],
    timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
  };

  it('shows the ordered dose with the amount given beside it, never two unlabelled doses', () => {
    expect(line(three, 'nb')).toBe('10 mg (= 1 tablett) 1 gang daglig');
    expect(line(three, 'nn')).toBe('10 mg (= 1 tablett) 1 gong dagleg');
    expect(line(three, 'en')).toBe('10 mg (= 1 tablett) once daily');
    expect(line(three, 'nb')).not.toContain('/');
  });

  it('reads the type from its text when the coding is missing or foreign', () => {
    const byText: Dosage = {
      doseAndRate: [
        { type: { text: 'Admin Amount' }, doseQuantity: tablets(2) },
        { type: { coding: [{ system: 'urn:oid:1.2.3', code: 'ordered' }] }, doseQuantity: mg(500) },
      ],
    };
    expect(line(byText, 'nb')).toBe('500 mg (= 2 tablett)');
  });

  it('shows the calculated dose only when there is nothing else', () => {
    const calculated: Dosage = { doseAndRate: [{ type: type('calculated'), doseQuantity: mg(5) }] };
    expect(line(calculated, 'en')).toBe('5 mg');
    const orderedAndCalculated: Dosage = {
      doseAndRate: [
        { type: type('calculated'), doseQuantity: mg(7.5) },
        { type: type('ordered'), doseQuantity: mg(8) },
      ],
    };
    expect(line(orderedAndCalculated, 'nb')).toBe('8 mg');
  });

  it('shows the amount given alone when nothing was ordered, and once when it says the same', () => {
    const given: Dosage = {
      doseAndRate: [
        { type: type('admin-amount'), doseQuantity: tablets(1) },
        { type: type('calculated'), doseQuantity: mg(10) },
      ],
    };
    expect(line(given, 'nb')).toBe('1 tablett');
    const same: Dosage = {
      doseAndRate: [
        { type: type('ordered'), doseQuantity: mg(10) },
        { type: type('admin-amount'), doseQuantity: mg(10) },
      ],
    };
    expect(line(same, 'nb')).toBe('10 mg');
  });

  it('keeps untyped alternatives as before', () => {
    const untyped: Dosage = { doseAndRate: [{ doseQuantity: tablets(1) }, { doseQuantity: mg(500) }] };
    expect(line(untyped, 'nb')).toBe('1 tablett / 500 mg');
  });

  it('ignores a type of the wrong shape and keeps the dose', () => {
    const odd = {
      doseAndRate: [{ type: 'ordered', doseQuantity: mg(10) }, { type: [{ text: 'admin-amount' }] }],
    } as unknown as Dosage;
    expect(line(odd, 'nb')).toBe('10 mg');
  });
});

describe('administration times in timing.code', () => {
  function expectTiming(timing: Timing, nb: string, nn: string, en: string): void {
    expect(plain(formatTiming(timing, { locale: 'nb', timeZone: 'Europe/Oslo' }))).toBe(nb);
    expect(plain(formatTiming(timing, { locale: 'nn', timeZone: 'Europe/Oslo' }))).toBe(nn);
    expect(plain(formatTiming(timing, { locale: 'en', timeZone: 'Europe/Oslo' }))).toBe(en);
  }

  it('reads a four-digit code as a time of day', () => {
    expectTiming({ code: { text: '0800' } }, 'kl. 08:00', 'kl. 08:00', 'at 08:00');
    expectTiming({ code: { text: '2100' } }, 'kl. 21:00', 'kl. 21:00', 'at 21:00');
  });

  it('adds the time to a repeat that says how often but not when', () => {
    expectTiming(
      { repeat: { frequency: 1, period: 1, periodUnit: 'd' }, code: { text: '0800' } },
      '1 gang daglig kl. 08:00',
      '1 gong dagleg kl. 08:00',
      'once daily at 08:00',
    );
  });

  it('reads several times and a coding display', () => {
    expectTiming({ code: { text: '0800, 2100' } }, 'kl. 08:00 og 21:00', 'kl. 08:00 og 21:00', 'at 08:00 and 21:00');
    expectTiming(
      { code: { coding: [{ system: 'urn:oid:1.2.840.114350', code: '12', display: '0800' }] } },
      'kl. 08:00',
      'kl. 08:00',
      'at 08:00',
    );
  });

  it('leaves codes that are no plausible time alone', () => {
    expectTiming({ code: { text: '1999' } }, '1999', '1999', '1999');
    expectTiming({ code: { text: '2400' } }, '2400', '2400', '2400');
    expectTiming({ code: { text: '08000' } }, '08000', '08000', '08000');
    expectTiming({ code: { text: 'BID' } }, 'BID', 'BID', 'BID');
    expectTiming(
      { code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code: 'BID' }] } },
      '2 ganger daglig',
      '2 gongar dagleg',
      'twice daily',
    );
  });

  it('keeps the repeat’s own times over the code', () => {
    expectTiming({ repeat: { timeOfDay: ['09:00:00'] }, code: { text: '0800' } }, 'kl. 09:00', 'kl. 09:00', 'at 09:00');
  });
});

describe('SFM kortdosering', () => {
  const shortDosage = (display: string) => ({
    url: 'http://ehelse.no/fhir/StructureDefinition/sfm-shortdosage',
    valueCodeableConcept: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.9088', code: '45', display }] },
  });

  it('is the line of a dosage without text, in every locale; text still comes first', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      expect(formatDosageLines([{ extension: [shortDosage('1 tablett morgen')] }], { locale })).toEqual([
        '1 tablett morgen',
      ]);
    }
    expect(formatDosageLines([{ text: '1 tablett kl. 08', extension: [shortDosage('1 tablett morgen')] }])).toEqual([
      '1 tablett kl. 08',
    ]);
  });

  it('passes over a kortdosering of the wrong shape', () => {
    const wrong = { url: 'http://ehelse.no/fhir/StructureDefinition/sfm-shortdosage', valueCodeableConcept: ['x'] };
    expect(
      formatDosageLines([{ extension: [wrong], doseAndRate: [{ doseQuantity: { value: 1 } }] } as Dosage]),
    ).toEqual(['1 dose']);
  });
});
