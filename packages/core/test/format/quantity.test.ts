import type { Quantity, Range, Ratio } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, formatRange, formatRatio } from '../../src/format/quantity.js';

const UCUM = 'http://unitsofmeasure.org';

/** Intl's no-break, narrow no-break and minus signs, written plainly so expectations stay readable. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

function ucum(value: number, code: string, extra: Partial<Quantity> = {}): Quantity {
  return { value, system: UCUM, code, ...extra };
}

describe('formatNumber', () => {
  it.each<[number | string, string, string]>([
    [2.5, '2,5', '2.5'],
    ['2.50', '2,5', '2.5'],
    [0.5, '0,5', '0.5'],
    ['.5', '0,5', '0.5'],
    [100, '100', '100'],
    [1234.5, '1 234,5', '1,234.5'],
    [12345678, '12 345 678', '12,345,678'],
    [-3.25, '-3,25', '-3.25'],
    [-0, '0', '0'],
    [0.1 + 0.2, '0,3', '0.3'],
    [1e-7, '0,0000001', '0.0000001'],
    ['1e3', '1 000', '1,000'],
    [' 7 ', '7', '7'],
  ])('%j', (value, nb, en) => {
    expect(plain(formatNumber(value, { locale: 'nb' }))).toBe(nb);
    expect(plain(formatNumber(value, { locale: 'nn' }))).toBe(nb);
    expect(plain(formatNumber(value, { locale: 'en' }))).toBe(en);
  });

  it('groups with the space Intl gives', () => {
    expect(formatNumber(12345)).toBe('12\u00a0345');
  });

  it.each([NaN, Infinity, -Infinity, undefined, '', 'x', '2,5', '1.2.3', '0x10', 'Infinity', 'NaN'])(
    'is empty for %j',
    (value) => {
      expect(formatNumber(value)).toBe('');
    },
  );
});

describe('formatQuantity', () => {
  it.each<[Quantity, string, string, string]>([
    [{ value: 2.5, unit: 'mg' }, '2,5 mg', '2,5 mg', '2.5 mg'],
    [{ value: 2.5, unit: 'mg', system: UCUM, code: 'ug' }, '2,5 mg', '2,5 mg', '2.5 mg'],
    [ucum(500, 'mg'), '500 mg', '500 mg', '500 mg'],
    [ucum(0.25, 'ug'), '0,25 µg', '0,25 µg', '0.25 µg'],
    [ucum(1.5, 'g'), '1,5 g', '1,5 g', '1.5 g'],
    [ucum(10, 'mL'), '10 mL', '10 mL', '10 mL'],
    [ucum(1, 'L'), '1 L', '1 L', '1 L'],
    [ucum(10, '[iU]'), '10 IE', '10 IE', '10 IU'],
    [ucum(1, 'h'), '1 time', '1 time', '1 hour'],
    [ucum(8, 'h'), '8 timer', '8 timar', '8 hours'],
    [ucum(3, 'd'), '3 døgn', '3 døgn', '3 days'],
    [ucum(1, 'wk'), '1 uke', '1 veke', '1 week'],
    [ucum(2, 'wk'), '2 uker', '2 veker', '2 weeks'],
    [ucum(6, 'mo'), '6 måneder', '6 månader', '6 months'],
    [ucum(1, 'a'), '1 år', '1 år', '1 year'],
    [ucum(30, 'min'), '30 min', '30 min', '30 min'],
    [ucum(120, 'mm[Hg]'), '120 mmHg', '120 mmHg', '120 mmHg'],
    [ucum(72, '/min'), '72/min', '72/min', '72/min'],
    [ucum(5, '%'), '5 %', '5 %', '5%'],
    [ucum(72.4, 'kg'), '72,4 kg', '72,4 kg', '72.4 kg'],
    [ucum(180, 'cm'), '180 cm', '180 cm', '180 cm'],
    [ucum(37.5, 'Cel'), '37,5 °C', '37,5 °C', '37.5 °C'],
    [ucum(24.2, 'kg/m2'), '24,2 kg/m²', '24,2 kg/m²', '24.2 kg/m²'],
    [ucum(7.5, '10*9/L'), '7,5 10⁹/L', '7,5 10⁹/L', '7.5 10⁹/L'],
    [ucum(5.4, 'mmol/L'), '5,4 mmol/L', '5,4 mmol/L', '5.4 mmol/L'],
    [ucum(90, 'mL/min/{1.73_m2}'), '90 mL/min/1,73 m²', '90 mL/min/1,73 m²', '90 mL/min/1.73 m²'],
    [ucum(1, '{tbl}'), '1 tablett', '1 tablett', '1 tablet'],
    [ucum(2, '{tbl}'), '2 tabletter', '2 tablettar', '2 tablets'],
    [ucum(0.5, '{tbl}'), '0,5 tabletter', '0,5 tablettar', '0.5 tablets'],
    [ucum(1, '{capsule}'), '1 kapsel', '1 kapsel', '1 capsule'],
    [ucum(3, '{capsule}'), '3 kapsler', '3 kapslar', '3 capsules'],
    [ucum(4, '{drop}'), '4 dråper', '4 dropar', '4 drops'],
    [ucum(2, '{puff}'), '2 inhalasjoner', '2 inhalasjonar', '2 puffs'],
    [ucum(2, 'mg/d'), '2 mg/døgn', '2 mg/døgn', '2 mg/day'],
    [ucum(5, 'ug/kg/min'), '5 µg/kg/min', '5 µg/kg/min', '5 µg/kg/min'],
    [ucum(2, '{tbl}/d'), '2 tablett/døgn', '2 tablett/døgn', '2 tablet/day'],
    // Annotations are dropped when they are not a known dose unit, never shown in braces.
    [ucum(3, 'mg{total}'), '3 mg', '3 mg', '3 mg'],
    [ucum(7, '{score}'), '7', '7', '7'],
    [ucum(7, '{score'), '7', '7', '7'],
    [{ value: 3, unit: '{tbl}' }, '3 tabletter', '3 tablettar', '3 tablets'],
    [{ value: 3, unit: '[iU]', system: UCUM, code: '[iU]' }, '3 IE', '3 IE', '3 IU'],
    [{ value: 3, unit: 'ug', system: UCUM, code: 'ug' }, '3 µg', '3 µg', '3 µg'],
    // Human unit text is shown as written.
    [{ value: 2, unit: 'ampuller' }, '2 ampuller', '2 ampuller', '2 ampuller'],
    [{ value: 2, unit: ' mg ' }, '2 mg', '2 mg', '2 mg'],
    // A code from another system, or none, is not a unit anyone can read.
    [{ value: 2, system: 'http://snomed.info/sct', code: '258684004' }, '2', '2', '2'],
    [{ value: 2, code: 'mg' }, '2', '2', '2'],
    // Comparators are kept.
    [ucum(5, 'mmol/L', { comparator: '<' }), '< 5 mmol/L', '< 5 mmol/L', '< 5 mmol/L'],
    [ucum(5, 'mmol/L', { comparator: '<=' }), '≤ 5 mmol/L', '≤ 5 mmol/L', '≤ 5 mmol/L'],
    [ucum(60, 'mL/min', { comparator: '>=' }), '≥ 60 mL/min', '≥ 60 mL/min', '≥ 60 mL/min'],
    [
      ucum(90, 'mL/min/{1.73_m2}', { comparator: '>' }),
      '> 90 mL/min/1,73 m²',
      '> 90 mL/min/1,73 m²',
      '> 90 mL/min/1.73 m²',
    ],
    [{ value: 1234.5, unit: 'mL' }, '1 234,5 mL', '1 234,5 mL', '1,234.5 mL'],
    [{ value: -2.5, system: UCUM, code: 'Cel' }, '-2,5 °C', '-2,5 °C', '-2.5 °C'],
  ])('%j', (quantity, nb, nn, en) => {
    expect(plain(formatQuantity(quantity, { locale: 'nb' }))).toBe(nb);
    expect(plain(formatQuantity(quantity, { locale: 'nn' }))).toBe(nn);
    expect(plain(formatQuantity(quantity, { locale: 'en' }))).toBe(en);
  });

  it('reads a value sent as text', () => {
    expect(formatQuantity({ value: '2.50', unit: 'mg' } as never)).toBe('2,5 mg');
  });

  it.each([
    undefined,
    null,
    {},
    { unit: 'mg' },
    { value: 'x', unit: 'mg' },
    { value: NaN, unit: 'mg' },
    { value: Infinity, unit: 'mg' },
    { value: null, unit: 'mg' },
    { value: [], unit: 'mg' },
    { value: {}, unit: 'mg' },
    'five milligrams',
    5,
    [{ value: 5 }],
  ])('is empty for %j', (quantity) => {
    expect(formatQuantity(quantity as never)).toBe('');
  });

  it.each([
    [{ value: 2, unit: 'undefined' }, '2'],
    [{ value: 2, unit: 'NaN' }, '2'],
    [{ value: 2, unit: '[object Object]' }, '2'],
    [{ value: 2, unit: 42 }, '2'],
    [{ value: 2, unit: { text: 'mg' } }, '2'],
    [{ value: 2, system: UCUM, code: 'null' }, '2'],
    [{ value: 2, comparator: 'about', unit: 'mg' }, '2 mg'],
    [{ value: 2, comparator: 'constructor', unit: 'mg' }, '2 mg'],
    [{ value: 2, system: UCUM, code: 'constructor' }, '2 constructor'],
    [{ value: 2, system: UCUM, code: '__proto__' }, '2 __proto__'],
    [{ value: 2, unit: '<img src=x onerror=alert(1)>' }, '2 <img src=x onerror=alert(1)>'],
  ])('copes with %j', (quantity, expected) => {
    expect(formatQuantity(quantity as never)).toBe(expected);
  });
});

describe('formatRange', () => {
  it.each<[Range, string, string, string]>([
    [{ low: ucum(2, 'mg'), high: ucum(4, 'mg') }, '2–4 mg', '2–4 mg', '2–4 mg'],
    [{ low: { value: 2.5, unit: 'mL' }, high: { value: 5, unit: 'mL' } }, '2,5–5 mL', '2,5–5 mL', '2.5–5 mL'],
    [{ low: ucum(1, '{tbl}'), high: ucum(2, '{tbl}') }, '1–2 tabletter', '1–2 tablettar', '1–2 tablets'],
    [{ low: ucum(0.5, '{tbl}'), high: ucum(1, '{tbl}') }, '0,5–1 tablett', '0,5–1 tablett', '0.5–1 tablet'],
    [{ low: ucum(4, 'h'), high: ucum(6, 'h') }, '4–6 timer', '4–6 timar', '4–6 hours'],
    [{ low: ucum(2, 'mg') }, '≥ 2 mg', '≥ 2 mg', '≥ 2 mg'],
    [{ high: ucum(4, 'mg') }, '≤ 4 mg', '≤ 4 mg', '≤ 4 mg'],
    [{ low: { value: 2 }, high: ucum(4, 'mg') }, '2–4 mg', '2–4 mg', '2–4 mg'],
    [{ low: ucum(500, 'mg'), high: ucum(1, 'g') }, '500 mg – 1 g', '500 mg – 1 g', '500 mg – 1 g'],
    [{ low: ucum(-4, 'Cel'), high: ucum(-2, 'Cel') }, '-4 – -2 °C', '-4 – -2 °C', '-4 – -2 °C'],
    [{ low: ucum(10, '%'), high: ucum(20, '%') }, '10–20 %', '10–20 %', '10–20%'],
    [{ low: ucum(1000, 'mL'), high: ucum(1500, 'mL') }, '1 000–1 500 mL', '1 000–1 500 mL', '1,000–1,500 mL'],
    [{ low: { value: 2 }, high: { value: 4 } }, '2–4', '2–4', '2–4'],
    // SimpleQuantity has no comparator; the range's ends are the limits.
    [{ low: ucum(2, 'mg', { comparator: '>' }) }, '≥ 2 mg', '≥ 2 mg', '≥ 2 mg'],
  ])('%j', (range, nb, nn, en) => {
    expect(plain(formatRange(range, { locale: 'nb' }))).toBe(nb);
    expect(plain(formatRange(range, { locale: 'nn' }))).toBe(nn);
    expect(plain(formatRange(range, { locale: 'en' }))).toBe(en);
  });

  it.each([undefined, null, {}, { low: {} }, { low: { value: 'x' }, high: { unit: 'mg' } }, [], 'x'])(
    'is empty for %j',
    (range) => {
      expect(formatRange(range as never)).toBe('');
    },
  );
});

describe('formatRatio', () => {
  it.each<[Ratio, string, string, string]>([
    [{ numerator: ucum(5, 'mg'), denominator: ucum(5, 'mL') }, '5 mg/5 mL', '5 mg/5 mL', '5 mg/5 mL'],
    [{ numerator: ucum(10, 'mg'), denominator: ucum(1, 'mL') }, '10 mg/mL', '10 mg/mL', '10 mg/mL'],
    [{ numerator: ucum(5, 'mg'), denominator: ucum(1, 'd') }, '5 mg per døgn', '5 mg per døgn', '5 mg per day'],
    [
      { numerator: ucum(2, '{tbl}'), denominator: ucum(1, 'd') },
      '2 tabletter per døgn',
      '2 tablettar per døgn',
      '2 tablets per day',
    ],
    [
      { numerator: ucum(1, '{tbl}'), denominator: ucum(1, 'h') },
      '1 tablett per time',
      '1 tablett per time',
      '1 tablet per hour',
    ],
    [
      { numerator: ucum(1, '{puff}'), denominator: ucum(8, 'h') },
      '1 inhalasjon/8 timer',
      '1 inhalasjon/8 timar',
      '1 puff/8 hours',
    ],
    [{ numerator: ucum(0.5, 'mg'), denominator: ucum(1, 'kg') }, '0,5 mg/kg', '0,5 mg/kg', '0.5 mg/kg'],
    [{ numerator: { value: 1 }, denominator: { value: 128 } }, '1/128', '1/128', '1/128'],
    [{ numerator: ucum(5, 'mg'), denominator: { value: 1 } }, '5 mg', '5 mg', '5 mg'],
    [{ numerator: ucum(5, 'mg') }, '5 mg', '5 mg', '5 mg'],
    [
      { numerator: ucum(5, 'mg', { comparator: '<' }), denominator: ucum(1, 'd') },
      '< 5 mg per døgn',
      '< 5 mg per døgn',
      '< 5 mg per day',
    ],
    [{ numerator: ucum(2.5, 'mg'), denominator: { value: 1, unit: 'dag' } }, '2,5 mg/dag', '2,5 mg/dag', '2.5 mg/dag'],
  ])('%j', (ratio, nb, nn, en) => {
    expect(plain(formatRatio(ratio, { locale: 'nb' }))).toBe(nb);
    expect(plain(formatRatio(ratio, { locale: 'nn' }))).toBe(nn);
    expect(plain(formatRatio(ratio, { locale: 'en' }))).toBe(en);
  });

  it.each([undefined, null, {}, { denominator: ucum(1, 'd') }, { numerator: { unit: 'mg' } }, 'x', 7])(
    'is empty for %j',
    (ratio) => {
      expect(formatRatio(ratio as never)).toBe('');
    },
  );
});

describe('unit words versus UCUM codes', () => {
  it.each<[Quantity, string, string]>([
    // LMDI infusion: unit words in English inside a Norwegian record.
    [ucum(12, 'mg/min', { unit: 'milligram per minute' }), '12 mg/min', '12 mg/min'],
    // HL7 examples: an English word where the code can be said in the reader's language.
    [ucum(2, '{tbl}', { unit: 'tablet' }), '2 tabletter', '2 tablets'],
    // A symbol is kept as written, even when the code says otherwise: we do not second-guess it.
    [ucum(2.5, 'ug', { unit: 'mg' }), '2,5 mg', '2.5 mg'],
    // Words with a code we cannot write stay as the sender wrote them.
    [ucum(3, '{påføring}', { unit: 'påføringer' }), '3 påføringer', '3 påføringer'],
  ])('%j reads %j in bokmål and %j in English', (quantity, nb, en) => {
    expect(plain(formatQuantity(quantity, { locale: 'nb' }))).toBe(nb);
    expect(plain(formatQuantity(quantity, { locale: 'en' }))).toBe(en);
  });
});
