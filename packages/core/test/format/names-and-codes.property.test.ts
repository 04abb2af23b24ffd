import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClean, FORBIDDEN } from './clean-text.js';
import { formatAddress } from '../../src/format/address.js';
import {
  ATC_SYSTEM,
  FEST_SYSTEM,
  atcCode,
  findCoding,
  formatCodeableConcept,
  formatCoding,
  isFestSystem,
} from '../../src/format/codeable-concept.js';
import { formatContactPoint } from '../../src/format/contact-point.js';
import { MIDDLE_NAME_URL, formatHumanName } from '../../src/format/human-name.js';
import {
  IDENTIFIER_KINDS,
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  isValidNorwegianPersonalNumber,
} from '../../src/format/identifier.js';
import { formatReference } from '../../src/format/reference.js';
import { LOCALES } from '../../src/locale.js';

const PERSONAL_SYSTEMS = [
  'urn:oid:2.16.578.1.12.4.1.4.1',
  'http://hl7.no/fhir/NamingSystem/FNR',
  'urn:oid:2.16.578.1.12.4.1.4.2',
  'http://hl7.no/fhir/NamingSystem/DNR',
];

/** Every formatter, called the way a view would, with the value under test. */
const FORMATTERS: Record<string, (value: never, locale: (typeof LOCALES)[number]) => unknown> = {
  formatCoding: (value, locale) => formatCoding(value, { locale }),
  formatCodeableConcept: (value, locale) => formatCodeableConcept(value, { locale }),
  formatReference: (value, locale) => formatReference(value, { locale }),
  formatHumanName: (value, locale) => formatHumanName(value, { locale }),
  'formatHumanName family-first': (value, locale) => formatHumanName(value, { locale, style: 'family-first' }),
  formatIdentifier: (value, locale) => formatIdentifier(value, { locale }),
  'formatIdentifier revealed': (value, locale) => formatIdentifier(value, { locale, reveal: true }),
  formatIdentifierLabel: (value, locale) => formatIdentifierLabel(value, { locale }),
  formatAddress: (value, locale) => formatAddress(value, { locale }),
  'formatAddress multiline': (value, locale) => formatAddress(value, { locale, multiline: true }),
  formatContactPoint: (value, locale) => formatContactPoint(value, { locale }),
};

// Field names and values the formatters look for, so generated input reaches past the first check.
const FIELDS = [
  'text',
  'coding',
  'system',
  'code',
  'display',
  'userSelected',
  'given',
  '_given',
  'family',
  'prefix',
  'suffix',
  'extension',
  'url',
  'valueString',
  'valueCoding',
  'use',
  'period',
  'end',
  'value',
  'type',
  'assigner',
  'identifier',
  'reference',
  'line',
  'city',
  'postalCode',
  'district',
  '_district',
  'state',
  'country',
];
const VALUES = [
  ...PERSONAL_SYSTEMS,
  MIDDLE_NAME_URL,
  FEST_SYSTEM,
  'http://www.whocc.no/atc',
  'urn:oid:2.16.578.1.12.4.1.4.101',
  'http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode',
  'HNR',
  'Patient/1',
  'official',
  'old',
  'mobile',
  'phone',
  'email',
  'SE',
  'NO',
  '12705825562',
  '91234567',
  '<img src=x onerror=alert(1)>',
];

