// PLL statements as SFM serves them (sfm-MedicationStatement: bruk, kortdosering and bruksområde inside
// each dosage; regInfo, reseptamendment and discontinuation on the resource) and Epic's orders, from the
// real-world fixtures and from hand-made shapes, good and bad, in nb, nn and en.
import { describe, expect, test } from 'vitest';
import { readFixture } from '@samspill/fixtures/node';
import { groupMedications, medicationRows, type MedicationRow } from '../src/index.js';
import { badTexts } from './medication-text.js';

const NOW = new Date('2026-01-15T12:00:00+01:00');
const SD = 'http://ehelse.no/fhir/StructureDefinition/';
const LOCALES = ['nb', 'nn', 'en'] as const;

const PLL = readFixture('real-world/sfm/Bundle-pll-document.json');
const EPIC = [
  'real-world/epic/MedicationRequest-eOrdreMetoprolol.json',
  'real-world/epic/MedicationRequest-eUtkastAtorvastatin.json',
  'real-world/epic/Medication-eMedMetoprolol.json',
  'real-world/epic/Medication-eMedAtorvastatin.json',
].map(readFixture);

function rowsOf(input: unknown, locale: (typeof LOCALES)[number] = 'nb'): MedicationRow[] {
  return medicationRows(input, { locale, now: NOW, timeZone: 'Europe/Oslo' });
}

