import fc from 'fast-check';
import type { Dosage, Timing } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { anything, expectClean } from './clean-text.js';
import { formatDosage, formatDosageLines } from '../../src/format/dosage.js';
import { formatNumber } from '../../src/format/quantity.js';
import { formatTiming } from '../../src/format/timing.js';

const UCUM = 'http://unitsofmeasure.org';

const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      locale: fc.oneof(fc.constantFrom('nb', 'nn', 'en'), anything),
      timeZone: fc.oneof(fc.constantFrom('Europe/Oslo', 'UTC', 'Pacific/Kiritimati'), fc.string(), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);

const locales = fc.constantFrom('nb' as const, 'nn' as const, 'en' as const);

/** A field that is usually well-formed and sometimes anything at all. */
function mostly<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anything });
}

const number = fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double(), fc.constantFrom('2', '1.5', 'x', ''));
const unit = fc.constantFrom('s', 'min', 'h', 'd', 'wk', 'mo', 'a', 'fortnight', '');
const quantity = fc.record(
  {
    value: mostly(number),
    unit: mostly(fc.constantFrom('mg', 'tablet', 'mL', '')),
    system: mostly(fc.constantFrom(UCUM, 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm')),
    code: mostly(fc.constantFrom('mg', '{tbl}', 'mL', 'd', 'h', 'TAB', '{dose}', '[iU]')),
  },
  { requiredKeys: [] },
);
const concept = fc.record(
  {
    text: mostly(fc.string()),
    coding: mostly(
      fc.array(
        fc.record(
          { system: mostly(fc.webUrl()), code: mostly(fc.string()), display: mostly(fc.string()) },
          { requiredKeys: [] },
        ),
      ),
    ),
  },
  { requiredKeys: [] },
);
const dateLike = fc.oneof(fc.constantFrom('2024-05-07', '2024-05-07T08:00:00+02:00', '2024', 'soon'), anything);

const timing = fc.record(
  {
    event: mostly(fc.array(dateLike, { maxLength: 3 })),
    code: mostly(
      fc.oneof(
        concept,
        fc.constantFrom('BID', 'TID', 'QID', 'QD', 'QOD', 'Q4H', 'Q12H', 'AM', 'PM', 'BED', 'WK', 'MO').map((code) => ({
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code }],
        })),
      ),
    ),
    repeat: mostly(
      fc.record(
        {
          boundsDuration: mostly(quantity),
          boundsRange: mostly(fc.record({ low: mostly(quantity), high: mostly(quantity) }, { requiredKeys: [] })),
          boundsPeriod: mostly(fc.record({ start: dateLike, end: dateLike }, { requiredKeys: [] })),
          count: mostly(number),
          countMax: mostly(number),
          duration: mostly(number),
          durationMax: mostly(number),
          durationUnit: mostly(unit),
          frequency: mostly(number),
          frequencyMax: mostly(number),
          period: mostly(number),
          periodMax: mostly(number),
          periodUnit: mostly(unit),
          dayOfWeek: mostly(fc.array(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'x'))),
          timeOfDay: mostly(fc.array(fc.constantFrom('08:00:00', '20:00', '23:59:59.5', '24:00', ''))),
          when: mostly(fc.array(fc.constantFrom('MORN', 'AFT.late', 'HS', 'ACM', 'PC', 'C', 'WAKE', 'constructor'))),
          offset: mostly(number),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const ratio = fc.record({ numerator: mostly(quantity), denominator: mostly(quantity) }, { requiredKeys: [] });

const dosage = fc.record(
  {
    sequence: mostly(fc.integer({ min: -1, max: 4 })),
    text: mostly(fc.string()),
    additionalInstruction: mostly(fc.array(concept, { maxLength: 3 })),
    patientInstruction: mostly(fc.string()),
    timing: mostly(timing),
    asNeededBoolean: mostly(fc.boolean()),
    asNeededCodeableConcept: mostly(concept),
    site: mostly(concept),
    route: mostly(concept),
    method: mostly(concept),
    doseAndRate: mostly(
      fc.array(
        fc.record(
          {
            doseRange: mostly(fc.record({ low: mostly(quantity), high: mostly(quantity) }, { requiredKeys: [] })),
            doseQuantity: mostly(quantity),
            rateRatio: mostly(ratio),
            rateRange: mostly(fc.record({ low: mostly(quantity), high: mostly(quantity) }, { requiredKeys: [] })),
            rateQuantity: mostly(quantity),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    maxDosePerPeriod: mostly(ratio),
    maxDosePerAdministration: mostly(quantity),
    maxDosePerLifetime: mostly(quantity),
  },
  { requiredKeys: [] },
);

describe('formatDosage and formatTiming are total', () => {
  it('take anything, with anything as options', () => {
    fc.assert(
      fc.property(anything, options, (value, given) => {
        expectClean(formatDosage(value as Dosage, given as never), value, given);
        expectClean(formatTiming(value as Timing, given as never), value, given);
        const lines = formatDosageLines(value as Dosage, given as never);
        expect(Array.isArray(lines)).toBe(true);
        for (const line of lines) expectClean(line, value, given);
      }),
    );
  });

  it('take Timings that are partly well-formed', () => {
    fc.assert(
      fc.property(timing, options, (value, given) => {
        expectClean(formatTiming(value as Timing, given as never), value, given);
      }),
    );
  });

  it('take Dosages that are partly well-formed, alone or several', () => {
    fc.assert(
      fc.property(fc.oneof(dosage, fc.array(dosage, { maxLength: 4 })), options, (value, given) => {
        const text = formatDosage(value as Dosage, given as never);
        expectClean(text, value, given);
        // Each entry's line appears, so no entry is silently dropped.
        for (const line of formatDosageLines(value as Dosage, given as never)) {
          expectClean(line, value, given);
          expect(line.trim()).not.toBe('');
          expect(text).toContain(line);
        }
      }),
    );
  });
});

describe('what a Dosage says is shown', () => {
  it('a dose with a finite value shows that value, in every locale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.constantFrom('mg', '{tbl}', 'mL'),
        locales,
        (value, code, locale) => {
          const text = formatDosage({ doseAndRate: [{ doseQuantity: { value, system: UCUM, code } }] }, { locale });
          expect(text).toContain(formatNumber(value, { locale }));
        },
      ),
    );
  });

  it('a text is shown first and whole', () => {
    fc.assert(
      fc.property(dosage, fc.string({ minLength: 1 }), locales, (fields, given, locale) => {
        const line = given.replace(/\s+/g, ' ').trim();
        fc.pre(line !== '');
        const text = formatDosage({ ...(fields as Dosage), text: given }, { locale });
        expect(text.startsWith(line)).toBe(true);
      }),
    );
  });

  it('a frequency per day is never lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), locales, (frequency, locale) => {
        const text = formatTiming({ repeat: { frequency, period: 1, periodUnit: 'd' } }, { locale });
        expect(text).toMatch(
          frequency === 2 && locale === 'en' ? /^twice daily$/ : new RegExp(`^${frequency} \\p{L}+ \\p{L}+$`, 'u'),
        );
      }),
    );
  });

  it('sequences keep their order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 }), (sequences) => {
        const dosages = sequences.map((sequence) => ({ sequence, text: `steg ${sequence}` }));
        const expected = [...sequences].sort((a, b) => a - b).map((sequence) => `steg ${sequence}`);
        expect(formatDosageLines(dosages)).toEqual(expected);
        expect(formatDosage(dosages)).toBe(expected.join(', deretter '));
      }),
    );
  });
});
