// Node has full ICU, so nynorsk is there and is the truth here: nn formatted from bokmål's data (as in
// a browser without nynorsk, e.g. Debian's Chromium) must read exactly as Node's own nn-NO.
import { describe, expect, it } from 'vitest';
import {
  collator,
  dateTimeFormat,
  displayNames,
  hasNynorsk,
  numberFormat,
  pluralRules,
} from '../src/i18n/intl-format.js';

const WITHOUT_NYNORSK = false;

// 12 January 2026 is a Monday; 15:05 in Oslo.
const WEEK = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2026, 0, 12 + day, 14, 5)));
const OSLO = { timeZone: 'Europe/Oslo' } as const;

const texts = (format: { format(date: Date): string }, dates: readonly Date[] = WEEK): string[] =>
  dates.map((date) => format.format(date));

describe('dateTimeFormat for nynorsk without nynorsk data', () => {
  it('writes nynorsk weekdays, long, in a date and alone', () => {
    expect(texts(dateTimeFormat('nn', { weekday: 'long', ...OSLO }, WITHOUT_NYNORSK))).toEqual([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'søndag',
    ]);
    expect(texts(dateTimeFormat('nn', { weekday: 'short', day: 'numeric', month: 'short', ...OSLO }, false))).toEqual([
      'må. 12. jan.',
      'ty. 13. jan.',
      'on. 14. jan.',
      'to. 15. jan.',
      'fr. 16. jan.',
      'la. 17. jan.',
      'sø. 18. jan.',
    ]);
    expect(texts(dateTimeFormat('nn', { weekday: 'short', ...OSLO }, false))).toEqual([
      'mån',
      'tys',
      'ons',
      'tor',
      'fre',
      'lau',
      'søn',
    ]);
    expect(dateTimeFormat('nn', { dateStyle: 'full', ...OSLO }, false).format(WEEK[3])).toBe('torsdag 15. januar 2026');
  });

  const SAME_AS_NODE: Intl.DateTimeFormatOptions[] = [
    // What Samspill formats: dates at their precision, times, the timeline's headings and axis.
    { year: 'numeric' },
    { year: 'numeric', month: 'long' },
    { year: 'numeric', month: 'long', day: 'numeric' },
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    { weekday: 'long' },
    { month: 'short', year: 'numeric' },
    { day: 'numeric', month: 'short' },
    // And the rest of what a date can say.
    { weekday: 'short' },
    { weekday: 'narrow' },
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
    { weekday: 'narrow', day: 'numeric' },
    { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: 'numeric' },
    { dateStyle: 'full' },
    { dateStyle: 'full', timeStyle: 'full' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { timeStyle: 'long' },
    { hour: 'numeric', hour12: true },
    { hour: 'numeric', minute: 'numeric', hour12: true },
    { dayPeriod: 'long' },
    { dayPeriod: 'short' },
    { month: 'long' },
    { era: 'long', year: 'numeric' },
    { timeZoneName: 'long', hour: 'numeric' },
  ];
  // Every day of a week in winter and summer time, at every hour.
  const DATES = [0, 6].flatMap((month) =>
    Array.from({ length: 7 * 24 }, (_, hour) => new Date(Date.UTC(2026, month, 5, hour, 5))),
  );

  it.each(SAME_AS_NODE.map((options) => [JSON.stringify(options), options] as const))(
    '%s reads as Node’s nn-NO',
    (_, options) => {
      const fallback = dateTimeFormat('nn', { ...options, ...OSLO }, WITHOUT_NYNORSK);
      const nynorsk = new Intl.DateTimeFormat('nn-NO', { ...options, ...OSLO });
      expect(texts(fallback, DATES)).toEqual(texts(nynorsk, DATES));
      expect(fallback.formatToParts(DATES[40])).toEqual(nynorsk.formatToParts(DATES[40]));
    },
  );

  it('formats ranges with nynorsk words', () => {
    const options = { weekday: 'long', day: 'numeric', month: 'long', ...OSLO } as const;
    const [monday, wednesday] = [WEEK[0], WEEK[2]] as [Date, Date];
    expect(dateTimeFormat('nn', options, false).formatRange(monday, wednesday)).toBe(
      new Intl.DateTimeFormat('nn-NO', options).formatRange(monday, wednesday),
    );
    expect(dateTimeFormat('nn', options, false).formatRange(monday, wednesday)).toContain('måndag');
  });

  it('is built once per locale and options', () => {
    const options = { weekday: 'long', ...OSLO } as const;
    expect(dateTimeFormat('nn', options, false)).toBe(dateTimeFormat('nn', { ...options }, false));
    expect(dateTimeFormat('nn', options, false)).not.toBe(dateTimeFormat('nn', options, true));
    expect(dateTimeFormat('nn', options, true)).toBeInstanceOf(Intl.DateTimeFormat);
  });

  it('leaves bokmål and English as they are', () => {
    for (const [locale, tag] of [
      ['nb', 'nb-NO'],
      ['en', 'en-GB'],
    ] as const) {
      const options = { dateStyle: 'full', timeStyle: 'short', ...OSLO } as const;
      expect(texts(dateTimeFormat(locale, options, false))).toEqual(texts(new Intl.DateTimeFormat(tag, options)));
    }
    expect(dateTimeFormat('nb', { weekday: 'long' }, false).format(WEEK[0])).toBe('mandag');
  });
});

describe('numbers, collation, plurals and names for nynorsk without nynorsk data', () => {
  it('groups and separates numbers the Norwegian way', () => {
    expect(numberFormat('nn', {}, WITHOUT_NYNORSK).format(1234.5)).toBe('1\u00a0234,5');
    expect(numberFormat('nn', {}, WITHOUT_NYNORSK).format(-1234.5)).toBe(
      new Intl.NumberFormat('nn-NO').format(-1234.5),
    );
    expect(numberFormat('nn', {}, WITHOUT_NYNORSK).resolvedOptions().locale).toMatch(/^nb\b/);
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5');
  });

  it('sorts æ, ø and å after z and counts one and more', () => {
    const names = ['åre', 'zeta', 'ærlig', 'øst', 'alfa'];
    expect(names.sort(collator('nn', {}, WITHOUT_NYNORSK).compare)).toEqual(['alfa', 'zeta', 'ærlig', 'øst', 'åre']);
    expect([0, 1, 2].map((count) => pluralRules('nn', {}, WITHOUT_NYNORSK).select(count))).toEqual([
      'other',
      'one',
      'other',
    ]);
  });

  it('names regions with bokmål’s names', () => {
    expect(displayNames('nn', { type: 'region' }, WITHOUT_NYNORSK).of('SE')).toBe('Sverige');
  });
});

describe('hasNynorsk', () => {
  it('asks a service once', () => {
    let asked = 0;
    const service = {
      supportedLocalesOf: (): string[] => {
        asked += 1;
        return [];
      },
    };
    expect([hasNynorsk(service), hasNynorsk(service)]).toEqual([false, false]);
    expect(asked).toBe(1);
    expect(hasNynorsk(Intl.DateTimeFormat)).toBe(true);
  });
});
