import fc from 'fast-check';
import type { Quantity } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { anything, expectClean } from './clean-text.js';
import { ageInYears, formatAge } from '../../src/format/age.js';
import {
  formatDate,
  formatRelativeDay,
  formatTime,
  parsePartialDate,
  resolveFormatOptions,
} from '../../src/format/partial-date.js';
import { formatPeriod } from '../../src/format/period.js';
import { calendarDay } from '../../src/format/zone-clock.js';
import { formatNumber, formatQuantity, formatRange, formatRatio } from '../../src/format/quantity.js';

const UCUM = 'http://unitsofmeasure.org';

type Formatter = (value: never, options?: never) => string;

const FORMATTERS: [string, Formatter][] = [
  ['formatDate', formatDate],
  ['formatTime', formatTime],
  ['formatRelativeDay', formatRelativeDay],
  ['formatPeriod', formatPeriod],
  ['formatAge', formatAge],
  ['formatNumber', formatNumber],
  ['formatQuantity', formatQuantity],
  ['formatRange', formatRange],
  ['formatRatio', formatRatio],
];

const zones = fc.constantFrom(
  'Europe/Oslo',
  'UTC',
  'America/New_York',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'America/Santiago',
);

const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      locale: fc.oneof(fc.constantFrom('nb', 'nn', 'en'), anything),
      timeZone: fc.oneof(zones, fc.string(), anything),
      now: fc.oneof(fc.date(), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);

const validOptions = fc.record({
  locale: fc.constantFrom('nb' as const, 'nn' as const, 'en' as const),
  timeZone: zones,
  now: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
});

/** Well-formed FHIR dates at every precision, with and without offsets. */
const fhirDate = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom(4, 7, 10, 16, 19, 23),
    fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+14:00', '-12:00', '+05:45', ''),
  )
  .map(([date, length, offset]) => {
    const iso = date.toISOString().slice(0, length);
    return length <= 10 ? iso : iso + offset;
  });

const dateLike = fc.oneof(
  fhirDate,
  fc.constantFrom('2024-02-30', '2024-13', '0000', '2024-03-31T02:30', '2024-10-27T02:30', 'T', '--'),
  fc.string(),
  anything,
);

const UCUM_CODES = ['mg', 'ug', '[iU]', 'h', 'd', 'wk', 'mo', 'a', '{tbl}', '{capsule}', 'mm[Hg]', 'Cel', '/min', '%'];

const quantity = fc.record(
  {
    value: fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom('2.50', '-0', '1e400', '.5', 'x', ''),
      fc.string(),
      anything,
    ),
    comparator: fc.oneof(fc.constantFrom('<', '<=', '>=', '>'), fc.string(), anything),
    unit: fc.oneof(fc.constantFrom('mg', '{tbl}', '[iU]', '', '{', '}{'), fc.string(), anything),
    system: fc.oneof(fc.constant(UCUM), fc.string(), anything),
    code: fc.oneof(fc.constantFrom(...UCUM_CODES), fc.string(), anything),
  },
  { requiredKeys: [] },
);

const quantityLike = fc.oneof(quantity, anything);

describe('every formatter is total', () => {
  it.each(FORMATTERS)('%s takes anything and returns clean text', (_, format) => {
    fc.assert(
      fc.property(anything, options, (value, given) => {
        expectClean(format(value as never, given as never), value, given);
      }),
    );
  });

  it.each(FORMATTERS)('%s takes anything in place of its options', (_, format) => {
    fc.assert(
      fc.property(fc.oneof(fhirDate, quantity), options, (value, given) => {
        expectClean(format(value as never, given as never), value, given);
      }),
    );
  });

  it('the helpers take anything', () => {
    fc.assert(
      fc.property(anything, anything, anything, (value, now, zone) => {
        const parsed = parsePartialDate(value as never, zone as never);
        if (parsed) expect(parsed.start.getTime()).toBeLessThan(parsed.end.getTime());
        const years = ageInYears(value as never, now as never, zone as never);
        if (years !== undefined) expect(Number.isInteger(years)).toBe(true);
        const day = calendarDay(now as never, zone as never);
        if (day) expect(Number.isInteger(day.year + day.month + day.day)).toBe(true);
        const resolved = resolveFormatOptions(value as never);
        expect(['nb', 'nn', 'en']).toContain(resolved.locale);
        expect(Number.isNaN(resolved.now.getTime())).toBe(false);
      }),
    );
  });
});

