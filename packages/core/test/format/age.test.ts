import { describe, expect, it } from 'vitest';
import { ageInYears, formatAge } from '../../src/format/age.js';

// 10:00 in Oslo on 7 May 2024.
const now = new Date('2024-05-07T08:00:00Z');

describe('formatAge', () => {
  it.each([
    ['1982-03-04', '42 år', '42 år', '42 years'],
    ['1982-05-07', '42 år', '42 år', '42 years'],
    // The birthday is tomorrow: not yet 42.
    ['1982-05-08', '41 år', '41 år', '41 years'],
    ['2022-05-07', '2 år', '2 år', '2 years'],
    ['2022-05-08', '23 måneder', '23 månader', '23 months'],
    ['2022-11-06', '18 måneder', '18 månader', '18 months'],
    ['2023-05-07', '12 måneder', '12 månader', '12 months'],
    ['2024-04-07', '1 måned', '1 månad', '1 month'],
    ['2024-04-08', '29 dager', '29 dagar', '29 days'],
    ['2024-04-25', '12 dager', '12 dagar', '12 days'],
    ['2024-05-06', '1 dag', '1 dag', '1 day'],
    ['2024-05-07', '0 dager', '0 dagar', '0 days'],
    ['1924-05-07', '100 år', '100 år', '100 years'],
    // A birth time counts by its day in Oslo: 23:30 UTC on 6 May is 7 May in Oslo.
    ['2024-05-06T23:30:00Z', '0 dager', '0 dagar', '0 days'],
    // Partial birth dates give the ages they allow.
    ['1980', '43–44 år', '43–44 år', '43–44 years'],
    ['1980-03', '44 år', '44 år', '44 years'],
    ['2024-04', '0–1 måneder', '0–1 månader', '0–1 months'],
  ])('born %s', (birthDate, nb, nn, en) => {
    expect(formatAge(birthDate, { now, locale: 'nb' })).toBe(nb);
    expect(formatAge(birthDate, { now, locale: 'nn' })).toBe(nn);
    expect(formatAge(birthDate, { now, locale: 'en' })).toBe(en);
  });

  it.each([
    // A birthday missing from the month falls on its last day.
    ['2020-02-29', '2023-02-28T12:00:00Z', '3 years'],
    ['2020-02-29', '2023-02-27T12:00:00Z', '2 years'],
    ['2024-01-31', '2024-02-29T12:00:00Z', '1 month'],
    ['2024-01-31', '2024-02-28T12:00:00Z', '28 days'],
    ['2023-12-31', '2024-01-31T12:00:00Z', '1 month'],
    // The day is Oslo's: 23:30 UTC on 6 May is already the birthday.
    ['1982-05-07', '2024-05-06T22:30:00Z', '42 years'],
    ['1982-05-07', '2024-05-06T21:30:00Z', '41 years'],
  ])('born %s, on %s, is %s', (birthDate, on, expected) => {
    expect(formatAge(birthDate, { now: new Date(on), locale: 'en' })).toBe(expected);
  });

  it('counts the day in the time zone it is given', () => {
    const lateEvening = new Date('2024-05-07T02:00:00Z');
    expect(formatAge('1982-05-07', { now: lateEvening, timeZone: 'America/New_York', locale: 'en' })).toBe('41 years');
    expect(formatAge('1982-05-07', { now: lateEvening, timeZone: 'Europe/Oslo', locale: 'en' })).toBe('42 years');
  });

  it.each([undefined, '', 'x', '2024-05-08', '2025', '2024-02-30', '1982/05/07'])('is empty for %j', (birthDate) => {
    expect(formatAge(birthDate, { now })).toBe('');
  });

  it.each([null, 1982, ['1982-05-07'], { birthDate: '1982-05-07' }, new Date('1982-05-07')])(
    'is empty for %j cast in',
    (birthDate) => {
      expect(formatAge(birthDate as never, { now })).toBe('');
    },
  );

  it('uses the clock when `now` is missing or unusable', () => {
    expect(formatAge('1900-01-01')).toMatch(/^1\d\d år$/);
    expect(formatAge('1900-01-01', { now: new Date(NaN) })).toMatch(/^1\d\d år$/);
    expect(formatAge('1900-01-01', { now: 'yesterday' as never })).toMatch(/^1\d\d år$/);
  });
});

describe('ageInYears', () => {
  it.each([
    ['1982-05-07', 42],
    ['1982-05-08', 41],
    ['2024-05-07', 0],
    ['2022-11-06', 1],
    // Only the years a partial date is certain of.
    ['1980', 43],
    ['2024', 0],
    ['1982-05-07T12:00:00+02:00', 42],
  ])('%s → %d', (birthDate, years) => {
    expect(ageInYears(birthDate, now)).toBe(years);
  });

  it('counts the day in the time zone it is given', () => {
    const lateEvening = new Date('2024-05-07T02:00:00Z');
    expect(ageInYears('1982-05-07', lateEvening, 'America/New_York')).toBe(41);
    expect(ageInYears('1982-05-07', lateEvening)).toBe(42);
  });

  it.each([undefined, '', '2024-05-08', 'nonsense', null, 1982])('is undefined for %j', (birthDate) => {
    expect(ageInYears(birthDate as never, now)).toBeUndefined();
  });
});
