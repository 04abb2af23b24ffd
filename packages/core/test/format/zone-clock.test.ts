import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  daysBetween,
  instantOfWallClock,
  isoDay,
  resolveTimeZone,
  wallClock,
} from '../../src/format/zone-clock.js';

describe('calendarDay and daysBetween', () => {
  it('give the day an instant falls on in a zone', () => {
    const instant = new Date('2024-05-07T22:30:00Z');
    expect(calendarDay(instant)).toEqual({ year: 2024, month: 5, day: 8 });
    expect(calendarDay(instant, 'America/New_York')).toEqual({ year: 2024, month: 5, day: 7 });
    expect(calendarDay(new Date(NaN))).toBeUndefined();
  });

  it('count whole days across months, years and leap days', () => {
    expect(daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(daysBetween({ year: 2023, month: 12, day: 31 }, { year: 2023, month: 1, day: 1 })).toBe(-364);
    expect(daysBetween({ year: 2024, month: 3, day: 30 }, { year: 2024, month: 4, day: 1 })).toBe(2);
  });
});

describe('resolveTimeZone', () => {
  it('keeps a zone the runtime knows and falls back to Europe/Oslo for anything else', () => {
    expect(resolveTimeZone('America/New_York')).toBe('America/New_York');
    expect(resolveTimeZone('UTC')).toBe('UTC');
    for (const bad of [undefined, '', 'Mars/Olympus_Mons', 42, {}]) expect(resolveTimeZone(bad)).toBe('Europe/Oslo');
  });
});

describe('wallClock and instantOfWallClock', () => {
  it('read the wall clock in a zone, weekday from Monday', () => {
    // Tuesday 7 May 2024, 22:30 UTC is Wednesday 00:30 in Oslo (summer time, +2).
    expect(wallClock(new Date('2024-05-07T22:30:00Z'))).toEqual({
      year: 2024,
      month: 5,
      day: 8,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 2,
    });
    expect(wallClock(Date.parse('2024-05-07T22:30:00Z'), 'UTC')).toMatchObject({ day: 7, hour: 22, weekday: 1 });
    expect(wallClock(Date.parse('2024-01-15T12:00:00Z'), 'Not/AZone')).toMatchObject({ hour: 13 });
  });

  it('turn a wall-clock time back into its instant, across the changes of the clocks', () => {
    expect(instantOfWallClock(2024, 5, 8, 0, 30)).toBe(Date.parse('2024-05-07T22:30:00Z'));
    expect(instantOfWallClock(2024, 1, 15, 13, 0)).toBe(Date.parse('2024-01-15T12:00:00Z'));
    // 31 March 2024: 02:30 does not exist in Oslo; it is read as 03:30 summer time.
    expect(instantOfWallClock(2024, 3, 31, 2, 30)).toBe(Date.parse('2024-03-31T01:30:00Z'));
    // 27 October 2024: 02:30 happens twice; the first one.
    expect(instantOfWallClock(2024, 10, 27, 2, 30)).toBe(Date.parse('2024-10-27T00:30:00Z'));
    // Days overflow into the next month, as a tick that steps a week does.
    expect(instantOfWallClock(2024, 1, 32, 0, 0, 'UTC')).toBe(Date.parse('2024-02-01T00:00:00Z'));
  });
});

describe('isoDay', () => {
  it('names the calendar day in the zone as a FHIR date', () => {
    expect(isoDay(new Date('2024-05-07T22:30:00Z'))).toBe('2024-05-08');
    expect(isoDay(new Date('2024-05-07T22:30:00Z'), 'America/New_York')).toBe('2024-05-07');
    expect(isoDay(Date.parse('0099-06-01T12:00:00Z'), 'UTC')).toBe('0099-06-01');
  });
});
