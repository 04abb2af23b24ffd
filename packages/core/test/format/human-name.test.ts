import { readFixture } from '@samspill/fixtures/node';
import type { HumanName, Patient, Practitioner, RelatedPerson } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { MIDDLE_NAME_URL, formatHumanName } from '../../src/format/human-name.js';

const now = new Date('2025-06-01T12:00:00Z');

function names(path: string): HumanName[] {
  return (readFixture(path) as Patient | Practitioner | RelatedPerson).name ?? [];
}

describe('formatHumanName with the no-basis people', () => {
  it.each([
    ['norway/no-basis/Patient-Pasient-Middle-Name-1.json', 'Edvard Hagerup Grieg', 'Grieg, Edvard Hagerup'],
    [
      'norway/no-basis/RelatedPerson-Sorgard-Erlend-RelatedPerson.json',
      'Ærlend Pårørende Sørgård',
      'Sørgård, Ærlend Pårørende',
    ],
    [
      'norway/no-basis/RelatedPerson-Solid-Aresdoktor-RelatedPerson.json',
      'SOLID SKIKKELIG ÆRESDOKTOR',
      'ÆRESDOKTOR, SOLID SKIKKELIG',
    ],
    ['norway/no-basis/Patient-JanniceSoreng.json', 'Jannice Søreng', 'Søreng, Jannice'],
    ['norway/no-basis/Practitioner-Magnar-Komann-Practitioner.json', 'Magnar Koman', 'Koman, Magnar'],
  ])('reads %s', (path, full, familyFirst) => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      expect(formatHumanName(names(path), { locale })).toBe(full);
      expect(formatHumanName(names(path), { locale, style: 'family-first' })).toBe(familyFirst);
    }
    expect(formatHumanName(names(path)[0], { style: 'full' })).toBe(full);
  });
});

describe('formatHumanName picks one of several names', () => {
  const example = names('hl7-r4-examples/Patient-example.json');

  it('takes the official name of the HL7 example patient, not the usual or the maiden name', () => {
    expect(formatHumanName(example, { now })).toBe('Peter James Chalmers');
    expect(formatHumanName(example, { now, style: 'family-first' })).toBe('Chalmers, Peter James');
  });

  it('takes the usual name when there is no official one, and skips names no longer in use', () => {
    const list: HumanName[] = [
      { family: 'Olsen', given: ['Kari'], period: { end: '2019-08-01' } },
      { use: 'old', family: 'Hansen', given: ['Kari'] },
      { family: 'Nordmann', given: ['Kari'] },
      { use: 'usual', given: ['Kaja'], family: 'Nordmann' },
    ];
    expect(formatHumanName(list, { now })).toBe('Kaja Nordmann');
    expect(formatHumanName(list.slice(0, 3), { now })).toBe('Kari Nordmann');
    expect(
      formatHumanName([{ use: 'official', family: 'Old', period: { end: '2020' } }, ...list.slice(2)], { now }),
    ).toBe('Kaja Nordmann');
  });

  it('keeps a name that ends today or later, and falls back to an old name rather than nothing', () => {
    expect(formatHumanName([{ family: 'Berg', period: { end: '2025-06-01' } }], { now })).toBe('Berg');
    expect(formatHumanName([{ use: 'old', family: 'Berg' }, { given: [' '] }], { now })).toBe('Berg');
  });
});

describe('formatHumanName parts', () => {
  it('takes a middle name marked on an element of given', () => {
    const name = {
      family: 'Grieg',
      given: ['Edvard', 'Hagerup'],
      _given: [null, { extension: [{ url: MIDDLE_NAME_URL }] }],
    } as HumanName;
    expect(formatHumanName(name, { style: 'family-first' })).toBe('Grieg, Edvard Hagerup');
    const valued = {
      family: 'Grieg',
      given: ['Edvard'],
      _given: [{ extension: [{ url: MIDDLE_NAME_URL, valueString: 'Hagerup' }] }],
    } as HumanName;
    expect(formatHumanName(valued, { style: 'family-first' })).toBe('Grieg, Hagerup');
  });

  it('does not repeat a middle name that is also in given', () => {
    const name: HumanName = {
      family: 'Grieg',
      given: ['Edvard', 'Hagerup'],
      extension: [{ url: MIDDLE_NAME_URL, valueString: 'Hagerup' }],
    };
    expect(formatHumanName(name)).toBe('Edvard Hagerup Grieg');
  });

  it('uses text only when there are no parts, and prefix or suffix only when there is nothing else', () => {
    expect(formatHumanName({ text: 'Ola Nordmann' })).toBe('Ola Nordmann');
    expect(formatHumanName({ text: 'Kari N.', family: 'Nordmann', given: ['Kari'] })).toBe('Kari Nordmann');
    expect(formatHumanName(names('hl7-r4-examples/Practitioner-example.json'))).toBe('Adam Careful');
    expect(formatHumanName({ prefix: ['Dr'] })).toBe('Dr');
  });

  it('writes a lone family or given name without a comma', () => {
    expect(formatHumanName({ family: 'Nordmann' }, { style: 'family-first' })).toBe('Nordmann');
    expect(formatHumanName({ given: ['Kari'] }, { style: 'family-first' })).toBe('Kari');
  });

  it('tolerates wrong types, and keeps hostile text as plain text', () => {
    expect(formatHumanName({ given: 'x' } as never)).toBe('x');
    expect(formatHumanName({ given: [1, null, 'Kari'], family: 2 } as never)).toBe('Kari');
    expect(formatHumanName([null, 'Kari', 7] as never)).toBe('');
    expect(formatHumanName(null as never)).toBe('');
    expect(formatHumanName({ family: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
    expect(formatHumanName({ family: 'Berg' }, { now: new Date(Number.NaN) })).toBe('Berg');
  });
});