function byKey(rows: readonly MedicationRow[], key: string): MedicationRow {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no row ${key}: ${rows.map((r) => r.key).join(', ')}`);
  return row;
}

function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

const use = (code: string, display: string) => ({
  url: `${SD}sfm-use`,
  valueCodeableConcept: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.9101', code, display }] },
});
const shortDosage = (display: string) => ({
  url: `${SD}sfm-shortdosage`,
  valueCodeableConcept: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.9088', code: '1', display }] },
});
const area = (words: string) => ({
  url: `${SD}sfm-application-area`,
  extension: [{ url: 'text', valueString: words }],
});
const regInfo = (type: string, provider: unknown) => ({
  url: `${SD}sfm-regInfo`,
  extension: [
    { url: 'type', valueCodeableConcept: { coding: [{ display: type }] } },
    { url: 'provider', valueReference: provider },
    { url: 'timestamp', valueDateTime: '2025-11-03T10:15:00+01:00' },
  ],
});

// Hand-made and often malformed: typed as what a server may send, not as FHIR promises.
function statement(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: 'MedicationStatement',
    id,
    status: 'active',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: { text: `${id} Tab 10 mg` },
    ...fields,
  };
}

describe('the PLL document from SFM', () => {
  test.each(LOCALES)('groups by the bruk inside each dosage, never "Annet" (%s)', (locale) => {
    const groups = groupMedications(rowsOf(PLL, locale), { locale });
    const labels = {
      nb: ['Fast', 'Kur', 'Ved behov'],
      nn: ['Fast', 'Kur', 'Ved behov'],
      en: ['Regular', 'Course', 'As needed'],
    };
    expect(groups.current.map((group) => group.label)).toEqual(labels[locale]);
    expect(groups.current.map((group) => group.rows.map((row) => row.key))).toEqual([
      ['MedicationStatement/pll-metformin', 'MedicationStatement/pll-selo-zok'],
      ['MedicationStatement/pll-imacillin'],
      ['MedicationStatement/pll-paracet'],
    ]);
    expect(groups.past.rows.map((row) => row.key)).toEqual(['MedicationStatement/pll-ibux']);
  });

  test('reads kortdosering, bruksområde, prescriber, and the prescription’s dates (nb)', () => {
    const row = byKey(rowsOf(PLL), 'MedicationStatement/pll-selo-zok');
    expect(row.dosageLines).toEqual(['1 tablett morgen']);
    expect(row.shortDosage).toBe('1 tablett morgen');
    expect(row.indication).toBe('Mot høyt blodtrykk');
    expect(row.prescriber).toEqual({ name: 'Lege Legesen', hpr: '1234567' });
    expect(row.start?.text).toBe('5. november 2025');
    expect(row.prescribed?.text).toBe('3. november 2025');
    expect(row.expires?.text).toBe('3. november 2026');
    expect(row.problems).toEqual([]);
  });

  test('keeps the dosage text (DSSN) first and reads a coded bruksområde', () => {
    const rows = rowsOf(PLL);
    expect(byKey(rows, 'MedicationStatement/pll-imacillin').dosageLines).toEqual([
      '1 kapsel 3 ganger daglig i 7 dager',
    ]);
    expect(byKey(rows, 'MedicationStatement/pll-metformin').indication).toBe('Mot diabetes type 2');
  });

  test.each([
    ['nb', '1 tablett om morgenen og 1 tablett om kvelden fra 1. juni 2025', '1. juni 2025'],
    ['nn', '1 tablett om morgonen og 1 tablett om kvelden frå 1. juni 2025', '1. juni 2025'],
    ['en', '1 tablett in the morning and 1 tablett in the evening from 1 June 2025', '1 June 2025'],
  ] as const)('says the e-prescription’s structured dosing when nothing else does (%s)', (locale, line, start) => {
    const row = byKey(rowsOf(PLL, locale), 'MedicationStatement/pll-metformin');
    expect(row.dosageLines.map(plain)).toEqual([line]);
    expect(row.start?.text).toBe(start);
  });

  test.each([
    ['nb', 'Seponert', '1. oktober 2025 kl. 10:00'],
    ['nn', 'Seponert', '1. oktober 2025 kl. 10:00'],
    ['en', 'Stopped', '1 October 2025, 10:00'],
  ] as const)('shows a discontinued statement as past, with its date and reason (%s)', (locale, status, end) => {
    const row = byKey(rowsOf(PLL, locale), 'MedicationStatement/pll-ibux');
    expect(row.status).toBe('stopped');
    expect(row.statusText).toBe(status);
    expect(row.current).toBe(false);
    expect(plain(row.end?.text ?? '')).toBe(end);
    expect(row.statusReason).toBe('Bivirkning. Magesmerter');
  });

  test.each(LOCALES)('never leaks undefined, NaN or objects (%s)', (locale) => {
    for (const row of rowsOf(PLL, locale)) expect(badTexts(row)).toEqual([]);
  });
});

describe('Epic orders', () => {
  test.each([
    ['nb', '50 mg (= 1 tablett) (Oral) 1 gang daglig kl. 08:00'],
    ['nn', '50 mg (= 1 tablett) (Oral) 1 gong dagleg kl. 08:00'],
    ['en', '50 mg (= 1 tablet) (Oral) once daily at 08:00'],
  ] as const)('shows the ordered dose with the amount given, and the administration time (%s)', (locale, line) => {
    const row = byKey(rowsOf(EPIC, locale), 'MedicationRequest/eOrdreMetoprolol');
    expect(plain(row.dosageLines[0] ?? '')).toContain(line);
    expect(row.dosageLines[0]).not.toContain('/');
  });

  test('dates a draft order by its bounds', () => {
    const row = byKey(rowsOf(EPIC), 'MedicationRequest/eUtkastAtorvastatin');
    expect(row.status).toBe('draft');
    expect(row.start?.text).toBe('21. november 2025');
    expect(row.dosageLines[0]).toContain('kl. 21:00');
  });
});

describe('SFM shapes, one at a time', () => {
  test('kortdosering from the resource when no dosage says anything; DSSN wins over it', () => {
    const onResource = statement('a', {
      extension: [shortDosage('1 tablett kveld')],
      dosage: [{ extension: [use('1', 'Fast')] }],
    });
    const row = rowsOf([onResource])[0]!;
    expect(row.dosageLines).toEqual(['1 tablett kveld']);
    expect(row.use).toBe('fast');
    expect(row.problems).toEqual([]);
    const both = statement('b', { dosage: [{ text: 'Tas med mat', extension: [shortDosage('1 tablett morgen')] }] });
    const withText = rowsOf([both])[0]!;
    expect(withText.dosageLines).toEqual(['Tas med mat']);
    expect(withText.shortDosage).toBe('1 tablett morgen');
  });

  test('the prescriber is the provider of "Forskrevet av", not of other registrations', () => {
    const registered = statement('c', {
      extension: [
        regInfo('Registrert av', { display: 'Sykepleier Sykepleiersen, HPR: 7654321' }),
        regInfo('Forskrevet av', { display: 'Doktor Doktorsen, Fjordvik legekontor' }),
      ],
    });
    expect(rowsOf([registered])[0]!.prescriber).toEqual({ name: 'Doktor Doktorsen' });
    const onlyRegistered = statement('d', {
      extension: [regInfo('Registrert av', { display: 'Sykepleier Sykepleiersen' })],
    });
    expect(rowsOf([onlyRegistered])[0]!.prescriber).toBeUndefined();
  });

  test('a discontinuation planned for later keeps the row current until its date', () => {
    const planned = statement('e', {
      extension: [{ url: `${SD}sfm-discontinuation`, extension: [{ url: 'timedate', valueDateTime: '2026-03-01' }] }],
    });
    const row = rowsOf([planned])[0]!;
    expect(row.status).toBe('active');
    expect(row.current).toBe(true);
    expect(row.end?.text).toBe('1. mars 2026');
  });

  test.each([
    ['nb', 'Forskrivningsdatoen kan ikke leses.'],
    ['nn', 'Forskrivingsdatoen kan ikkje lesast.'],
    ['en', 'The prescription date cannot be read.'],
  ] as const)(
    'an unreadable prescription date is a problem and "ukjent dato", its raw value kept (%s)',
    (locale, problem) => {
      const bad = statement('f', {
        extension: [{ url: `${SD}sfm-reseptamendment`, extension: [{ url: 'reseptdate', valueDate: '31.12.2025' }] }],
      });
      const row = rowsOf([bad], locale)[0]!;
      expect(row.prescribed).toMatchObject({ value: '31.12.2025', unreadable: true });
      expect(row.prescribed?.text).toBe({ nb: 'ukjent dato', nn: 'ukjend dato', en: 'unknown date' }[locale]);
      expect(row.problems).toContain(problem);
      expect(JSON.stringify(row.resources)).toContain('31.12.2025');
    },
  );

  test('extensions of the wrong shape are passed over, nothing else lost', () => {
    const hostile = statement('g', {
      extension: [
        'sfm-regInfo',
        [regInfo('Forskrevet av', { display: 'Lege Legesen, HPR: 1234567' })],
        { url: `${SD}sfm-regInfo`, extension: 'provider' },
        regInfo('Forskrevet av', 'Lege Legesen'),
        { url: `${SD}sfm-reseptamendment`, extension: [{ url: 'expirationdate', valueDate: { year: 2026 } }] },
        { url: `${SD}sfm-discontinuation`, extension: { url: 'timedate' } },
        { url: `${SD}sfm-shortdosage`, valueCodeableConcept: ['1 tablett'] },
        { url: 'effectiveDateTime', valueDate: 20250101 },
      ],
      dosage: [
        {
          text: '1 tablett daglig',
          extension: [
            { url: `${SD}sfm-use`, valueString: 'Fast' },
            { url: `${SD}sfm-use`, valueCodeableConcept: [{ coding: [{ code: '1' }] }] },
            { url: `${SD}sfm-application-area`, extension: 'Mot smerter' },
            area('Mot hodepine'),
          ],
        },
      ],
      effectivePeriod: { start: '2025-01-02' },
    });
    for (const locale of LOCALES) {
      const row = rowsOf([hostile], locale)[0]!;
      expect(row.name).toBe('g Tab 10 mg');
      expect(row.dosageLines).toEqual(['1 tablett daglig']);
      expect(row.indication).toBe('Mot hodepine');
      expect(row.use).toBeUndefined();
      expect(row.prescriber).toBeUndefined();
      expect(row.expires).toBeUndefined();
      expect(row.status).toBe('active');
      expect(row.start?.value).toBe('2025-01-02');
      expect(badTexts(row)).toEqual([]);
    }
  });

  test('any JSON in the extension slots gives rows, never a throw', () => {
    const values: unknown[] = [null, 0, 'x', [], {}, [null], { url: 42 }, { extension: [[]] }, NaN];
    for (const value of values) {
      const input = statement('h', {
        extension: [value, { url: `${SD}sfm-reseptamendment`, extension: [value] }],
        dosage: [{ extension: [value] }],
      });
      expect(() => rowsOf([input])).not.toThrow();
      expect(rowsOf([input])).toHaveLength(1);
    }
  });
});
