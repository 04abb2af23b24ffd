import { readFixture } from '@samspill/fixtures/node';
import type { ContactPoint, Organization, Patient, Practitioner } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatContactPoint } from '../../src/format/contact-point.js';

function telecom(path: string): ContactPoint[] {
  return (readFixture(path) as Patient | Practitioner | Organization).telecom ?? [];
}

describe('formatContactPoint with the no-basis practitioner', () => {
  const magnar = telecom('norway/no-basis/Practitioner-Magnar-Komann-Practitioner.json');

  it.each([
    [
      'nb',
      [
        'Telefon (arbeid): 75 58 98 89',
        'Faks: 75 58 98 99',
        'Mobil: 981 28 921',
        'E-post (arbeid): mako@bottomline.no',
      ],
    ],
    [
      'nn',
      [
        'Telefon (arbeid): 75 58 98 89',
        'Faks: 75 58 98 99',
        'Mobil: 981 28 921',
        'E-post (arbeid): mako@bottomline.no',
      ],
    ],
    ['en', ['Phone (work): 75 58 98 89', 'Fax: 75 58 98 99', 'Mobile: 981 28 921', 'Email (work): mako@bottomline.no']],
  ] as const)('labels every contact point in %s', (locale, expected) => {
    expect(magnar.map((contactPoint) => formatContactPoint(contactPoint, { locale }))).toEqual(expected);
  });
});

describe('formatContactPoint', () => {
  it('groups +47 numbers from the no-basis patients', () => {
    const espen = telecom('norway/no-basis/Patient-EspenEksempel.json')[0];
    expect(formatContactPoint(espen)).toBe('Telefon (hjem): +47 982 16 832');
    expect(formatContactPoint(espen, { locale: 'nn' })).toBe('Telefon (heim): +47 982 16 832');
    expect(formatContactPoint(espen, { locale: 'en' })).toBe('Phone (home): +47 982 16 832');
    expect(formatContactPoint(telecom('norway/no-basis/Patient-JanniceSoreng.json')[0])).toBe(
      'Telefon (hjem): +47 33 44 55 66',
    );
  });

  it.each([
    ['91234567', '912 34 567'],
    ['0047 912 34 567', '+47 912 34 567'],
    ['(+47) 22-33-44-55', '+47 22 33 44 55'],
    ['80012345', '800 12 345'],
    ['02800', '02800'],
    ['+46 8 123 456 78', '+46 8 123 456 78'],
    ['(03) 5555 6473', '(03) 5555 6473'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatContactPoint({ system: 'phone', value })).toBe(`Telefon: ${expected}`);
  });

  it('leaves foreign numbers of the HL7 example organisation untouched', () => {
    expect(
      telecom('hl7-r4-examples/Organization-hl7.json').map((contactPoint) => formatContactPoint(contactPoint)),
    ).toEqual(['Telefon: (+1) 734-677-7777', 'Faks: (+1) 734-677-6622', 'E-post: hq@HL7.org']);
  });

  it('labels by use alone when the system is missing, and by other systems', () => {
    expect(formatContactPoint({ use: 'home', value: '22334455' })).toBe('Hjem: 22 33 44 55');
    expect(formatContactPoint({ use: 'home', value: '22334455' }, { locale: 'nn' })).toBe('Heim: 22 33 44 55');
    expect(formatContactPoint({ use: 'mobile', value: '91234567' }, { locale: 'en' })).toBe('Mobile: 912 34 567');
    expect(formatContactPoint({ system: 'email', use: 'mobile', value: 'a@b.no' })).toBe('E-post (mobil): a@b.no');
    expect(formatContactPoint({ system: 'url', value: 'https://helsenorge.no' }, { locale: 'nn' })).toBe(
      'Nettstad: https://helsenorge.no',
    );
    expect(formatContactPoint({ system: 'pager', use: 'temp', value: '12345' }, { locale: 'nn' })).toBe(
      'Personsøkjar (mellombels): 12345',
    );
    expect(formatContactPoint({ system: 'phone', use: 'old', value: '22334455' }, { locale: 'nn' })).toBe(
      'Telefon (gamal): 22 33 44 55',
    );
    expect(formatContactPoint({ system: 'other', value: 'Skype: kari' })).toBe('Skype: kari');
  });

  it('shows nothing without a value, and never throws on wrong types', () => {
    expect(formatContactPoint({ use: 'home' })).toBe('');
    expect(formatContactPoint(undefined)).toBe('');
    expect(formatContactPoint({ system: 'constructor', use: 'toString', value: '91234567' } as never)).toBe(
      '912 34 567',
    );
    expect(formatContactPoint({ system: 'phone', value: 91234567 } as never)).toBe('');
    expect(formatContactPoint({ system: 'email', value: '<img src=x onerror=alert(1)>' })).toBe(
      'E-post: <img src=x onerror=alert(1)>',
    );
  });
});
