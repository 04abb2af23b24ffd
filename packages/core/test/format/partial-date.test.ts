import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatRelativeDay,
  formatTime,
  parsePartialDate,
  resolveFormatOptions,
} from '../../src/format/partial-date.js';

const OSLO = { timeZone: 'Europe/Oslo' } as const;

describe('formatDate', () => {
  it.each([
    ['2019', '2019', '2019', '2019'],
    ['2019-03', 'mars 2019', 'mars 2019', 'March 2019'],
    ['2024-05-07', '7. mai 2024', '7. mai 2024', '7 May 2024'],
    ['2024-05-07T15:05:00+02:00', '7. mai 2024 kl. 15:05', '7. mai 2024 kl. 15:05', '7 May 2024, 15:05'],
    ['2024-05-07T13:05:00Z', '7. mai 2024 kl. 15:05', '7. mai 2024 kl. 15:05', '7 May 2024, 15:05'],
    ['2024-05-07T13:05:42.123Z', '7. mai 2024 kl. 15:05', '7. mai 2024 kl. 15:05', '7 May 2024, 15:05'],
    // Winter time: one hour ahead of UTC.
    ['2024-01-15T08:00:00Z', '15. januar 2024 kl. 09:00', '15. januar 2024 kl. 09:00', '15 January 2024, 09:00'],
    // Late in the evening in UTC is already tomorrow in Oslo.
    ['2024-12-31T23:30:00Z', '1. januar 2025 kl. 00:30', '1. januar 2025 kl. 00:30', '1 January 2025, 00:30'],
  ])('%s', (value, nb, nn, en) => {
    expect(formatDate(value, { ...OSLO, locale: 'nb' })).toBe(nb);
    expect(formatDate(value, { ...OSLO, locale: 'nn' })).toBe(nn);
    expect(formatDate(value, { ...OSLO, locale: 'en' })).toBe(en);
  });

  it('speaks bokmål and shows Oslo time when no options are given', () => {
    expect(formatDate('2024-05-07T13:05:00Z')).toBe('7. mai 2024 kl. 15:05');
  });

  it.each([
    // Spring forward: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    ['2024-03-31T01:30:00+01:00', '31. mars 2024 kl. 01:30'],
    ['2024-03-31T00:59:00Z', '31. mars 2024 kl. 01:59'],
    ['2024-03-31T01:00:00Z', '31. mars 2024 kl. 03:00'],
    ['2024-03-31T03:30:00+02:00', '31. mars 2024 kl. 03:30'],
    // Fall back: 02:30 happens twice, first in summer time, then in winter time.
    ['2024-10-27T02:30:00+02:00', '27. oktober 2024 kl. 02:30'],
    ['2024-10-27T02:30:00+01:00', '27. oktober 2024 kl. 02:30'],
    ['2024-10-27T01:00:00Z', '27. oktober 2024 kl. 02:00'],
    ['2024-10-27T12:00:00Z', '27. oktober 2024 kl. 13:00'],
  ])('shows %s in Oslo time across the clock change', (value, expected) => {
    expect(formatDate(value, OSLO)).toBe(expected);
  });

  it('shows a time in the zone it is asked for', () => {
    const value = '2024-05-07T13:05:00Z';
    expect(formatDate(value, { locale: 'en', timeZone: 'America/New_York' })).toBe('7 May 2024, 09:05');
    expect(formatDate(value, { locale: 'en', timeZone: 'UTC' })).toBe('7 May 2024, 13:05');
    expect(formatDate(value, { locale: 'en', timeZone: 'Asia/Tokyo' })).toBe('7 May 2024, 22:05');
    expect(formatDate('2024-05-07T22:30:00Z', { timeZone: 'Asia/Tokyo' })).toBe('8. mai 2024 kl. 07:30');
  });

  describe('a date without a time keeps its day in every zone', () => {
    const zones = ['Europe/Oslo', 'UTC', 'America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Asia/Kolkata'];

    it.each(zones)('%s', (timeZone) => {
      expect(formatDate('2024-05-07', { timeZone })).toBe('7. mai 2024');
      expect(formatDate('2024-01-01', { timeZone, locale: 'en' })).toBe('1 January 2024');
      expect(formatDate('2023-12-31', { timeZone, locale: 'nn' })).toBe('31. desember 2023');
      expect(formatDate('2024-03', { timeZone })).toBe('mars 2024');
      expect(formatDate('2024', { timeZone })).toBe('2024');
      expect(formatDate('2024-03-31', { timeZone })).toBe('31. mars 2024');
      expect(formatDate('2024-10-27', { timeZone })).toBe('27. oktober 2024');
    });

    const machineZone = process.env.TZ;
    afterEach(() => {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    });

    it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('whatever the machine zone (%s)', (zone) => {
      process.env.TZ = zone;
      expect(formatDate('2024-01-01', OSLO)).toBe('1. januar 2024');
      expect(formatDate('2024-05-07', { timeZone: 'America/New_York' })).toBe('7. mai 2024');
      expect(formatDate('2024-05-07T13:05:00Z', OSLO)).toBe('7. mai 2024 kl. 15:05');
    });
  });

  it('reads a time without an offset as Oslo wall-clock time', () => {
    expect(formatDate('2024-05-07T15:05', OSLO)).toBe('7. mai 2024 kl. 15:05');
    expect(formatDate('2024-05-07T15:05:30', OSLO)).toBe('7. mai 2024 kl. 15:05');
  });

  it.each([
    undefined,
    '',
    ' ',
    'x',
    '2024-13-01',
    '2024-00',
    '2024-02-30',
    '2023-02-29',
    '0000',
    '24-05-07',
    '2024-5-7',
    '2024-05-07T',
    '2024-05-07T24:00:00Z',
    '2024-05-07T12:60:00Z',
    '2024-05-07T12:00:00+15:00',
    '2024-05-07Z',
    '07.05.2024',
    'Invalid Date',
    '<script>alert(1)</script>',
    '2024-05-07'.repeat(10),
  ])('is empty for %j', (value) => {
    expect(formatDate(value)).toBe('');
  });

  it.each([null, 20240507, new Date('2024-05-07'), ['2024'], { value: '2024' }, NaN, true])(
    'is empty for a %j cast in',
    (value) => {
      expect(formatDate(value as never)).toBe('');
    },
  );

  it('survives options it cannot use', () => {
    expect(formatDate('2024-05-07T13:05:00Z', { timeZone: 'Mars/Olympus_Mons' })).toBe('7. mai 2024 kl. 15:05');
    expect(formatDate('2024-05-07', { locale: 'sv' as never })).toBe('7. mai 2024');
    expect(formatDate('2024-05-07', null as never)).toBe('7. mai 2024');
    expect(formatDate('2024-05-07', { locale: 42, timeZone: {}, now: 'today' } as never)).toBe('7. mai 2024');
  });

  it('keeps a leap day and a leap second', () => {
    expect(formatDate('2024-02-29', { locale: 'en' })).toBe('29 February 2024');
    expect(formatDate('2016-12-31T23:59:60Z', { locale: 'en', timeZone: 'UTC' })).toBe('31 December 2016, 23:59');
  });
});