const { fhirish } = fc.letrec((tie) => ({
  fhirish: fc.oneof(
    { depthSize: 'small' },
    fc.anything(),
    fc.constantFrom(...VALUES),
    fc.array(tie('fhirish'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('fhirish'), { maxKeys: 6 }),
  ),
}));

const locale = fc.constantFrom(...LOCALES);

describe.each(Object.entries(FORMATTERS))('%s is total', (_, format) => {
  it('returns a clean string for anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), locale, (value, lang) => {
        expectClean(format(value as never, lang), value);
      }),
    );
  });

  it('returns a clean string for FHIR-shaped input of any depth and type', () => {
    fc.assert(
      fc.property(fhirish, locale, (value, lang) => {
        expectClean(format(value as never, lang), value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the helpers next to the formatters are total too', () => {
  it('answer with their declared types for anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fhirish), (value) => {
        expect(['string', 'undefined']).toContain(typeof atcCode(value as never));
        expect(['object', 'undefined']).toContain(typeof findCoding(value as never, ATC_SYSTEM));
        expect(typeof isFestSystem(value)).toBe('boolean');
        expect(IDENTIFIER_KINDS).toContain(identifierKind(value as never));
        expect(typeof isValidNorwegianPersonalNumber(value)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

// Text that does not itself contain a forbidden word, hostile markup included.
const safeText = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('<img src=x onerror=alert(1)>', ' ', 'Ærlend'))
  .filter((value) => !FORBIDDEN.some((word) => value.includes(word)));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

describe('structured input', () => {
  const humanName = fc.record(
    {
      use: fc.constantFrom('official', 'usual', 'old', 'maiden', 'nickname'),
      family: safeText,
      given: fc.array(safeText, { maxLength: 3 }),
      prefix: fc.array(safeText, { maxLength: 1 }),
      text: safeText,
      extension: fc.array(fc.record({ url: fc.constant(MIDDLE_NAME_URL), valueString: optional(safeText) })),
      period: fc.record({
        end: fc.oneof(
          safeText,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
      }),
    },
    { requiredKeys: [] },
  );

  it('formats every name to a clean string, choosing one of the names given', () => {
    fc.assert(
      fc.property(fc.array(humanName, { maxLength: 4 }), locale, (names, lang) => {
        const shown = formatHumanName(names, { locale: lang });
        expectClean(shown, []);
        const each = names.map((name) => formatHumanName(name, { locale: lang }));
        expect(shown === '' || each.includes(shown)).toBe(true);
      }),
    );
  });

  it('formats every codeable concept to a clean string, and a display-bearing one to one of its displays', () => {
    const coding = fc.record(
      {
        system: fc.constantFrom(FEST_SYSTEM, 'http://www.whocc.no/atc', 'http://snomed.info/sct', 'urn:x'),
        code: safeText,
        display: safeText,
        userSelected: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(coding, { maxLength: 4 }), locale, (codings, lang) => {
        const shown = formatCodeableConcept({ coding: codings }, { locale: lang });
        expectClean(shown, []);
        const displays = codings.map((c) => c.display?.replace(/\s+/g, ' ').trim()).filter(Boolean);
        if (displays.length > 0) expect(displays).toContain(shown);
        // A FEST key is never shown as a name: with no display, a catalogue phrase stands in.
        if (displays.length === 0 && codings.every((c) => c.system === FEST_SYSTEM)) {
          expect(['', 'Ukjent legemiddel', 'Ukjend legemiddel', 'Unknown medication']).toContain(shown);
        }
        expect(atcCode({ coding: codings }) ?? '').toBeTypeOf('string');
      }),
    );
  });

  it('formats every address and contact point to a clean string', () => {
    const address = fc.record(
      {
        line: fc.array(safeText, { maxLength: 2 }),
        postalCode: safeText,
        city: safeText,
        district: safeText,
        state: safeText,
        country: fc.oneof(safeText, fc.constantFrom('NO', 'SE', 'dk', 'NOR', 'ZZ')),
        text: safeText,
      },
      { requiredKeys: [] },
    );
    const contactPoint = fc.record(
      {
        system: fc.constantFrom('phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'),
        use: fc.constantFrom('home', 'work', 'temp', 'old', 'mobile'),
        value: fc.oneof(safeText, fc.stringMatching(/^(\+47|0047)? ?\d{8}$/)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(address, contactPoint, locale, fc.boolean(), (a, c, lang, multiline) => {
        expectClean(formatAddress(a, { locale: lang, multiline }), []);
        expectClean(formatContactPoint(c, { locale: lang }), []);
      }),
    );
  });
});

describe('fødselsnummer and D-nummer masking', () => {
  const digits = fc.stringMatching(/^\d{11}$/);
  const spaced = fc.tuple(digits, fc.integer({ min: 0, max: 11 })).map(([d, at]) => `${d.slice(0, at)} ${d.slice(at)}`);

  it('never shows the full number, however it is written, and always shows something', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAL_SYSTEMS), fc.oneof(digits, spaced), locale, (system, value, lang) => {
        const whole = value.replace(/\s/g, '');
        const identifier = { system, value };
        for (const shown of [
          formatIdentifier(identifier, { locale: lang }),
          formatIdentifier(identifier, { locale: lang, reveal: false }),
          formatReference({ identifier }, { locale: lang }),
          formatReference({ identifier, reference: 'Patient/1' }, { locale: lang }),
        ]) {
          expect(shown.replace(/\s/g, '')).not.toContain(whole);
          expect(shown).toContain('*****');
          expect(shown).toContain(whole.slice(0, 6));
        }
        expect(formatIdentifier(identifier, { reveal: true })).toBe(`${whole.slice(0, 6)} ${whole.slice(6)}`);
      }),
    );
  });

  it('masks any valid personal number under a system it does not recognise', () => {
    fc.assert(
      fc.property(digits.filter(isValidNorwegianPersonalNumber), safeText, (value, system) => {
        const identifier = { system, value };
        fc.pre(identifierKind(identifier) === 'other');
        expect(formatIdentifier(identifier)).toBe(`${value.slice(0, 6)} *****`);
      }),
    );
  });

  it('rejects a valid number with any one digit changed', () => {
    const valid = digits.filter(isValidNorwegianPersonalNumber);
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (value, at, delta) => {
        const changed = `${value.slice(0, at)}${(Number(value[at]) + delta) % 10}${value.slice(at + 1)}`;
        expect(isValidNorwegianPersonalNumber(changed)).toBe(false);
      }),
    );
  });
});
