import { readFixture } from '@samspill/fixtures/node';
import type { Address, Organization, Patient, Practitioner } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatAddress } from '../../src/format/address.js';

const MUNICIPALITY_CODE = 'http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode';

function address(path: string, index = 0): Address {
  return (readFixture(path) as Patient | Practitioner | Organization).address![index]!;
}

describe('formatAddress with the Norwegian fixtures', () => {
  it.each([
    ['norway/no-basis/Patient-JanniceSoreng.json', 0, 'Karisvingen 44, 0603 Oslo'],
    ['norway/no-basis/Patient-EspenEksempel.json', 0, 'Stålverkskroken 14, 0661 Oslo'],
    ['norway/no-basis/RelatedPerson-Solid-Aresdoktor-RelatedPerson.json', 0, 'Nyhaugveien 3, 5067 BERGEN'],
    ['norway/no-basis/Practitioner-Magnar-Komann-Practitioner.json', 0, 'Dreyfushammarn 23, 8012 BODØ'],
    ['norway/no-basis/Organization-Direktoratet-for-eHelse-Organization.json', 1, 'Verkstedveien 1, 0277 OSLO'],
    ['norway/fhi-lmdi/Patient-Pasient-Med-FNR.json', 0, 'Oslo'],
    ['norway/fhi-lmdi/Organization-Organisasjon-Kommune.json', 0, 'Trondheim'],
    ['norway/fhi-lmdi/Organization-Organisasjon-Sykehus.json', 0, 'Bærum'],
    ['norway/fhi-lmdi/Patient-Pasient-Med-DNR.json', 0, 'Vestland'],
  ])('reads %s', (path, index, expected) => {
    for (const locale of ['nb', 'nn', 'en'] as const)
      expect(formatAddress(address(path, index), { locale })).toBe(expected);
  });

  it('puts each part on its own line when asked', () => {
    expect(formatAddress(address('norway/no-basis/Patient-JanniceSoreng.json'), { multiline: true })).toBe(
      'Karisvingen 44\n0603 Oslo',
    );
  });
});

describe('formatAddress parts', () => {
  it('names the kommune after the poststed when they differ', () => {
    expect(formatAddress({ line: ['Rådhustorget 7'], postalCode: '1337', city: 'Sandvika', district: 'Bærum' })).toBe(
      'Rådhustorget 7, 1337 Sandvika, Bærum',
    );
    expect(formatAddress(address('hl7-r4-examples/Patient-example.json'))).toBe(
      '534 Erewhon St, 3999 PleasantVille, Rainbow',
    );
  });

  it('shows a kommune code only when it is all there is', () => {
    const coded: Address = { _district: { extension: [{ url: MUNICIPALITY_CODE, valueCoding: { code: '0301' } }] } };
    expect(formatAddress(coded)).toBe('0301');
    expect(formatAddress({ ...coded, line: ['Karl Johans gate 1'] })).toBe('Karl Johans gate 1');
    expect(formatAddress({ ...coded, text: 'Karl Johans gate 1, Oslo' })).toBe('Karl Johans gate 1, Oslo');
  });

  it('shows the country and the state only abroad, the country in the reader’s language', () => {
    const stockholm: Address = { line: ['Drottninggatan 1'], postalCode: '111 51', city: 'Stockholm', country: 'SE' };
    expect(formatAddress(stockholm)).toBe('Drottninggatan 1, 111 51 Stockholm, Sverige');
    expect(formatAddress(stockholm, { locale: 'nn' })).toBe('Drottninggatan 1, 111 51 Stockholm, Sverige');
    expect(formatAddress(stockholm, { locale: 'en' })).toBe('Drottninggatan 1, 111 51 Stockholm, Sweden');
    expect(formatAddress(address('hl7-r4-examples/Organization-hl7.json'))).toBe(
      '3300 Washtenaw Avenue, Suite 227, 48104 Ann Arbor, MI, USA',
    );
    expect(formatAddress({ city: 'Oslo', country: 'NO', state: 'Oslo' })).toBe('Oslo');
    expect(formatAddress({ city: 'Oslo', country: 'Norge' }, { multiline: true })).toBe('Oslo');
  });

  it('names Norway when it is all there is', () => {
    expect(formatAddress({ country: 'NO' })).toBe('Norge');
    expect(formatAddress({ country: 'NO' }, { locale: 'nn' })).toBe('Noreg');
    expect(formatAddress({ country: 'NO' }, { locale: 'en' })).toBe('Norway');
  });

  it('uses text only when there are no parts', () => {
    expect(formatAddress({ text: 'Storgata 1, 0155 Oslo' })).toBe('Storgata 1, 0155 Oslo');
    expect(formatAddress({ text: 'Storgata 1, 0155 Oslo', line: ['Storgata 1'], city: 'Oslo' })).toBe(
      'Storgata 1, Oslo',
    );
  });

  it('tolerates wrong types, and keeps hostile text as plain text', () => {
    expect(formatAddress(undefined)).toBe('');
    expect(formatAddress({ line: 'Storgata 1', postalCode: 155, city: ['Oslo'] } as never)).toBe('Storgata 1');
    expect(formatAddress({ _district: { extension: 'x' }, country: 5 } as never)).toBe('');
    expect(formatAddress({ line: ['<img src=x onerror=alert(1)>'] })).toBe('<img src=x onerror=alert(1)>');
  });
});
