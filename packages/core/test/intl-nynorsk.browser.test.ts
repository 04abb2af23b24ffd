// Nynorsk in the test browser. Debian's Chromium, like other builds with reduced ICU data, has no
// nynorsk: `nn-NO` formats "Thursday, January 15, 2026" and "1,234.5" there. Core's formatters must
// still write nynorsk; these are the exact strings a full-ICU runtime gives for nn.
import { expect } from '@open-wc/testing';
import {
  dateTimeFormat,
  formatAddress,
  formatDate,
  formatNumber,
  formatPeriod,
  formatQuantity,
  formatRelativeDay,
} from '../src/data.js';
// Formatters called directly, as a Node app would: the locales' strings imported up front.
import '../src/locales/nn.js';
import '../src/locales/en.js';

const NN = { locale: 'nn', timeZone: 'Europe/Oslo' } as const;
// Thursday 15 January 2026, 15:05 in Oslo.
const THURSDAY = new Date('2026-01-15T14:05:00Z');
const WEEK = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2026, 0, 12 + day, 11)));

describe('nynorsk dates and numbers in every browser', () => {
  it('formats FHIR dates and periods in nynorsk', () => {
    expect(formatDate('2026-01-15', NN)).to.equal('15. januar 2026');
    expect(formatDate('2026-03', NN)).to.equal('mars 2026');
    expect(formatDate('2026-01-15T14:05:00Z', NN)).to.equal('15. januar 2026 kl. 15:05');
    expect(formatPeriod({ start: '2026-01-15', end: '2026-01-18' }, NN)).to.equal('15. januar 2026 – 18. januar 2026');
    expect(formatPeriod({ start: '2026-01-15T09:00:00+01:00', end: '2026-01-15T10:30:00+01:00' }, NN)).to.equal(
      '15. januar 2026 kl. 09:00–10:30',
    );
    expect(formatPeriod({ start: '2026-01-15' }, NN)).to.equal('frå 15. januar 2026');
    expect(formatRelativeDay('2026-01-16', { ...NN, now: THURSDAY })).to.equal('i morgon');
  });

  it('writes nynorsk weekdays', () => {
    const long = dateTimeFormat('nn', { weekday: 'long', timeZone: 'UTC' });
    expect(WEEK.map((day) => long.format(day))).to.deep.equal([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'søndag',
    ]);
    const short = dateTimeFormat('nn', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    expect(WEEK.map((day) => short.format(day))).to.deep.equal([
      'må. 12. jan.',
      'ty. 13. jan.',
      'on. 14. jan.',
      'to. 15. jan.',
      'fr. 16. jan.',
      'la. 17. jan.',
      'sø. 18. jan.',
    ]);
    expect(dateTimeFormat('nn', { dateStyle: 'full', timeZone: 'Europe/Oslo' }).format(THURSDAY)).to.equal(
      'torsdag 15. januar 2026',
    );
    const parts = dateTimeFormat('nn', { dateStyle: 'full', timeZone: 'Europe/Oslo' }).formatToParts(THURSDAY);
    expect(parts.find((part) => part.type === 'weekday')?.value).to.equal('torsdag');
    expect(
      dateTimeFormat('nn', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
        WEEK[0]!,
        WEEK[2]!,
      ),
    ).to.equal('måndag 12.–onsdag 14. januar');
  });

  it('writes nynorsk halves of the day and Central European time', () => {
    expect(dateTimeFormat('nn', { hour: 'numeric', hour12: true, timeZone: 'Europe/Oslo' }).format(THURSDAY)).to.equal(
      '3 e.m.',
    );
    expect(dateTimeFormat('nn', { timeStyle: 'full', timeZone: 'Europe/Oslo' }).format(THURSDAY)).to.equal(
      '15:05:00 sentraleuropeisk standardtid',
    );
  });

  it('groups and separates numbers the Norwegian way', () => {
    expect(formatNumber(1234.5, NN)).to.equal('1\u00a0234,5');
    expect(formatNumber(-1234.5, NN)).to.equal('\u22121\u00a0234,5');
    expect(formatQuantity({ value: 2.5, unit: 'mL' }, NN)).to.equal('2,5 mL');
  });

  it('names countries in Norwegian', () => {
    expect(formatAddress({ city: 'Göteborg', country: 'SE' }, NN)).to.equal('Göteborg, Sverige');
  });

  it('leaves bokmål and English as they were', () => {
    expect(formatDate('2026-01-15T14:05:00Z', { ...NN, locale: 'nb' })).to.equal('15. januar 2026 kl. 15:05');
    expect(formatDate('2026-01-15T14:05:00Z', { ...NN, locale: 'en' })).to.equal('15 January 2026, 15:05');
    expect(dateTimeFormat('nb', { weekday: 'long', timeZone: 'UTC' }).format(WEEK[0])).to.equal('mandag');
    expect(formatNumber(1234.5, { locale: 'nb' })).to.equal('1\u00a0234,5');
    expect(formatNumber(1234.5, { locale: 'en' })).to.equal('1,234.5');
  });
});
