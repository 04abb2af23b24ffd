// The timeline on the shapes vendors and national services send (packages/fixtures/data/real-world):
// names as written, references in words, where each record came from.
import { describe, expect, test } from 'vitest';
import type { Resource } from 'fhir/r4.js';
import { readFixture, readFixtureSet } from '@samspill/fixtures/node';
import { timelineModel } from '../src/index.js';
import { relatedTitles } from '../src/timeline.related.js';
import { namesInSentence } from '../src/timeline.event.js';

const NOW = new Date('2026-12-05T12:00:00+01:00');
const oracle = readFixtureSet('real-world/oracle-health').map((file) => file.resource);

describe('names put in one sentence', () => {
  test('sentence-case names are lowered; acronyms and mixed case stay as written', () => {
    expect(namesInSentence(['Blodtrykk', 'Puls', 'CRP', 'HbA1c', 'SpO2', 'Body mass index (BMI)'])).toEqual([
      'blodtrykk',
      'puls',
      'CRP',
      'HbA1c',
      'SpO2',
      'body mass index (BMI)',
    ]);
  });

  test('Title Case from Oracle Health keeps every name as written, never "temperature Axillary"', () => {
    expect(namesInSentence(['Temperature Axillary', 'Puls', 'SpO2'])).toEqual(['Temperature Axillary', 'Puls', 'SpO2']);
    expect(namesInSentence(['heart rate', 'Oxygen saturation'])).toEqual(['heart rate', 'oxygen saturation']);
  });

  test('a day of Oracle Health vital signs reads as its displays were written', () => {
    const temperature = readFixture('real-world/oracle-health/Bundle-R4_OBSERVATION_BUNDLE.json');
    const [entry] = (temperature as { entry: { resource: Resource }[] }).entry.slice(-1);
    const later = { ...entry!.resource, id: 'second', code: { text: 'Pulse Rate Peripheral' } } as Resource;
    const model = timelineModel([entry!.resource, later], { now: NOW });
    const group = model.events.find((event) => event.members.length === 2);
    expect(group?.title).toBe('Vitale tegn: Temperature Axillary, Pulse Rate Peripheral');
  });
});

describe('references and sources in vendor data', () => {
  test.each([
    ['nb', 'Kontakt (ikke hentet)'],
    ['nn', 'Kontakt (ikkje henta)'],
    ['en', 'Encounter (not loaded)'],
  ] as const)('an Encounter the search did not return reads as %s "%s", never by its id', (locale, words) => {
    const model = timelineModel(oracle, { now: NOW, locale });
    const temperature = model.events.find((event) => event.title === 'Temperature Axillary');
    expect(temperature?.related).toEqual([{ key: 'Encounter/97953477', text: words }]);
    expect(relatedTitles(temperature!, model)).toEqual([words]);
  });

  test('an Encounter in the timeline is named by its event', () => {
    const encounter: Resource = {
      resourceType: 'Encounter',
      id: '97953477',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
      period: { start: '2020-07-06T20:30:00Z' },
    } as Resource;
    const model = timelineModel([...oracle, encounter], { now: NOW });
    const temperature = model.events.find((event) => event.title === 'Temperature Axillary')!;
    expect(relatedTitles(temperature, model)).toEqual(['Besøk (6. juli 2020 kl. 22:30)']);
  });

  test('a PLL statement reads its kortdosering where it has no dosage text', () => {
    const pll = timelineModel(
      readFixtureSet('real-world/sfm').map((file) => file.resource),
      { now: NOW },
    );
    const seloZok = pll.events.find((event) => event.title.includes('Selo-Zok'));
    expect(seloZok?.subtitle).toBe('1 tablett morgen');
  });

  test('a PLL document names its source through its Composition; a bare UUID in meta.source is no source', () => {
    const pll = timelineModel(
      readFixtureSet('real-world/sfm').map((file) => file.resource),
      { now: NOW },
    );
    const medications = pll.events.filter((event) => event.type === 'medication');
    expect(medications.length).toBeGreaterThan(0);
    for (const event of medications) expect(event.source?.label).toBeTruthy();
    const labs = timelineModel([readFixture('real-world/oracle-health/Observation-R4_OBSERVATION_LABS_UPDATE.json')], {
      now: NOW,
    });
    expect(labs.events[0]?.source).toBeUndefined();
  });
});
