// The timeline's words from Intl, in nynorsk in the test browser too: Debian's Chromium has no nynorsk
// data and wrote "Thursday" and "Jan 2026" here. The headings and the axis are pure, so they are
// checked as text.
import { expect } from '@open-wc/testing';
// Called directly, as a Node app would: the strings imported up front (core's come with them).
import '../src/locales/nn.js';
import '../src/locales/en.js';
import { describeOverview } from '../src/timeline-overview.description.js';
import { ticks } from '../src/timeline-overview.model.js';
import { dayHeading } from '../src/timeline.groups.js';
import { timelineLabels } from '../src/timeline.labels.js';

const LATER = { now: new Date('2026-06-01T10:00:00Z'), timeZone: 'Europe/Oslo' } as const;
const WEEK = ['12', '13', '14', '15', '16', '17', '18'].map((day) => `2026-01-${day}`);

describe('timeline words in nynorsk in every browser', () => {
  it('heads each day with its nynorsk weekday', () => {
    expect(WEEK.map((key) => dayHeading(key, { ...LATER, locale: 'nn' }))).to.deep.equal([
      'Måndag 12. januar 2026',
      'Tysdag 13. januar 2026',
      'Onsdag 14. januar 2026',
      'Torsdag 15. januar 2026',
      'Fredag 16. januar 2026',
      'Laurdag 17. januar 2026',
      'Søndag 18. januar 2026',
    ]);
    expect(dayHeading('2026-06-02', { ...LATER, locale: 'nn' })).to.equal('I morgon');
  });

  it('keeps bokmål and English headings', () => {
    expect(dayHeading('2026-01-13', { ...LATER, locale: 'nb' })).to.equal('Tirsdag 13. januar 2026');
    expect(dayHeading('2026-01-13', { ...LATER, locale: 'en' })).to.equal('Tuesday, 13 January 2026');
  });

  it('labels the axis and describes its window in nynorsk', () => {
    // 1 November 2025 to the end of February 2026 in Oslo.
    const window = { from: Date.parse('2025-10-31T23:00:00Z'), to: Date.parse('2026-02-28T23:00:00Z') };
    const labels = ticks(window, 600, { locale: 'nn', timeZone: 'Europe/Oslo' }).ticks.map((tick) => tick.label);
    expect(labels).to.deep.equal(['nov. 2025', 'des. 2025', 'jan. 2026', 'feb. 2026']);
    const description = describeOverview({
      count: 2,
      lanes: [],
      view: window,
      selection: undefined,
      locale: 'nn',
      timeZone: 'Europe/Oslo',
    });
    expect(description).to.contain('1. november 2025–28. februar 2026');
  });

  it('groups counts the Norwegian way', () => {
    expect(timelineLabels.nn.events(12_000)).to.equal('12\u00a0000 hendingar');
  });
});