describe('formatTime', () => {
  it.each([
    ['2024-05-07T13:05:00Z', 'Europe/Oslo', '15:05'],
    ['2024-05-07T13:05:00Z', 'America/New_York', '09:05'],
    ['2024-03-31T01:30:00Z', 'Europe/Oslo', '03:30'],
    ['2024-05-07T00:00:00+02:00', 'Europe/Oslo', '00:00'],
  ])('%s in %s is %s', (value, timeZone, expected) => {
    expect(formatTime(value, { timeZone })).toBe(expected);
  });

  it.each(['2024-05-07', '2024', 'nonsense', undefined])('is empty for %j, which has no time', (value) => {
    expect(formatTime(value)).toBe('');
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2019', 'Europe/Oslo', 'year', '2018-12-31T23:00:00.000Z', '2019-12-31T23:00:00.000Z'],
    ['2019-03', 'Europe/Oslo', 'month', '2019-02-28T23:00:00.000Z', '2019-03-31T22:00:00.000Z'],
    ['2024-02', 'UTC', 'month', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2024-05-07', 'Europe/Oslo', 'day', '2024-05-06T22:00:00.000Z', '2024-05-07T22:00:00.000Z'],
    ['2024-05-07', 'America/New_York', 'day', '2024-05-07T04:00:00.000Z', '2024-05-08T04:00:00.000Z'],
    // The day the clocks go forward has 23 hours, the day they go back 25.
    ['2024-03-31', 'Europe/Oslo', 'day', '2024-03-30T23:00:00.000Z', '2024-03-31T22:00:00.000Z'],
    ['2024-10-27', 'Europe/Oslo', 'day', '2024-10-26T22:00:00.000Z', '2024-10-27T23:00:00.000Z'],
    // A time spans its last written unit: a second, a millisecond, a minute.
    ['2024-05-07T15:05:00+02:00', 'UTC', 'time', '2024-05-07T13:05:00.000Z', '2024-05-07T13:05:01.000Z'],
    ['2024-05-07T13:05:00.250Z', 'UTC', 'time', '2024-05-07T13:05:00.250Z', '2024-05-07T13:05:00.251Z'],
    ['2024-05-07T15:05+02:00', 'UTC', 'time', '2024-05-07T13:05:00.000Z', '2024-05-07T13:06:00.000Z'],
    ['2024-05-07T08:00:00-05:30', 'UTC', 'time', '2024-05-07T13:30:00.000Z', '2024-05-07T13:30:01.000Z'],
    // Without an offset: wall-clock time in the zone; the skipped hour reads as summer time, the repeated one as the first.
    ['2024-05-07T15:05:00', 'Europe/Oslo', 'time', '2024-05-07T13:05:00.000Z', '2024-05-07T13:05:01.000Z'],
    ['2024-03-31T02:30:00', 'Europe/Oslo', 'time', '2024-03-31T01:30:00.000Z', '2024-03-31T01:30:01.000Z'],
    ['2024-10-27T02:30:00', 'Europe/Oslo', 'time', '2024-10-27T00:30:00.000Z', '2024-10-27T00:30:01.000Z'],
    // Chile moves its clocks at midnight: that day starts at 01:00.
    ['2024-09-08', 'America/Santiago', 'day', '2024-09-08T04:00:00.000Z', '2024-09-09T03:00:00.000Z'],
  ])('%s in %s', (value, timeZone, precision, start, end) => {
    const parsed = parsePartialDate(value, timeZone);
    expect(parsed?.precision).toBe(precision);
    expect(parsed?.start.toISOString()).toBe(start);
    expect(parsed?.end.toISOString()).toBe(end);
  });

  it('reads a date in Oslo when no zone is given, and in Oslo instead of a zone that does not exist', () => {
    expect(parsePartialDate('2024-05-07')?.start.toISOString()).toBe('2024-05-06T22:00:00.000Z');
    expect(parsePartialDate('2024-05-07', 'Nowhere/Atall')?.start.toISOString()).toBe('2024-05-06T22:00:00.000Z');
  });

  it('keeps years below 100 as written', () => {
    expect(parsePartialDate('0099-12-31', 'UTC')?.start.getUTCFullYear()).toBe(99);
  });

  it.each([undefined, '', '2024-02-30', '2024-05-07T25:00:00Z', 'tomorrow', '2024-05-07T12:00:00+14:30'])(
    'is undefined for %j',
    (value) => {
      expect(parsePartialDate(value)).toBeUndefined();
    },
  );
});

describe('formatRelativeDay', () => {
  // 10:00 in Oslo on Tuesday 7 May 2024.
  const now = new Date('2024-05-07T08:00:00Z');

  it.each([
    ['2024-05-07', 'i dag', 'i dag', 'today'],
    ['2024-05-06', 'i går', 'i går', 'yesterday'],
    ['2024-05-08', 'i morgen', 'i morgon', 'tomorrow'],
    ['2024-05-07T13:05:00Z', 'i dag kl. 15:05', 'i dag kl. 15:05', 'today, 15:05'],
    ['2024-05-06T21:59:00Z', 'i går kl. 23:59', 'i går kl. 23:59', 'yesterday, 23:59'],
    // Just after midnight in Oslo, still the day before in UTC.
    ['2024-05-07T22:30:00Z', 'i morgen kl. 00:30', 'i morgon kl. 00:30', 'tomorrow, 00:30'],
    ['2024-05-05', '5. mai 2024', '5. mai 2024', '5 May 2024'],
    ['2024-05-09', '9. mai 2024', '9. mai 2024', '9 May 2024'],
    ['2023-05-07', '7. mai 2023', '7. mai 2023', '7 May 2023'],
    // A month or a year is never "today".
    ['2024-05', 'mai 2024', 'mai 2024', 'May 2024'],
    ['2024', '2024', '2024', '2024'],
    ['not a date', '', '', ''],
  ])('%s', (value, nb, nn, en) => {
    expect(formatRelativeDay(value, { now, locale: 'nb' })).toBe(nb);
    expect(formatRelativeDay(value, { now, locale: 'nn' })).toBe(nn);
    expect(formatRelativeDay(value, { now, locale: 'en' })).toBe(en);
  });

  it('counts days on the calendar of the time zone', () => {
    // 00:30 on 8 May in Oslo, still 7 May in UTC and New York.
    const late = new Date('2024-05-07T22:30:00Z');
    expect(formatRelativeDay('2024-05-07', { now: late })).toBe('i går');
    expect(formatRelativeDay('2024-05-07', { now: late, timeZone: 'UTC' })).toBe('i dag');
    expect(formatRelativeDay('2024-05-08', { now: late, timeZone: 'America/New_York' })).toBe('i morgen');
  });

  it('counts across a month, a year and a clock change', () => {
    expect(formatRelativeDay('2024-12-31', { now: new Date('2025-01-01T12:00:00Z'), locale: 'en' })).toBe('yesterday');
    expect(formatRelativeDay('2024-03-01', { now: new Date('2024-02-29T12:00:00Z'), locale: 'en' })).toBe('tomorrow');
    expect(formatRelativeDay('2024-03-30', { now: new Date('2024-03-31T21:30:00Z'), locale: 'en' })).toBe('yesterday');
    // 23:30 on 27 October in Oslo, at the end of a 25-hour day.
    expect(formatRelativeDay('2024-10-26', { now: new Date('2024-10-27T22:30:00Z'), locale: 'en' })).toBe('yesterday');
  });
});

describe('resolveFormatOptions', () => {
  it('fills in bokmål, Oslo and the clock', () => {
    const before = Date.now();
    const resolved = resolveFormatOptions();
    expect(resolved.locale).toBe('nb');
    expect(resolved.timeZone).toBe('Europe/Oslo');
    expect(resolved.now.getTime()).toBeGreaterThanOrEqual(before);
    expect(resolved.now.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('keeps what it can use and replaces what it cannot', () => {
    const now = new Date('2024-05-07T08:00:00Z');
    expect(resolveFormatOptions({ locale: 'nn', timeZone: 'UTC', now })).toEqual({
      locale: 'nn',
      timeZone: 'UTC',
      now,
    });
    const broken = resolveFormatOptions({ locale: 'xx', timeZone: 'Not/AZone', now: new Date(NaN) } as never);
    expect(broken.locale).toBe('nb');
    expect(broken.timeZone).toBe('Europe/Oslo');
    expect(Number.isNaN(broken.now.getTime())).toBe(false);
  });
});
