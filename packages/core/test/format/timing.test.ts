import type { Timing } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatTiming } from '../../src/format/timing.js';

const UCUM = 'http://unitsofmeasure.org';
const GTS = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation';

/** Intl's no-break and narrow no-break spaces, written plainly so expectations stay readable. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function expectTiming(timing: Timing, nb: string, nn: string, en: string): void {
  expect(plain(formatTiming(timing, { locale: 'nb', timeZone: 'Europe/Oslo' }))).toBe(nb);
  expect(plain(formatTiming(timing, { locale: 'nn', timeZone: 'Europe/Oslo' }))).toBe(nn);
  expect(plain(formatTiming(timing, { locale: 'en', timeZone: 'Europe/Oslo' }))).toBe(en);
}

describe('formatTiming: how often', () => {
  it.each<[string, Timing, string, string, string]>([
    [
      'once daily',
      { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
      '1 gang daglig',
      '1 gong dagleg',
      'once daily',
    ],
    [
      'twice daily',
      { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
      '2 ganger daglig',
      '2 gongar dagleg',
      'twice daily',
    ],
    [
      '3 times daily',
      { repeat: { frequency: 3, period: 1, periodUnit: 'd' } },
      '3 ganger daglig',
      '3 gongar dagleg',
      '3 times daily',
    ],
    [
      'every 8 hours',
      { repeat: { frequency: 1, period: 8, periodUnit: 'h' } },
      'hver 8. time',
      'kvar 8. time',
      'every 8 hours',
    ],
    [
      'every other day',
      { repeat: { frequency: 1, period: 2, periodUnit: 'd' } },
      'hver 2. dag',
      'kvar 2. dag',
      'every 2 days',
    ],
    [
      '3 times a week',
      { repeat: { frequency: 3, period: 1, periodUnit: 'wk' } },
      '3 ganger i uken',
      '3 gongar i veka',
      '3 times a week',
    ],
    [
      'once a month',
      { repeat: { period: 1, periodUnit: 'mo' } },
      '1 gang i måneden',
      '1 gong i månaden',
      'once a month',
    ],
    [
      'a frequency range',
      { repeat: { frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'd' } },
      '1–2 ganger daglig',
      '1–2 gongar dagleg',
      '1–2 times daily',
    ],
    [
      'a period range (medrx0301: every 4–6 hours)',
      { repeat: { frequency: 1, period: 4, periodMax: 6, periodUnit: 'h' } },
      'hver 4.–6. time',
      'kvar 4.–6. time',
      'every 4–6 hours',
    ],
    [
      'several times in a longer period (meddisp008)',
      { repeat: { frequency: 2, period: 21, periodUnit: 'd' } },
      '2 ganger hver 21. dag',
      '2 gongar kvar 21. dag',
      'twice every 21 days',
    ],
    [
      'a neuter unit',
      { repeat: { frequency: 1, period: 15, periodUnit: 'min' } },
      'hvert 15. minutt',
      'kvart 15. minutt',
      'every 15 minutes',
    ],
    [
      'every other year',
      { repeat: { frequency: 1, period: 2, periodUnit: 'a' } },
      'hvert 2. år',
      'kvart 2. år',
      'every 2 years',
    ],
    [
      'a period that is not a whole number',
      { repeat: { frequency: 1, period: 1.5, periodUnit: 'd' } },
      '1 gang per 1,5 dager',
      '1 gong per 1,5 dagar',
      'once every 1.5 days',
    ],
    ['a frequency without a period', { repeat: { frequency: 2 } }, '2 ganger', '2 gongar', 'twice'],
    [
      'a frequency sent as a string',
      { repeat: { frequency: '2', period: 1, periodUnit: 'd' } as never },
      '2 ganger daglig',
      '2 gongar dagleg',
      'twice daily',
    ],
  ])('%s', (_, timing, nb, nn, en) => {
    expectTiming(timing, nb, nn, en);
  });
});

describe('formatTiming: code', () => {
  it.each<[string, Timing, string, string, string]>([
    ['BID', { code: { coding: [{ system: GTS, code: 'BID' }] } }, '2 ganger daglig', '2 gongar dagleg', 'twice daily'],
    [
      'TID',
      { code: { coding: [{ system: GTS, code: 'TID' }] } },
      '3 ganger daglig',
      '3 gongar dagleg',
      '3 times daily',
    ],
    [
      'QID',
      { code: { coding: [{ system: GTS, code: 'QID' }] } },
      '4 ganger daglig',
      '4 gongar dagleg',
      '4 times daily',
    ],
    [
      'QD, as medrx0311 has it',
      { code: { coding: [{ system: GTS, code: 'QD', display: 'QD' }] } },
      '1 gang daglig',
      '1 gong dagleg',
      'once daily',
    ],
    ['Q8H', { code: { coding: [{ code: 'Q8H' }] } }, 'hver 8. time', 'kvar 8. time', 'every 8 hours'],
    [
      'BED',
      { code: { coding: [{ system: 'http://hl7.org/fhir/timing-abbreviation', code: 'BED' }] } },
      'ved sengetid',
      'ved sengetid',
      'at bedtime',
    ],
    [
      'a Norwegian code, shown as its display (LMDI Rekvirering-MedDiagnoseICD10)',
      { code: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7478', code: '5685', display: '1 inntil x1' }] } },
      '1 inntil x1',
      '1 inntil x1',
      '1 inntil x1',
    ],
    [
      'a code beside a repeat that says how often: the repeat wins',
      { code: { coding: [{ system: GTS, code: 'TID' }] }, repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
      '2 ganger daglig',
      '2 gongar dagleg',
      'twice daily',
    ],
    [
      'a code with bounds from the repeat',
      {
        code: { coding: [{ system: GTS, code: 'BID' }] },
        repeat: { boundsDuration: { value: 5, system: UCUM, code: 'd' } },
      },
      '2 ganger daglig i 5 dager',
      '2 gongar dagleg i 5 dagar',
      'twice daily for 5 days',
    ],
  ])('%s', (_, timing, nb, nn, en) => {
    expectTiming(timing, nb, nn, en);
  });
});

describe('formatTiming: when, days and times', () => {
  it.each<[string, Timing, string, string, string]>([
    [
      'morning and evening',
      { repeat: { when: ['MORN', 'EVE'] } },
      'om morgenen og om kvelden',
      'om morgonen og om kvelden',
      'in the morning and in the evening',
    ],
    [
      'at bedtime',
      { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] } },
      '1 gang daglig ved sengetid',
      '1 gong dagleg ved sengetid',
      'once daily at bedtime',
    ],
    ['before meals', { repeat: { when: ['AC'] } }, 'før måltid', 'før måltid', 'before meals'],
    ['with meals', { repeat: { when: ['C'] } }, 'til måltid', 'til måltid', 'with meals'],
    [
      'before breakfast with an offset (medrx0321)',
      { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['ACM'], offset: 10 } },
      '1 gang daglig 10 minutter før frokost',
      '1 gong dagleg 10 minutt før frukost',
      'once daily 10 minutes before breakfast',
    ],
    [
      'an offset in whole hours',
      { repeat: { when: ['PC'], offset: 60 } },
      '1 time etter måltid',
      '1 time etter måltid',
      '1 hour after meals',
    ],
    [
      'an offset from a part of the day',
      { repeat: { when: ['MORN'], offset: 90 } },
      'om morgenen (+90 minutter)',
      'om morgonen (+90 minutt)',
      'in the morning (+90 minutes)',
    ],
    [
      'several events, one code unknown and one twice',
      { repeat: { when: ['ACD', 'bogus', 'NIGHT', 'ACD'] } as never },
      'før lunsj og om natten',
      'før lunsj og om natta',
      'before lunch and at night',
    ],
    [
      'days of the week, in week order (medrx0334 has Monday)',
      { repeat: { frequency: 1, period: 1, periodUnit: 'd', dayOfWeek: ['fri', 'mon', 'wed'] } },
      '1 gang daglig hver mandag, onsdag og fredag',
      '1 gong dagleg kvar måndag, onsdag og fredag',
      'once daily every Monday, Wednesday and Friday',
    ],
    [
      'times of day, sorted',
      { repeat: { timeOfDay: ['20:00:00', '08:00:00'] } },
      'kl. 08:00 og 20:00',
      'kl. 08:00 og 20:00',
      'at 08:00 and 20:00',
    ],
    [
      'a time of day with seconds, and a bad one',
      { repeat: { timeOfDay: ['09:00:30', '25:00'] } },
      'kl. 09:00:30',
      'kl. 09:00:30',
      'at 09:00:30',
    ],
    [
      'events, in the time zone asked for',
      { event: ['2024-05-07T08:00:00+02:00', '2024-05-08T08:00:00+02:00'] },
      '7. mai 2024 kl. 08:00 og 8. mai 2024 kl. 08:00',
      '7. mai 2024 kl. 08:00 og 8. mai 2024 kl. 08:00',
      '7 May 2024, 08:00 and 8 May 2024, 08:00',
    ],
  ])('%s', (_, timing, nb, nn, en) => {
    expectTiming(timing, nb, nn, en);
  });
});

describe('formatTiming: duration, count and bounds', () => {
  it.each<[string, Timing, string, string, string]>([
    [
      'a duration',
      { repeat: { duration: 10, durationUnit: 'min' } },
      'over 10 minutter',
      'over 10 minutt',
      'over 10 minutes',
    ],
    [
      'a duration range',
      { repeat: { duration: 30, durationMax: 60, durationUnit: 'min' } },
      'over 30–60 minutter',
      'over 30–60 minutt',
      'over 30–60 minutes',
    ],
    [
      'a count',
      { repeat: { frequency: 1, period: 1, periodUnit: 'd', count: 3 } },
      '1 gang daglig, 3 ganger totalt',
      '1 gong dagleg, 3 gongar totalt',
      'once daily, 3 times in total',
    ],
    ['a single dose (medrx0332)', { repeat: { count: 1 } }, 'kun 1 gang', 'berre 1 gong', 'once only'],
    [
      'a count range',
      { repeat: { count: 3, countMax: 5 } },
      '3–5 ganger totalt',
      '3–5 gongar totalt',
      '3–5 times in total',
    ],
    [
      'boundsDuration',
      {
        repeat: {
          frequency: 2,
          period: 1,
          periodUnit: 'd',
          boundsDuration: { value: 7, unit: 'days', system: UCUM, code: 'd' },
        },
      },
      '2 ganger daglig i 7 dager',
      '2 gongar dagleg i 7 dagar',
      'twice daily for 7 days',
    ],
    [
      'boundsDuration of one week',
      { repeat: { boundsDuration: { value: 1, system: UCUM, code: 'wk' } } },
      'i 1 uke',
      'i 1 veke',
      'for 1 week',
    ],
    [
      'boundsRange',
      {
        repeat: {
          frequency: 2,
          period: 1,
          periodUnit: 'd',
          boundsRange: { low: { value: 5, system: UCUM, code: 'd' }, high: { value: 7, system: UCUM, code: 'd' } },
        },
      },
      '2 ganger daglig i 5–7 dager',
      '2 gongar dagleg i 5–7 dagar',
      'twice daily for 5–7 days',
    ],
    [
      'boundsPeriod (medrx0303)',
      {
        repeat: { boundsPeriod: { start: '2015-01-16', end: '2015-01-20' }, frequency: 1, period: 1, periodUnit: 'd' },
      },
      '1 gang daglig fra 16. januar 2015 til 20. januar 2015',
      '1 gong dagleg frå 16. januar 2015 til 20. januar 2015',
      'once daily from 16 January 2015 to 20 January 2015',
    ],
    [
      'an open boundsPeriod',
      { repeat: { boundsPeriod: { start: '2024-05-07' } } },
      'fra 7. mai 2024',
      'frå 7. mai 2024',
      'from 7 May 2024',
    ],
    [
      'every 3 weeks, 16 times (medrx0316)',
      { repeat: { count: 16, frequency: 1, period: 3, periodUnit: 'wk' } },
      'hver 3. uke, 16 ganger totalt',
      'kvar 3. veke, 16 gongar totalt',
      'every 3 weeks, 16 times in total',
    ],
  ])('%s', (_, timing, nb, nn, en) => {
    expectTiming(timing, nb, nn, en);
  });
});

describe('formatTiming: nothing usable', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['an empty Timing', {}],
    ['a string', 'BID'],
    ['an array', [{ repeat: { frequency: 2, period: 1, periodUnit: 'd' } }]],
    ['a period with no unit', { repeat: { period: 8 } }],
    ['an unknown unit and no frequency', { repeat: { period: 1, periodUnit: 'fortnight' } }],
    ['zero and negative numbers', { repeat: { frequency: 0, count: -1, duration: 0, durationUnit: 'min' } }],
    ['a bad boundsPeriod', { repeat: { boundsPeriod: { start: 'soon' } } }],
  ])('%s is empty', (_, timing) => {
    expect(formatTiming(timing as Timing)).toBe('');
  });

  it('falls back to bokmål for an unknown locale', () => {
    expect(formatTiming({ repeat: { frequency: 2, period: 1, periodUnit: 'd' } }, { locale: 'sv' as never })).toBe(
      '2 ganger daglig',
    );
  });
});
