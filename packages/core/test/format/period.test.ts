import type { Period } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/format/period.js';

const OSLO = { timeZone: 'Europe/Oslo' } as const;

describe('formatPeriod', () => {
  it.each<[string, Period, string, string, string]>([
    [
      'two days',
      { start: '2024-05-07', end: '2024-05-09' },
      '7. mai 2024 – 9. mai 2024',
      '7. mai 2024 – 9. mai 2024',
      '7 May 2024 – 9 May 2024',
    ],
    ['an open end', { start: '2024-05-07' }, 'fra 7. mai 2024', 'frå 7. mai 2024', 'from 7 May 2024'],
    ['an open start', { end: '2024-05-09' }, 'til 9. mai 2024', 'til 9. mai 2024', 'until 9 May 2024'],
    [
      'an ongoing stay with a time',
      { start: '2024-05-07T08:15:00+02:00' },
      'fra 7. mai 2024 kl. 08:15',
      'frå 7. mai 2024 kl. 08:15',
      'from 7 May 2024, 08:15',
    ],
    [
      'two times on one day',
      { start: '2024-05-07T10:00:00+02:00', end: '2024-05-07T11:30:00+02:00' },
      '7. mai 2024 kl. 10:00–11:30',
      '7. mai 2024 kl. 10:00–11:30',
      '7 May 2024, 10:00–11:30',
    ],
    [
      'two times on two days',
      { start: '2024-05-07T22:00:00+02:00', end: '2024-05-08T06:30:00+02:00' },
      '7. mai 2024 kl. 22:00 – 8. mai 2024 kl. 06:30',
      '7. mai 2024 kl. 22:00 – 8. mai 2024 kl. 06:30',
      '7 May 2024, 22:00 – 8 May 2024, 06:30',
    ],
    [
      'each end at its own precision',
      { start: '2019-03', end: '2020' },
      'mars 2019 – 2020',
      'mars 2019 – 2020',
      'March 2019 – 2020',
    ],
    [
      'a time and a date',
      { start: '2024-05-07T10:00:00+02:00', end: '2024-05-09' },
      '7. mai 2024 kl. 10:00 – 9. mai 2024',
      '7. mai 2024 kl. 10:00 – 9. mai 2024',
      '7 May 2024, 10:00 – 9 May 2024',
    ],
    ['one day', { start: '2024-05-07', end: '2024-05-07' }, '7. mai 2024', '7. mai 2024', '7 May 2024'],
    [
      'an end that is not a date',
      { start: '2024-05-07', end: 'soon' },
      'fra 7. mai 2024',
      'frå 7. mai 2024',
      'from 7 May 2024',
    ],
    ['no dates', { start: 'x', end: '' }, '', '', ''],
    ['nothing', {}, '', '', ''],
  ])('%s', (_, period, nb, nn, en) => {
    expect(formatPeriod(period, { ...OSLO, locale: 'nb' })).toBe(nb);
    expect(formatPeriod(period, { ...OSLO, locale: 'nn' })).toBe(nn);
    expect(formatPeriod(period, { ...OSLO, locale: 'en' })).toBe(en);
  });

  it('decides "one day" on the calendar of the time zone', () => {
    const period = { start: '2024-05-07T22:30:00Z', end: '2024-05-07T23:30:00Z' };
    expect(formatPeriod(period)).toBe('8. mai 2024 kl. 00:30–01:30');
    expect(formatPeriod(period, { timeZone: 'UTC' })).toBe('7. mai 2024 kl. 22:30–23:30');
    const acrossMidnightInOslo = { start: '2024-05-07T21:30:00Z', end: '2024-05-07T22:30:00Z' };
    expect(formatPeriod(acrossMidnightInOslo)).toBe('7. mai 2024 kl. 23:30 – 8. mai 2024 kl. 00:30');
  });

  it('shows the nights the clocks change in Oslo time', () => {
    const spring = { start: '2024-03-31T01:30:00+01:00', end: '2024-03-31T03:30:00+02:00' };
    expect(formatPeriod(spring, OSLO)).toBe('31. mars 2024 kl. 01:30–03:30');
    const autumn = { start: '2024-10-26T22:00:00Z', end: '2024-10-27T06:00:00Z' };
    expect(formatPeriod(autumn, { ...OSLO, locale: 'en' })).toBe('27 October 2024, 00:00–07:00');
  });

  it('never shifts the dates of a period without times', () => {
    const period = { start: '2024-01-01', end: '2024-12-31' };
    for (const timeZone of ['Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(formatPeriod(period, { timeZone })).toBe('1. januar 2024 – 31. desember 2024');
    }
  });

  it.each([undefined, null, '2024-05-07', 42, [], [{ start: '2024-05-07' }], { start: 20240507, end: ['2024'] }])(
    'is empty for %j cast in',
    (value) => {
      expect(formatPeriod(value as never)).toBe('');
    },
  );
});
