import { readFixture } from '@samspill/fixtures/node';
import type { Identifier, Observation, Organization, Patient, Practitioner, RelatedPerson } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import {
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  isValidNorwegianPersonalNumber,
} from '../../src/format/identifier.js';

const FNR = 'urn:oid:2.16.578.1.12.4.1.4.1';

function firstIdentifier(path: string): Identifier {
  const resource = readFixture(path) as Patient | Practitioner | Organization | RelatedPerson;
  return resource.identifier![0]!;
}

describe('identifierKind', () => {
  it.each([
    ['urn:oid:2.16.578.1.12.4.1.4.1', 'fnr'],
    ['http://hl7.no/fhir/NamingSystem/FNR', 'fnr'],
    ['urn:oid:2.16.578.1.12.4.1.4.2', 'dnr'],
    ['http://hl7.no/fhir/NamingSystem/DNR', 'dnr'],
    ['urn:oid:2.16.578.1.12.4.1.4.3', 'fhn'],
    ['http://hl7.no/fhir/NamingSystem/FHNR', 'fhn'],
    ['urn:oid:2.16.578.1.12.4.1.4.4', 'hpr'],
    ['http://hl7.no/fhir/NamingSystem/HPR', 'hpr'],
    ['urn:oid:2.16.578.1.12.4.1.4.5', 'duf'],
    ['http://hl7.no/fhir/NamingSystem/DUFN', 'duf'],
    ['HNR', 'hnr'],
    ['urn:oid:2.16.578.1.12.4.1.4.101', 'orgnr'],
    ['http://data.brreg.no/begrep/28155', 'orgnr'],
    ['urn:oid:2.16.578.1.12.4.1.4.102', 'resh'],
    ['http://hl7.no/fhir/NamingSystem/RESHid', 'resh'],
    ['urn:oid:2.16.578.1.12.4.1.2', 'her'],
    ['http://hl7.no/fhir/NamingSystem/HERid', 'her'],
    ['http://dips.no/fhir/namingsystem/dips-patientid', 'other'],
    ['urn:oid:2.16.578.1.12.4.1.4', 'other'],
  ])('recognises %s as %s', (system, kind) => {
    expect(identifierKind({ system, value: '1' })).toBe(kind);
  });

  it('recognises an H-nummer by its type, and tolerates anything else', () => {
    const type = { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.8327', code: 'HNR' }] };
    expect(identifierKind({ system: 'urn:oid:2.16.578.1.12.4.1.1.123', type, value: '1' })).toBe('hnr');
    expect(identifierKind(undefined)).toBe('other');
    expect(identifierKind({ system: 42 } as never)).toBe('other');
    expect(identifierKind({ system: 'constructor' })).toBe('other');
  });
});

describe('isValidNorwegianPersonalNumber', () => {
  it.each(['12705825562', '41667987421', '21030550231', '13031353453', '210305 50231'])('accepts %s', (value) => {
    expect(isValidNorwegianPersonalNumber(value)).toBe(true);
  });

  it.each(['15064312345', '12705825563', '1270582556', '127058255620', '210377xxxxx', '', 12705825562, null])(
    'rejects %j',
    (value) => {
      expect(isValidNorwegianPersonalNumber(value)).toBe(false);
    },
  );
});

describe('formatIdentifier masks personal numbers', () => {
  const fnr = firstIdentifier('norway/fhi-lmdi/Patient-Pasient-Med-FNR.json');
  const dnr = firstIdentifier('norway/fhi-lmdi/Patient-Pasient-Med-DNR.json');

  it('shows the birth-date part of the LMDI patient’s fødselsnummer and hides the rest', () => {
    expect(fnr.value).toBe('12705825562');
    expect(formatIdentifier(fnr)).toBe('127058 *****');
    expect(formatIdentifier(fnr, { locale: 'en' })).toBe('127058 *****');
    expect(formatIdentifier(fnr, { reveal: true })).toBe('127058 25562');
  });

  it('masks a D-nummer the same way', () => {
    expect(formatIdentifier(dnr)).toBe('416679 *****');
    expect(formatIdentifier(dnr, { reveal: false })).toBe('416679 *****');
    expect(formatIdentifier(dnr, { reveal: true })).toBe('416679 87421');
  });

  it('still shows an invalid number, masked', () => {
    const grieg = firstIdentifier('norway/no-basis/Patient-Pasient-Middle-Name-1.json');
    expect(isValidNorwegianPersonalNumber(grieg.value)).toBe(false);
    expect(formatIdentifier(grieg)).toBe('150643 *****');
    expect(formatIdentifier(firstIdentifier('norway/no-basis/Patient-EspenEksempel.json'))).toBe('210377 *****');
    expect(formatIdentifier({ system: FNR, value: '1234' })).toBe('*****');
    expect(formatIdentifier({ system: FNR, value: '1234' }, { reveal: true })).toBe('1234');
  });

  it('never shows the full number, however it is written', () => {
    for (const value of ['12705825562', ' 127058 25562 ', '12705825562 ']) {
      const shown = formatIdentifier({ system: FNR, value });
      expect(shown).toBe('127058 *****');
      expect(shown.replace(/\s/g, '')).not.toContain('25562');
    }
  });

  it('masks a valid personal number under a system it does not know, but not a recognised one', () => {
    expect(formatIdentifier({ system: 'http://example.org/pid', value: '21030550231' })).toBe('210305 *****');
    expect(formatIdentifier({ system: 'urn:oid:2.16.578.1.12.4.1.4.3', value: '21030550231' })).toBe('21030550231');
  });
});

describe('formatIdentifier shows other numbers', () => {
  it('groups an organisasjonsnummer in threes', () => {
    expect(formatIdentifier(firstIdentifier('norway/fhi-lmdi/Organization-Organisasjon-HF.json'))).toBe('993 467 049');
    expect(formatIdentifier({ system: 'urn:oid:2.16.578.1.12.4.1.4.101', value: '1234567890' })).toBe('1234567890');
  });

  it('shows HPR, RESH and HER numbers as they are', () => {
    expect(formatIdentifier(firstIdentifier('norway/fhi-lmdi/Practitioner-Helsepersonell-Med-HPR.json'))).toBe(
      '9144900',
    );
    expect(formatIdentifier(firstIdentifier('norway/fhi-lmdi/Organization-Organisasjon-HF-2.json'))).toBe('4201115');
    const observation = readFixture('norway/vkp-observation/Observation-body-height-create.json') as Observation;
    expect(formatIdentifier(observation.performer![0]!.identifier)).toBe('889911');
  });

  it('shows nothing without a value, and plain text for anything else', () => {
    expect(formatIdentifier({ system: FNR })).toBe('');
    expect(formatIdentifier({ system: FNR, value: 12705825562 } as never)).toBe('');
    expect(formatIdentifier({ value: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('formatIdentifierLabel', () => {
  it.each([
    ['norway/fhi-lmdi/Patient-Pasient-Med-FNR.json', 'Fødselsnummer', 'Fødselsnummer', 'National identity number'],
    ['norway/fhi-lmdi/Patient-Pasient-Med-DNR.json', 'D-nummer', 'D-nummer', 'D number'],
    ['norway/fhi-lmdi/Practitioner-Helsepersonell-Med-HPR.json', 'HPR-nummer', 'HPR-nummer', 'HPR number'],
    [
      'norway/no-basis/Organization-Direktoratet-for-eHelse-Organization.json',
      'Organisasjonsnummer',
      'Organisasjonsnummer',
      'Organisation number',
    ],
    ['norway/fhi-lmdi/Organization-Organisasjon-HF-2.json', 'RESH-id', 'RESH-id', 'RESH ID'],
    ['norway/no-basis/Patient-JanniceSoreng.json', 'Fødselsnummer', 'Fødselsnummer', 'National identity number'],
  ])('names the identifier of %s', (path, nb, nn, en) => {
    const identifier = firstIdentifier(path);
    expect(formatIdentifierLabel(identifier)).toBe(nb);
    expect(formatIdentifierLabel(identifier, { locale: 'nn' })).toBe(nn);
    expect(formatIdentifierLabel(identifier, { locale: 'en' })).toBe(en);
  });

  it('names an H-nummer with its assigner', () => {
    const identifier: Identifier = { system: 'HNR', value: '81234567891', assigner: { display: 'Ahus' } };
    expect(formatIdentifierLabel(identifier)).toBe('H-nummer (Ahus)');
    expect(formatIdentifierLabel({ system: 'HNR' }, { locale: 'en' })).toBe('H number');
  });

  it('names other identifiers by their type, else generically', () => {
    const typed: Identifier = { system: 'http://example.org/mrn', type: { text: 'Journalnummer' }, value: '12345' };
    expect(formatIdentifierLabel(typed)).toBe('Journalnummer');
    expect(formatIdentifierLabel({ value: '1' })).toBe('Identifikator');
    expect(formatIdentifierLabel({ value: '1' }, { locale: 'nn' })).toBe('Identifikator');
    expect(formatIdentifierLabel({ value: '1' }, { locale: 'en' })).toBe('Identifier');
    expect(formatIdentifierLabel(null as never, { locale: 'en' })).toBe('Identifier');
  });
});
