// PLL statements date themselves in SFM's extensions and Epic's draft orders only by their bounds: the
// timeline places them with core's medicationPeriodOf, the same reading as the medication list.
import { describe, expect, test } from 'vitest';
import { readFixture } from '@samspill/fixtures/node';
import { timelineModel, type TimelineEvent } from '../src/index.js';
import { badTexts } from './timeline-text.js';

const NOW = new Date('2026-01-15T12:00:00+01:00');
const PLL = readFixture('real-world/sfm/Bundle-pll-document.json');
const EPIC = [
  readFixture('real-world/epic/MedicationRequest-eOrdreMetoprolol.json'),
  readFixture('real-world/epic/MedicationRequest-eUtkastAtorvastatin.json'),
  readFixture('real-world/epic/Medication-eMedAtorvastatin.json'),
];

function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function shown(events: readonly TimelineEvent[]): string[] {
  return events
    .filter((event) => event.type === 'medication')
    .map((event) => `${event.date.value} ${event.title}`)
    .sort();
}

describe('medication events dated as the medication list dates them', () => {
  test.each([
    ['nb', 'Startet', 'Avsluttet'],
    ['nn', 'Starta', 'Avslutta'],
    ['en', 'Started', 'Stopped'],
  ] as const)('PLL statements are dated and shown, none undated (%s)', (locale, started, stopped) => {
    const model = timelineModel([PLL], { now: NOW, locale });
    expect(shown(model.events)).toEqual([
      `2024-02-12 ${started}: Paracet Tab 500 mg`,
      `2025-06-01 ${started}: Metformin Mylan Tab 500 mg`,
      `2025-08-15 ${started}: Ibux Tab 400 mg`,
      `2025-10-01T10:00:00+02:00 ${stopped}: Ibux Tab 400 mg`,
      `2025-11-05 ${started}: Selo-Zok Depottab 50 mg`,
      `2025-11-20 ${started}: Imacillin Kaps 500 mg`,
    ]);
    expect(model.problems.map((problem) => problem.text).join(' ')).not.toMatch(/MedicationStatement/);
    for (const event of model.events) expect(badTexts(event)).toEqual([]);
  });

  test.each([
    ['nb', 'Forskrevet: Atorvastatin 20 mg tablett', '21. november 2025'],
    ['nn', 'Forskrive: Atorvastatin 20 mg tablett', '21. november 2025'],
    ['en', 'Prescribed: Atorvastatin 20 mg tablett', '21 November 2025'],
  ] as const)('an Epic draft order without authoredOn is dated by its bounds (%s)', (locale, title, date) => {
    const model = timelineModel(EPIC, { now: NOW, locale });
    const draft = model.events.find((event) => event.key.includes('eUtkastAtorvastatin'));
    expect(draft?.title).toBe(title);
    expect(plain(draft?.date.text ?? '')).toBe(date);
    // A signed order keeps the day it was written.
    const ordered = model.events.find((event) => event.key.includes('eOrdreMetoprolol'));
    expect(ordered?.date.value).toBe('2025-11-18T09:21:00Z');
  });

  test('a statement dated only by its prescription is the prescription', () => {
    const model = timelineModel(
      [
        {
          resourceType: 'MedicationStatement',
          id: 'bare',
          status: 'active',
          subject: { reference: 'Patient/p1' },
          medicationCodeableConcept: { text: 'Paracet Tab 500 mg' },
          extension: [
            {
              url: 'http://ehelse.no/fhir/StructureDefinition/sfm-reseptamendment',
              extension: [{ url: 'reseptdate', valueDate: '2025-09-01' }],
            },
          ],
        },
      ],
      { now: NOW },
    );
    expect(shown(model.events)).toEqual(['2025-09-01 Forskrevet: Paracet Tab 500 mg']);
  });
});
