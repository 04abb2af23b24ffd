import { readFixture } from '@samspill/fixtures/node';
import type { Dosage } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatDosage, formatDosageLines } from '../../src/format/dosage.js';

const UCUM = 'http://unitsofmeasure.org';
const SNOMED = 'http://snomed.info/sct';

interface CorpusEntry {
  readonly sources: readonly string[];
  readonly dosage: Dosage;
}

const corpus = readFixture('dosage-corpus.json') as unknown as readonly CorpusEntry[];

/** A real Dosage from the corpus, by one of the places it was found. */
function real(source: string): Dosage {
  const entry = corpus.find((candidate) => candidate.sources.includes(source));
  if (!entry) throw new Error(`${source} is not in the dosage corpus`);
  return entry.dosage;
}

/** The same Dosage without its text, so the structured fields are what is shown. */
function structured(dosage: Dosage): Dosage {
  const copy = { ...dosage };
  delete copy.text;
  return copy;
}

const HL7 = 'hl7-r4-examples';
const LMDI = 'norway/fhi-lmdi';

/** Intl's no-break and narrow no-break spaces, written plainly so expectations stay readable. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function expectDosage(dosage: Dosage | Dosage[], nb: string, nn: string, en: string): void {
  expect(plain(formatDosage(dosage, { locale: 'nb', timeZone: 'Europe/Oslo' }))).toBe(nb);
  expect(plain(formatDosage(dosage, { locale: 'nn', timeZone: 'Europe/Oslo' }))).toBe(nn);
  expect(plain(formatDosage(dosage, { locale: 'en', timeZone: 'Europe/Oslo' }))).toBe(en);
}

const tablets = (value: number) => ({ value, system: UCUM, code: '{tbl}' });
const daily = (frequency: number) => ({ repeat: { frequency, period: 1, periodUnit: 'd' as const } });

describe('formatDosage: structured', () => {
  it.each<[string, Dosage, string, string, string]>([
    [
      'dose and frequency',
      { doseAndRate: [{ doseQuantity: tablets(1) }], timing: daily(2) },
      '1 tablett 2 ganger daglig',
      '1 tablett 2 gongar dagleg',
      '1 tablet twice daily',
    ],
    [
      'as needed with a maximum per day, counted in the same unit',
      {
        doseAndRate: [{ doseQuantity: tablets(2) }],
        asNeededBoolean: true,
        maxDosePerPeriod: { numerator: tablets(8), denominator: { value: 1, system: UCUM, code: 'd' } },
      },
      '2 tabletter ved behov, maks 8 per døgn',
      '2 tablettar ved behov, maks 8 per døgn',
      '2 tablets as needed, max 8 per day',
    ],
    [
      'as needed for a reason',
      {
        doseAndRate: [{ doseQuantity: tablets(1) }],
        asNeededCodeableConcept: { text: 'smerter' },
        timing: { repeat: { frequency: 1, period: 4, periodMax: 6, periodUnit: 'h' } },
      },
      '1 tablett ved behov mot smerter hver 4.–6. time',
      '1 tablett ved behov mot smerter kvar 4.–6. time',
      '1 tablet as needed for smerter every 4–6 hours',
    ],
    [
      'route in brackets after the dose, with a time of day',
      {
        doseAndRate: [{ doseQuantity: tablets(1) }],
        timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] } },
        route: { coding: [{ system: SNOMED, code: '26643006', display: 'oral' }] },
      },
      '1 tablett (oral) 1 gang daglig om morgenen',
      '1 tablett (oral) 1 gong dagleg om morgonen',
      '1 tablet (oral) once daily in the morning',
    ],
    [
      'a dose with no unit counts doses (Synthea)',
      real(
        'synthea-smart-sandbox-r4/Gilbert_Wunsch_ab591293-dc94-4290-a29f-f35522273600.json#entry[178].resource.dosageInstruction[0]',
      ),
      '1 dose 2 ganger daglig, Take at regular intervals. Complete the prescribed course unless otherwise directed.',
      '1 dose 2 gongar dagleg, Take at regular intervals. Complete the prescribed course unless otherwise directed.',
      '1 dose twice daily, Take at regular intervals. Complete the prescribed course unless otherwise directed.',
    ],
    [
      'as needed and nothing else (Synthea)',
      real(
        'synthea-iris-fhir-template-r4/Margie619_Hettinger594_29428a22-5f03-492e-83bb-da34bb2a12c9.json#entry[17].resource.dosageInstruction[0]',
      ),
      'ved behov',
      'ved behov',
      'as needed',
    ],
    [
      'route, and an additional instruction (Bundle-father)',
      real(`${HL7}/Bundle-father.json#entry[5].resource.dosageInstruction[0]`),
      '1 tablet (oral administration of treatment) 2 ganger daglig, Take with Food',
      '1 tablet (oral administration of treatment) 2 gongar dagleg, Take with Food',
      '1 tablet (oral administration of treatment) twice daily, Take with Food',
    ],
    [
      'route, SNOMED semantic tag dropped (meddisp0316)',
      structured(real(`${HL7}/MedicationDispense-meddisp0316.json#dosageInstruction[0]`)),
      '20 U (Subcutaneous) 3 ganger daglig',
      '20 U (Subcutaneous) 3 gongar dagleg',
      '20 U (Subcutaneous) 3 times daily',
    ],
    [
      'as needed for a coded reason, and a maximum in a measured unit (medrx0324)',
      structured(real(`${HL7}/MedicationRequest-medrx0324.json#dosageInstruction[0]`)),
      '240 mg ved behov mot Fever 2 ganger daglig, maks 720 mg per døgn, Do not take with any other paracetamol products',
      '240 mg ved behov mot Fever 2 gongar dagleg, maks 720 mg per døgn, Do not take with any other paracetamol products',
      '240 mg as needed for Fever twice daily, max 720 mg per day, Do not take with any other paracetamol products',
    ],
    [
      'a dose range, route and method, as needed every 4–6 hours (medrx0301)',
      structured({ ...real(`${HL7}/MedicationRequest-medrx0301.json#dosageInstruction[0]`), patientInstruction: '' }),
      '1–2 TAB (Oral Route, Swallow) ved behov mot Rib Pain hver 4.–6. time, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
      '1–2 TAB (Oral Route, Swallow) ved behov mot Rib Pain kvar 4.–6. time, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
      '1–2 TAB (Oral Route, Swallow) as needed for Rib Pain every 4–6 hours, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
    ],
    [
      'an infusion rate (medrx0322)',
      structured(real(`${HL7}/MedicationRequest-medrx0322.json#dosageInstruction[0]`)),
      '20 mEq med hastighet 100 mL per time (Intravenous route) 1 gang i timen',
      '20 mEq med hastigheit 100 mL per time (Intravenous route) 1 gong i timen',
      '20 mEq at a rate of 100 mL per hour (Intravenous route) once an hour',
    ],
    [
      'a rate alone, as needed (LMDI Rekvirering-Infusjon)',
      real(`${LMDI}/MedicationRequest-Rekvirering-Infusjon.json#dosageInstruction[0]`),
      'med hastighet 2,5 mL/min (intravenøs administrasjonsvei) ved behov',
      'med hastigheit 2,5 mL/min (intravenøs administrasjonsvei) ved behov',
      'at a rate of 2.5 mL/min (intravenøs administrasjonsvei) as needed',
    ],
    [
      'a Norwegian timing code, as needed (LMDI Rekvirering-EnteredInError)',
      real(`${LMDI}/MedicationRequest-Rekvirering-EnteredInError.json#dosageInstruction[0]`),
      '15 mg ved behov 1 inntil x1',
      '15 mg ved behov 1 inntil x1',
      '15 mg as needed 1 inntil x1',
    ],
    [
      'a timing with when and offset (medrx0321)',
      structured(real(`${HL7}/MedicationRequest-medrx0321.json#dosageInstruction[0]`)),
      '10 U 1 gang daglig 10 minutter før frokost',
      '10 U 1 gong dagleg 10 minutt før frukost',
      '10 U once daily 10 minutes before breakfast',
    ],
    [
      'a day of the week (medrx0334)',
      structured(real(`${HL7}/MedicationRequest-medrx0334.json#dosageInstruction[0]`)),
      '1 ea 4 ganger daglig hver mandag',
      '1 ea 4 gongar dagleg kvar måndag',
      '1 ea 4 times daily every Monday',
    ],
    [
      'a time of day (medrx0335)',
      structured(real(`${HL7}/MedicationRequest-medrx0335.json#dosageInstruction[0]`)),
      '1 ea kl. 09:00',
      '1 ea kl. 09:00',
      '1 ea at 09:00',
    ],
    [
      'bounds and a maximum per administration (medrx0305)',
      structured(real(`${HL7}/MedicationRequest-medrx0305.json#dosageInstruction[0]`)),
      '1 TAB (Oral Route) ved behov mot Dysmenorrhea hver 6.–12. time fra 15. januar 2015 til 20. januar 2015, maks 4 mg per dose, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
      '1 TAB (Oral Route) ved behov mot Dysmenorrhea kvar 6.–12. time frå 15. januar 2015 til 20. januar 2015, maks 4 mg per dose, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
      '1 TAB (Oral Route) as needed for Dysmenorrhea every 6–12 hours from 15 January 2015 to 20 January 2015, max 4 mg per dose, Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink',
    ],
    [
      'a single intramuscular dose (medrx0332)',
      structured(real(`${HL7}/MedicationRequest-medrx0332.json#dosageInstruction[0]`)),
      '500 mg (Intramuscular) kun 1 gang',
      '500 mg (Intramuscular) berre 1 gong',
      '500 mg (Intramuscular) once only',
    ],
    [
      'a lifetime maximum, as medrx0316 has',
      {
        doseAndRate: [{ doseQuantity: { value: 1.8, unit: 'mg/kg' } }],
        maxDosePerLifetime: { value: 400, unit: 'mg' },
      },
      '1,8 mg/kg, maks 400 mg totalt',
      '1,8 mg/kg, maks 400 mg totalt',
      '1.8 mg/kg, max 400 mg in total',
    ],
    ['a route alone', { route: { text: 'kutant' } }, 'kutant', 'kutant', 'kutant'],
    [
      'route with no dose goes after the timing',
      { route: { text: 'kutant' }, timing: daily(2) },
      '2 ganger daglig (kutant)',
      '2 gongar dagleg (kutant)',
      'twice daily (kutant)',
    ],
  ])('%s', (_, dosage, nb, nn, en) => {
    expectDosage(dosage, nb, nn, en);
  });
});

describe('formatDosage: text', () => {
  it('shows the text alone when it is all there is (medrx002)', () => {
    const dosage = real(`${HL7}/MedicationRequest-medrx002.json#dosageInstruction[0]`);
    expectDosage(
      dosage,
      'Take one tablet daily as directed',
      'Take one tablet daily as directed',
      'Take one tablet daily as directed',
    );
  });

  it('puts the text before the structured fields, and keeps the instructions it does not say (medrx0301)', () => {
    const line = formatDosage(real(`${HL7}/MedicationRequest-medrx0301.json#dosageInstruction[0]`), { locale: 'nb' });
    expect(line).toBe(
      'one to two tablets every 4-6 hours as needed for rib pain, ' +
        'Warning. May cause drowsiness. If affected do not drive or operate machinery. Avoid alcoholic drink, ' +
        'Take one to two tablets every four to six hours as needed for rib pain',
    );
    expect(line).not.toContain('hver 4.–6. time');
  });

  it('leaves out an instruction the text already says (medrx0321, "Before Lunch")', () => {
    expectDosage(
      real(`${HL7}/MedicationRequest-medrx0321.json#dosageInstruction[1]`),
      '15 units before lunch',
      '15 units before lunch',
      '15 units before lunch',
    );
  });

  it('follows a sentence with a space, not a comma', () => {
    expect(formatDosage({ text: 'Tas med vann.', patientInstruction: 'Svelges hel' })).toBe(
      'Tas med vann. Svelges hel',
    );
  });
});

describe('formatDosage: several entries', () => {
  const medrx0303 = [0, 1, 2].map((index) =>
    real(`${HL7}/MedicationRequest-medrx0303.json#dosageInstruction[${index}]`),
  );

  it('a tapering course reads in sequence order (medrx0303)', () => {
    expectDosage(
      [...medrx0303].reverse().map(structured),
      '4 TAB (Oral Route, Swallow) 1 gang daglig fra 16. januar 2015 til 20. januar 2015, ' +
        'deretter 2 TAB (Oral Route, Swallow) 1 gang daglig fra 23. januar 2015 til 30. januar 2015, ' +
        'deretter 1 TAB (Oral Route, Swallow) 1 gang daglig fra 31. januar 2015 til 6. februar 2015',
      '4 TAB (Oral Route, Swallow) 1 gong dagleg frå 16. januar 2015 til 20. januar 2015, ' +
        'deretter 2 TAB (Oral Route, Swallow) 1 gong dagleg frå 23. januar 2015 til 30. januar 2015, ' +
        'deretter 1 TAB (Oral Route, Swallow) 1 gong dagleg frå 31. januar 2015 til 6. februar 2015',
      '4 TAB (Oral Route, Swallow) once daily from 16 January 2015 to 20 January 2015, ' +
        'then 2 TAB (Oral Route, Swallow) once daily from 23 January 2015 to 30 January 2015, ' +
        'then 1 TAB (Oral Route, Swallow) once daily from 31 January 2015 to 6 February 2015',
    );
  });

  it('entries with one sequence run together, and a later sequence follows (medrx0321)', () => {
    // medrx0321 numbers the dinner dose 1, the breakfast and lunch doses 2.
    const medrx0321 = [0, 1, 2].map((index) =>
      real(`${HL7}/MedicationRequest-medrx0321.json#dosageInstruction[${index}]`),
    );
    expectDosage(
      medrx0321,
      '20 units before dinner, deretter inject 10 units subcut 10 minutes before breakfast og 15 units before lunch',
      '20 units before dinner, deretter inject 10 units subcut 10 minutes before breakfast og 15 units before lunch',
      '20 units before dinner, then inject 10 units subcut 10 minutes before breakfast and 15 units before lunch',
    );
  });

  it('concurrent structured entries', () => {
    expectDosage(
      [
        { sequence: 1, doseAndRate: [{ doseQuantity: tablets(1) }], timing: { repeat: { when: ['MORN'] } } },
        { sequence: 1, doseAndRate: [{ doseQuantity: tablets(2) }], timing: { repeat: { when: ['EVE'] } } },
      ],
      '1 tablett om morgenen og 2 tabletter om kvelden',
      '1 tablett om morgonen og 2 tablettar om kvelden',
      '1 tablet in the morning and 2 tablets in the evening',
    );
  });

  it('entries without a sequence come last, together; empty entries are skipped, not the rest', () => {
    expect(
      formatDosage([
        { text: 'B' },
        { sequence: 2, text: 'A2' },
        {},
        'junk' as never,
        { text: 'C' },
        { sequence: 1, text: 'A1' },
      ]),
    ).toBe('A1, deretter A2, deretter B og C');
  });

  it('formatDosageLines gives one line per entry in sequence order', () => {
    expect(formatDosageLines([...medrx0303].reverse(), { locale: 'en' })).toEqual([
      'Take 4 tablets daily for 7 days starting January 16, 2015',
      'Take 2 tablets daily for 7 days starting January 23, 2015',
      'Take 1 tablets daily for 7 days starting January 31, 2015',
    ]);
    expect(
      formatDosageLines({ doseAndRate: [{ doseQuantity: tablets(1) }], timing: daily(3) }, { locale: 'nn' }),
    ).toEqual(['1 tablett 3 gongar dagleg']);
    expect(formatDosageLines([{}, { sequence: 1 }])).toEqual([]);
  });

  it('many entries in one sequence, or in none, keep their own order within it', () => {
    // Records often give every line sequence 1, or none: grouping must neither reorder nor drop them.
    const dosages = Array.from({ length: 300 }, (_, i): Dosage => {
      const sequence = i % 3 === 0 ? {} : i % 3 === 1 ? { sequence: 1 } : { sequence: 0 };
      return { ...sequence, text: `line ${i}` };
    });
    const lines = (start: number): string[] => dosages.flatMap((_, i) => (i % 3 === start ? [`line ${i}`] : []));
    expect(formatDosageLines(dosages)).toEqual([...lines(2), ...lines(1), ...lines(0)]);
  });
});

describe('formatDosage: nothing usable', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an empty Dosage', {}],
    ['an empty list', []],
    ['a string', '1 tablett'],
    ['a sequence alone', { sequence: 1 }],
    ['as-needed false', { asNeededBoolean: false }],
    ['a dose with no number', { doseAndRate: [{ doseQuantity: { unit: 'mg' } }] }],
    ['empty texts', { text: '  ', patientInstruction: '', additionalInstruction: [{}] }],
  ])('%s is empty', (_, dosage) => {
    expect(formatDosage(dosage as Dosage)).toBe('');
  });
});
