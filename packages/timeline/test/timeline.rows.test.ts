import { describe, expect, test } from 'vitest';
import { groupTimeline } from '../src/timeline.groups.js';
import { timelineModel } from '../src/timeline.model.js';
import { eventRowIndexes, timelineRows } from '../src/timeline.rows.js';

const NOW = new Date('2024-05-08T12:00:00+02:00');
const subject = { reference: 'Patient/p1' };
const encounter = (id: string, start: string) => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { code: 'AMB' },
  type: [{ text: `Kontakt ${id}` }],
  subject,
  period: { start },
});

describe('timelineRows', () => {
  const model = timelineModel(
    [
      encounter('a', '2024-05-08T10:00:00+02:00'),
      encounter('b', '2024-05-08T09:00:00+02:00'),
      encounter('c', '2024-05-07T09:00:00+02:00'),
      encounter('d', '2024-03-01T09:00:00+01:00'),
    ],
    { now: NOW },
  );
  const rows = timelineRows(groupTimeline(model.events, { now: NOW }));

  test('puts each month heading, then each day heading, then its events, in reading order', () => {
    expect(rows.map((row) => (row.kind === 'event' ? row.event.title : `${row.kind}: ${row.heading}`))).toEqual([
      'section: Mai 2024',
      'day: I dag',
      'Kontakt a',
      'Kontakt b',
      'day: I går',
      'Kontakt c',
      'section: Mars 2024',
      'day: Fredag 1. mars 2024',
      'Kontakt d',
    ]);
  });

  test('gives every row a unique key that names what it shows', () => {
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(rows[2]?.key).toBe('event:Encounter/a');
    expect(rows[1]).toMatchObject({ kind: 'day', date: '2024-05-08', count: 2 });
  });

  test('lists the indexes of the event rows', () => {
    expect(eventRowIndexes(rows)).toEqual([2, 3, 5, 8]);
  });

  test('keeps keys unique when two groups share one', () => {
    const sections = groupTimeline(model.events, { now: NOW });
    const twice = timelineRows([...sections, ...sections]);
    expect(new Set(twice.map((row) => row.key)).size).toBe(twice.length);
  });

  test('is empty for no events', () => {
    expect(timelineRows([])).toEqual([]);
  });
});