describe('dates', () => {
  it('a well-formed FHIR date is always shown, and always parsed into a range', () => {
    fc.assert(
      fc.property(fhirDate, validOptions, (value, given) => {
        expect(formatDate(value, given)).not.toBe('');
        expect(formatRelativeDay(value, given)).not.toBe('');
        const parsed = parsePartialDate(value, given.timeZone);
        expect(parsed).toBeDefined();
        expect(parsed!.start.getTime()).toBeLessThan(parsed!.end.getTime());
        expectClean(formatDate(value, given), value);
      }),
    );
  });

  it('a date without a time reads the same in every zone', () => {
    fc.assert(
      fc.property(fhirDate, validOptions, (value, given) => {
        fc.pre(value.length <= 10);
        expect(formatDate(value, given)).toBe(formatDate(value, { locale: given.locale, timeZone: 'UTC' }));
        expect(formatTime(value, given)).toBe('');
      }),
    );
  });

  it('a date without a time covers its own calendar day in the zone it is read in', () => {
    fc.assert(
      fc.property(fhirDate, zones, (value, timeZone) => {
        fc.pre(value.length === 10);
        const parsed = parsePartialDate(value, timeZone)!;
        const [year, month, day] = value.split('-').map(Number);
        expect(calendarDay(parsed.start, timeZone)).toEqual({ year, month, day });
        expect(calendarDay(new Date(parsed.end.getTime() - 1), timeZone)).toEqual({ year, month, day });
      }),
    );
  });

  it('a period with a well-formed start is never empty', () => {
    fc.assert(
      fc.property(fc.option(fhirDate), dateLike, validOptions, (start, end, given) => {
        const text = formatPeriod({ start: start ?? undefined, end } as never, given);
        expectClean(text, end);
        if (start !== null) expect(text).not.toBe('');
      }),
    );
  });

  it('an age is never empty for a birth date before now', () => {
    fc.assert(
      fc.property(fhirDate, validOptions, (birthDate, given) => {
        const born = parsePartialDate(birthDate, given.timeZone)!;
        const text = formatAge(birthDate, given);
        expectClean(text, birthDate);
        // A whole day before now on every calendar.
        if (born.end.getTime() + 86_400_000 < given.now.getTime()) {
          expect(text).toMatch(/^\d+(–\d+)? \p{L}+$/u);
          expect(ageInYears(birthDate, given.now, given.timeZone)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('numbers and quantities', () => {
  it('a finite number is shown, and reads back as the same number', () => {
    fc.assert(
      // Beyond 1e300, fifteen significant digits can round past the largest double.
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), (value) => {
        const text = formatNumber(value, { locale: 'nb' });
        const read = Number(
          text
            .replace(/[\s\u00a0\u202f]/g, '')
            .replace('\u2212', '-')
            .replace(',', '.'),
        );
        expect(Math.abs(read - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-14);
        expect(formatNumber(value, { locale: 'en' }).replace(/,/g, '')).toBe(
          text
            .replace(/[\s\u00a0\u202f]/g, '')
            .replace('\u2212', '-')
            .replace(',', '.'),
        );
      }),
    );
  });

  it('a quantity with a finite value shows that value', () => {
    fc.assert(
      fc.property(quantity, fc.double({ noNaN: true, noDefaultInfinity: true }), options, (fields, value, given) => {
        const text = formatQuantity({ ...fields, value } as Quantity, given as never);
        expectClean(text, fields, given);
        expect(text).toContain(formatNumber(value, given as never));
        expect(text).not.toMatch(/[{}]/);
      }),
    );
  });

  it('ranges and ratios of quantities are clean', () => {
    fc.assert(
      fc.property(quantityLike, quantityLike, options, (first, second, given) => {
        expectClean(formatRange({ low: first, high: second } as never, given as never), first, second, given);
        expectClean(
          formatRatio({ numerator: first, denominator: second } as never, given as never),
          first,
          second,
          given,
        );
      }),
    );
  });
});
