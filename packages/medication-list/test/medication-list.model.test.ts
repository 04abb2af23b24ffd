import type { Medication, MedicationDispense, MedicationRequest, MedicationStatement, Practitioner } from 'fhir/r4.js';
import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import {
  MEDICATION_STATUSES,
  USE_EXTENSION,
  USE_SYSTEM,
  filterMedications,
  groupMedications,
  medicationRows,
  sortMedications,
  type MedicationRow,
} from '../src/index.js';
import { ANCHOR, badTexts, generated, patientResources } from './medication-text.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const FEST = 'http://ehelse.no/fhir/CodeSystem/FEST';
const ATC = 'http://www.whocc.no/atc';

type Use = '1' | '2' | '3';

function statement(id: string, overrides: Partial<MedicationStatement> = {}): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id,
    status: 'active',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: {
      coding: [
        { system: FEST, code: `ID_${id}`, display: `${id} Tab 10 mg` },
        { system: ATC, code: 'N02BE01', display: 'Paracetamol' },
      ],
    },
    effectivePeriod: { start: '2026-01-10' },
    ...overrides,
  };
}

function use(code: Use): MedicationStatement['extension'] {
  return [{ url: USE_EXTENSION, valueCoding: { system: USE_SYSTEM, code } }];
}

function withAtc(id: string, atc: string, overrides: Partial<MedicationStatement> = {}): MedicationStatement {
  return statement(id, {
    medicationCodeableConcept: {
      coding: [
        { system: FEST, code: 'x', display: `${id} Tab` },
        { system: ATC, code: atc },
      ],
    },
    ...overrides,
  });
}

function byKey(rows: readonly MedicationRow[], key: string): MedicationRow {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no row ${key}: ${rows.map((r) => r.key).join(', ')}`);
  return row;
}

describe('names', () => {
  test('FEST NavnFormStyrke wins over text; a GUID display or a bare code never shows', () => {
    const rows = medicationRows(
      [
        statement('a', {
          medicationCodeableConcept: {
            text: 'paracetamol',
            coding: [{ system: FEST, code: 'ID_1', display: 'Paracet Tab 500 mg' }],
          },
        }),
        statement('b', {
          medicationCodeableConcept: {
            coding: [{ system: FEST, code: 'ID_2', display: '2ABAC272-0BCF-43F0-84BE-984074D92E15' }],
          },
        }),
        statement('c', { medicationCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1234' }] } }),
      ],
      { now: NOW },
    );
    expect(byKey(rows, 'MedicationStatement/a').name).toBe('Paracet Tab 500 mg');
    for (const key of ['MedicationStatement/b', 'MedicationStatement/c']) {
      expect(byKey(rows, key).name).toBe('Ukjent legemiddel');
      expect(byKey(rows, key).problems).toEqual(['Legemiddelet har ikke noe lesbart navn.']);
    }
  });

  test('a referenced Medication (included, contained or in a Map) gives name, ATC, form and strength', () => {
    const medication: Medication = {
      resourceType: 'Medication',
      id: 'm1',
      code: {
        coding: [
          { system: FEST, code: 'ID_X', display: 'Paralgin forte Tab 400 mg/30 mg' },
          { system: ATC, code: 'N02AJ06', display: 'Kodein og paracetamol' },
        ],
      },
      form: { coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7448', code: '53', display: 'Tablett' }] },
      ingredient: [
        { itemCodeableConcept: { text: 'paracetamol' }, strength: { numerator: { value: 400, unit: 'mg' } } },
        { itemCodeableConcept: { text: 'kodein' }, strength: { numerator: { value: 30, unit: 'mg' } } },
      ],
    };
    const viaReference = statement('ref', { medicationReference: { reference: 'Medication/m1' } });
    delete viaReference.medicationCodeableConcept;
    const contained = statement('contained', {
      contained: [{ ...medication, id: 'lm' }],
      medicationReference: { reference: '#lm' },
    });
    delete contained.medicationCodeableConcept;
    for (const rows of [
      medicationRows([viaReference, medication], { now: NOW }),
      medicationRows([viaReference], { now: NOW, related: [medication] }),
      medicationRows([viaReference], { now: NOW, related: new Map([['Medication/m1', medication]]) }),
      medicationRows([contained], { now: NOW }),
    ]) {
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row.name).toBe('Paralgin forte Tab 400 mg/30 mg');
      expect(row.atc).toEqual({ code: 'N02AJ06', display: 'Kodein og paracetamol', substance: true });
      expect(row.form).toBe('Tablett');
      expect(row.strength).toBe('400 mg + 30 mg');
      expect(row.problems).toEqual([]);
    }
  });

  test('an unresolved reference shows its display; without one, the catalogue phrase and a problem', () => {
    const shown = statement('shown', { medicationReference: { reference: 'Medication/nowhere', display: 'Ibux' } });
    const hidden = statement('hidden', { medicationReference: { reference: 'Medication/nowhere' } });
    delete shown.medicationCodeableConcept;
    delete hidden.medicationCodeableConcept;
    const rows = medicationRows([shown, hidden], { now: NOW, locale: 'en' });
    expect(byKey(rows, 'MedicationStatement/shown').name).toBe('Ibux');
    expect(byKey(rows, 'MedicationStatement/hidden').name).toBe('Unknown medicine');
    expect(byKey(rows, 'MedicationStatement/hidden').problems).toEqual([
      'The medicine the entry refers to is not available.',
    ]);
    // Medications not shared with the app: expected to be missing, so no problem on every row.
    const unshared = medicationRows([hidden], { now: NOW, locale: 'en', notShared: ['Medication'] });
    expect(byKey(unshared, 'MedicationStatement/hidden').problems).toEqual([]);
  });
});

describe('reconciliation', () => {
  test('an SFM renewal chain collapses to its head; older links are history, newest first', () => {
    const head = statement('ls3', { effectivePeriod: { start: '2026-01-01' } });
    const links = [
      statement('ls1', {
        status: 'completed',
        effectivePeriod: { start: '2024-01-01', end: '2025-01-01' },
        partOf: [{ reference: 'MedicationStatement/ls3' }],
      }),
      statement('ls2', {
        status: 'completed',
        effectivePeriod: { start: '2025-01-01', end: '2026-01-01' },
        partOf: [{ reference: 'MedicationStatement/ls3' }],
      }),
    ];
    const rows = medicationRows([...links, head], { now: NOW });
    expect(rows.map((row) => row.key)).toEqual(['MedicationStatement/ls3']);
    expect(rows[0]!.history.map((row) => row.key)).toEqual(['MedicationStatement/ls2', 'MedicationStatement/ls1']);
    expect(rows[0]!.history.every((row) => !row.current)).toBe(true);
  });

  test('a chain of MedicationRequests by priorPrescription collapses to the newest', () => {
    const request = (id: string, prior?: string): MedicationRequest => ({
      resourceType: 'MedicationRequest',
      id,
      status: prior ? 'active' : 'completed',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'Metformin Tab 500 mg' },
      authoredOn: id === 'r1' ? '2025-01-01' : id === 'r2' ? '2025-06-01' : '2026-01-01',
      ...(prior ? { priorPrescription: { reference: `MedicationRequest/${prior}` } } : {}),
    });
    const rows = medicationRows([request('r3', 'r2'), request('r1'), request('r2', 'r1')], { now: NOW });
    expect(rows.map((row) => row.key)).toEqual(['MedicationRequest/r3']);
    expect(rows[0]!.history.map((row) => row.key)).toEqual(['MedicationRequest/r2', 'MedicationRequest/r1']);
  });

  test('a chain that loops still shows every link once', () => {
    const a = statement('a', { partOf: [{ reference: 'MedicationStatement/b' }] });
    const b = statement('b', { partOf: [{ reference: 'MedicationStatement/a' }] });
    const rows = medicationRows([a, b], { now: NOW });
    const keys = rows.flatMap((row) => [row.key, ...row.history.map((older) => older.key)]);
    expect(keys.sort()).toEqual(['MedicationStatement/a', 'MedicationStatement/b']);
  });

  test('a PLL statement absorbs its prescription; a dispense joins it', () => {
    const practitioner: Practitioner = {
      resourceType: 'Practitioner',
      id: 'lege',
      identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.4.4', value: '9144900' }],
      name: [{ family: 'Lege', given: ['Kari'] }],
    };
    const request: MedicationRequest = {
      resourceType: 'MedicationRequest',
      id: 'r1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'Paracet Tab 500 mg' },
      requester: { reference: 'Practitioner/lege' },
    };
    const dispense: MedicationDispense = {
      resourceType: 'MedicationDispense',
      id: 'u1',
      status: 'completed',
      medicationCodeableConcept: { text: 'Paracet Tab 500 mg' },
      authorizingPrescription: [{ reference: 'MedicationRequest/r1' }],
      whenHandedOver: '2026-02-01T14:30:00+01:00',
    };
    const pll = statement('s1', { basedOn: [{ reference: 'MedicationRequest/r1' }] });
    const rows = medicationRows([dispense, request, pll, practitioner], { now: NOW });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toBe('MedicationStatement/s1');
    expect(rows[0]!.resources).toEqual([pll, request, dispense]);
    expect(rows[0]!.prescriber).toEqual({ name: 'Kari Lege', hpr: '9144900' });
    expect(rows[0]!.dispensed?.text).toBe('1. februar 2026 kl. 14:30');
  });

  test('the same substance from the hospital and the GP: both marked, never merged', () => {
    const resources = patientResources(generated(1), PATIENT_IDS.kjell);
    const rows = medicationRows(resources, { now: ANCHOR });
    const metformin = rows.filter((row) => row.current && row.atc?.code === 'A10BA02');
    expect(metformin).toHaveLength(2);
    const [first, second] = metformin as [MedicationRow, MedicationRow];
    expect(first.possibleDuplicates).toEqual([second.key]);
    expect(second.possibleDuplicates).toEqual([first.key]);
    expect(new Set(metformin.map((row) => row.source.label)).size).toBe(2);
    expect(new Set(metformin.map((row) => row.source.careLevel))).toEqual(new Set(['specialist', 'gp']));
    // Nothing else of Kjell's is a duplicate.
    expect(rows.filter((row) => row.possibleDuplicates.length > 0)).toHaveLength(2);
  });

  test('a past row or an ATC above level 5 is never a duplicate', () => {
    const rows = medicationRows(
      [
        withAtc('a', 'N02BE01'),
        withAtc('b', 'N02BE01', { status: 'completed', effectivePeriod: { start: '2020', end: '2021' } }),
        withAtc('c', 'A12AX'),
        withAtc('d', 'A12AX'),
      ],
      { now: NOW },
    );
    expect(rows.every((row) => row.possibleDuplicates.length === 0)).toBe(true);
  });
});

describe('status', () => {
  const statuses = ['active', 'on-hold', 'intended', 'completed', 'stopped', 'not-taken', 'unknown'] as const;

  test.each(statuses)('MedicationStatement %s', (status) => {
    const rows = medicationRows([statement('s', { status })], { now: NOW });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe(status);
    expect(rows[0]!.current).toBe(status === 'active' || status === 'on-hold' || status === 'intended');
    expect(rows[0]!.attention).toBe(status === 'on-hold');
    expect(rows[0]!.statusText).not.toBe('');
  });

  test('entered-in-error is hidden unless asked for, in rows and in history', () => {
    const wrong = statement('wrong', { status: 'entered-in-error' });
    const head = statement('head');
    const link = statement('link', { status: 'entered-in-error', partOf: [{ reference: 'MedicationStatement/head' }] });
    expect(medicationRows([wrong, head, link], { now: NOW }).map((row) => [row.key, row.history.length])).toEqual([
      ['MedicationStatement/head', 0],
    ]);
    const all = medicationRows([wrong, head, link], { now: NOW, includeEnteredInError: true });
    expect(all.map((row) => row.key).sort()).toEqual(['MedicationStatement/head', 'MedicationStatement/wrong']);
    expect(byKey(all, 'MedicationStatement/wrong').statusText).toBe('Feilregistrert');
    expect(byKey(all, 'MedicationStatement/head').history).toHaveLength(1);
  });

  test('an active entry past its end date is not current; one ending later this year is', () => {
    const rows = medicationRows(
      [
        statement('ended', { effectivePeriod: { start: '2025-01-01', end: '2026-03-01' } }),
        statement('this-year', { effectivePeriod: { start: '2025', end: '2026' } }),
      ],
      { now: NOW },
    );
    expect(byKey(rows, 'MedicationStatement/ended').current).toBe(false);
    expect(byKey(rows, 'MedicationStatement/this-year').current).toBe(true);
  });

  test('request and dispense statuses map onto the same words', () => {
    const request = (id: string, status: MedicationRequest['status']): MedicationRequest => ({
      resourceType: 'MedicationRequest',
      id,
      status,
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'X' },
    });
    const dispense = (id: string, status: MedicationDispense['status']): MedicationDispense => ({
      resourceType: 'MedicationDispense',
      id,
      status,
      medicationCodeableConcept: { text: 'X' },
    });
    const rows = medicationRows(
      [
        request('draft', 'draft'),
        request('cancelled', 'cancelled'),
        dispense('preparation', 'preparation'),
        dispense('declined', 'declined'),
      ],
      { now: NOW, locale: 'en' },
    );
    expect(rows.map((row) => [row.key.split('/')[1], row.status, row.statusText]).sort()).toEqual([
      ['cancelled', 'cancelled', 'Cancelled'],
      ['declined', 'cancelled', 'Cancelled'],
      ['draft', 'draft', 'Draft'],
      ['preparation', 'intended', 'Planned start'],
    ]);
  });

  test('every status has a word in every locale', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const rows = MEDICATION_STATUSES.map((status) =>
        medicationRows([statement('s', { status: status as MedicationStatement['status'] })], {
          now: NOW,
          locale,
          includeEnteredInError: true,
        }),
      );
      for (const [row] of rows) expect(row?.statusText).toMatch(/\S/);
    }
  });
});

describe('dates', () => {
  test('a year stays a year, a month a month', () => {
    const [row] = medicationRows([statement('s', { effectivePeriod: { start: '2019', end: '2027-03' } })], {
      now: NOW,
    });
    expect(row?.start).toEqual({ value: '2019', precision: 'year', text: '2019' });
    expect(row?.end).toEqual({ value: '2027-03', precision: 'month', text: 'mars 2027' });
    expect(row?.periodText).toBe('2019 – mars 2027');
  });

  test('an unreadable date is a problem and reads "ukjent dato", the value as written kept; nothing is reckoned from it', () => {
    const [row] = medicationRows([statement('s', { effectivePeriod: { start: '31.12.2019', end: '2019-13-40' } })], {
      now: NOW,
    });
    expect(row?.start).toEqual({ value: '31.12.2019', precision: 'day', text: 'ukjent dato', unreadable: true });
    expect(row?.end?.text).toBe('ukjent dato');
    expect(row?.periodText).toBe('');
    expect(row?.current).toBe(true);
    expect(row?.problems).toEqual(['Startdatoen kan ikke leses.', 'Sluttdatoen kan ikke leses.']);
    const [nn] = medicationRows([statement('s', { effectivePeriod: { start: '31.12.2019' } })], {
      now: NOW,
      locale: 'nn',
    });
    expect(nn?.start?.text).toBe('ukjend dato');
    const [wrongType] = medicationRows(
      [statement('s', { effectivePeriod: { start: 20191231 as unknown as string } })],
      { now: NOW },
    );
    expect(wrongType?.start).toBeUndefined();
  });

  test('last changed: the SFM extension, else meta.lastUpdated', () => {
    const rows = medicationRows(
      [
        statement('ext', {
          extension: [{ url: 'http://ehelse.no/fhir/StructureDefinition/sfm-lastchanged', valueDateTime: '2026-05' }],
          meta: { lastUpdated: '2026-06-01T10:00:00Z' },
        }),
        statement('meta', { meta: { lastUpdated: '2026-06-01T10:00:00Z' } }),
      ],
      { now: NOW },
    );
    expect(byKey(rows, 'MedicationStatement/ext').lastChanged?.text).toBe('mai 2026');
    expect(byKey(rows, 'MedicationStatement/meta').lastChanged?.text).toBe('1. juni 2026 kl. 12:00');
  });
});

describe('use, indication and flags', () => {
  test('bruk from the sfm-use extension; ved behov from the dosage when there is none', () => {
    const rows = medicationRows(
      [
        statement('fast', { extension: use('1') }),
        statement('kur', { extension: use('2') }),
        statement('behov', { extension: use('3') }),
        statement('asneeded', { dosage: [{ text: '1 ved behov', asNeededBoolean: true }] }),
        statement('none'),
      ],
      { now: NOW },
    );
    expect(rows.map((row) => [row.key.split('/')[1], row.use, row.useText])).toEqual([
      ['fast', 'fast', 'Fast'],
      ['kur', 'kur', 'Kur'],
      ['asneeded', 'ved-behov', 'Ved behov'],
      ['behov', 'ved-behov', 'Ved behov'],
      ['none', undefined, ''],
    ]);
  });

  test('bruksområde from the SFM extension, else reasonCode', () => {
    const rows = medicationRows(
      [
        statement('area', {
          extension: [
            { url: 'http://ehelse.no/fhir/StructureDefinition/sfm-application-area', valueString: 'Mot smerter' },
          ],
          reasonCode: [{ text: 'Artrose' }],
        }),
        statement('reason', {
          reasonCode: [{ coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.7170', code: 'T90' }] }],
        }),
      ],
      { now: NOW },
    );
    expect(byKey(rows, 'MedicationStatement/area').indication).toBe('Mot smerter');
    expect(byKey(rows, 'MedicationStatement/reason').indication).toBe('T90 (ICPC-2)');
  });

  test('flags come only from what the data carries', () => {
    const rows = medicationRows(
      [
        statement('flags', {
          identifier: [{ type: { text: 'PLL' }, value: 'abc' }],
          informationSource: { reference: 'Patient/p1' },
          extension: [
            {
              url: 'http://ehelse.no/fhir/StructureDefinition/sfm-guardiantransparencyreservation',
              valueBoolean: true,
            },
            { url: 'http://ehelse.no/fhir/StructureDefinition/sfm-multidose', valueBoolean: true },
          ],
        }),
        statement('plain'),
      ],
      { now: NOW },
    );
    expect(byKey(rows, 'MedicationStatement/flags').flags).toEqual({
      selfReported: true,
      multidose: true,
      pll: true,
      guardianReservation: true,
    });
    expect(byKey(rows, 'MedicationStatement/plain').flags).toEqual({
      selfReported: false,
      multidose: false,
      pll: false,
      guardianReservation: false,
    });
  });

  test('several dosage lines stay in sequence order, text first', () => {
    const [row] = medicationRows(
      [
        statement('s', {
          dosage: [
            { sequence: 2, text: 'deretter 1 tablett daglig' },
            { sequence: 1, text: '2 tabletter daglig i 3 dager', route: { text: 'Oral bruk' } },
          ],
        }),
      ],
      { now: NOW },
    );
    expect(row?.dosageLines).toEqual(['2 tabletter daglig i 3 dager', 'deretter 1 tablett daglig']);
    expect(row?.route).toBe('Oral bruk');
  });

  test('many dosage lines sharing a sequence, or with none, keep their order and every text', () => {
    // As real records have them: every line sequence 1, or no sequence at all, and a few in between.
    const dosage = Array.from({ length: 1_000 }, (_, i) => ({
      ...(i % 4 === 0 ? {} : i % 4 === 3 ? { sequence: 2 } : { sequence: 1 }),
      text: `${i} tablett`,
    }));
    const [row] = medicationRows([statement('s', { dosage })], { now: NOW });
    const texts = (keep: (i: number) => boolean): string[] => dosage.flatMap((line, i) => (keep(i) ? [line.text] : []));
    expect(row?.dosageLines).toEqual([
      ...texts((i) => i % 4 === 1 || i % 4 === 2),
      ...texts((i) => i % 4 === 3),
      ...texts((i) => i % 4 === 0),
    ]);
  });
});

describe('groups', () => {
  test('every row of every generated patient is in exactly one group, Fast, Kur, Ved behov, other', () => {
    const all = generated(1);
    for (const id of Object.values(PATIENT_IDS).filter((patient) => patient !== PATIENT_IDS.large)) {
      const rows = medicationRows(patientResources(all, id), { now: ANCHOR });
      const groups = groupMedications(rows);
      const grouped = [...groups.current.flatMap((group) => group.rows), ...groups.past.rows];
      expect(grouped).toHaveLength(rows.length);
      expect(new Set(grouped)).toEqual(new Set(rows));
      expect(groups.past.rows.every((row) => !row.current)).toBe(true);
      const order = groups.current.map((group) => group.id);
      expect(order).toEqual(['fast', 'kur', 'ved-behov', 'other'].filter((group) => order.includes(group as never)));
      for (const group of groups.current)
        expect(group.rows.every((row) => (row.use ?? 'other') === group.id)).toBe(true);
    }
  });

  test('on-hold rows are flagged for attention; labels follow the locale', () => {
    const rows = medicationRows(
      [
        statement('kur', { extension: use('2') }),
        statement('paused', { extension: use('1'), status: 'on-hold' }),
        statement('other'),
        statement('old', { status: 'stopped' }),
      ],
      { now: NOW },
    );
    const groups = groupMedications(rows, { locale: 'en' });
    expect(groups.current.map((group) => [group.id, group.label, group.rows.map((row) => row.key)])).toEqual([
      ['fast', 'Regular', ['MedicationStatement/paused']],
      ['kur', 'Course', ['MedicationStatement/kur']],
      ['other', 'Other', ['MedicationStatement/other']],
    ]);
    expect(groups.past.rows.map((row) => row.key)).toEqual(['MedicationStatement/old']);
    expect(groups.attention).toEqual(['MedicationStatement/paused']);
  });
});

describe('sorting and filtering', () => {
  const rows = medicationRows(
    [
      statement('b1', {
        medicationCodeableConcept: { text: 'Ibux Tab 400 mg' },
        effectivePeriod: { start: '2026-02-01' },
      }),
      statement('b2', {
        medicationCodeableConcept: { text: 'ibux tab 400 mg' },
        effectivePeriod: { start: '2026-03-01' },
      }),
      statement('a', {
        medicationCodeableConcept: { text: 'Ålesund-mikstur' },
        effectivePeriod: { start: '2025-01-01' },
        reasonCode: [{ text: 'Hoste' }],
      }),
      statement('c', { medicationCodeableConcept: { text: 'Zopiklon' }, status: 'stopped' }),
      statement('d', { medicationCodeableConcept: { text: 'Paracet' }, effectivePeriod: undefined }),
    ],
    { now: NOW },
  );

  test('by name: equal names keep the default order (newest start first)', () => {
    const sorted = sortMedications(rows, 'name');
    expect(sorted.map((row) => row.key.split('/')[1])).toEqual(['b2', 'b1', 'd', 'c', 'a']);
    // Sorting twice or from another order gives the same.
    expect(sortMedications([...rows].reverse(), 'name')).toEqual(sorted);
  });

  test('by start: rows without a start come last in both directions', () => {
    expect(sortMedications(rows, 'start').map((row) => row.key.split('/')[1])).toEqual(['a', 'c', 'b1', 'b2', 'd']);
    expect(sortMedications(rows, 'start', { direction: 'descending' }).map((row) => row.key.split('/')[1])).toEqual([
      'b2',
      'b1',
      'c',
      'a',
      'd',
    ]);
  });

  test('by status: active before stopped', () => {
    expect(sortMedications(rows, 'status').at(-1)?.key).toBe('MedicationStatement/c');
  });

  test('free text ignores case and diacritics, and searches ATC and indication', () => {
    const keys = (found: MedicationRow[]): string[] => found.map((row) => row.key.split('/')[1] ?? '').sort();
    expect(keys(filterMedications(rows, { text: 'IBÚX' }))).toEqual(['b1', 'b2']);
    expect(keys(filterMedications(rows, { text: 'alesund' }))).toEqual(['a']);
    expect(keys(filterMedications(rows, { text: 'hoste' }))).toEqual(['a']);
    const coded = medicationRows([statement('atc'), ...rows.flatMap((row) => row.resources)], { now: NOW });
    expect(keys(filterMedications(coded, { text: 'n02be01' }))).toEqual(['atc']);
    expect(keys(filterMedications(coded, { text: 'paracetamol' }))).toEqual(['atc']);
    expect(keys(filterMedications(rows, { statuses: ['stopped'] }))).toEqual(['c']);
    expect(keys(filterMedications(rows, { text: '' }))).toEqual(['a', 'b1', 'b2', 'c', 'd']);
  });

  test('by source organisation', () => {
    const resources = patientResources(generated(1), PATIENT_IDS.kjell);
    const all = medicationRows(resources, { now: ANCHOR });
    const gp = filterMedications(all, { sources: ['Fjordvik sentrum legekontor'] });
    expect(gp.length).toBeGreaterThan(0);
    expect(gp.length).toBeLessThan(all.length);
    expect(gp.every((row) => row.source.careLevel === 'gp')).toBe(true);
  });
});

describe('hostile input', () => {
  test('wrong types, nulls and scripts give rows with problems, shown as text', () => {
    const script = '<script>alert(1)</script>';
    const input: unknown[] = [
      null,
      42,
      'MedicationStatement',
      [],
      { resourceType: 'MedicationStatement' },
      {
        resourceType: 'MedicationStatement',
        id: { evil: true },
        status: 5,
        medicationCodeableConcept: 'Paracet',
        dosage: 'twice daily',
        effectivePeriod: { start: 20190101, end: 'yesterday' },
        extension: [null, 'x'],
        informationSource: [],
      },
      { resourceType: 'MedicationRequest', id: 'x', status: 'active', medicationCodeableConcept: { text: script } },
    ];
    const rows = medicationRows(input, { now: NOW });
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row.name).not.toBe('');
      expect(badTexts(row)).toEqual([]);
    }
    expect(rows.filter((row) => row.problems.length > 0)).toHaveLength(6);
    expect(byKey(rows, 'MedicationRequest/x').name).toBe(script);
    const evil = rows.find((row) => row.resources[0] === input[5]);
    expect(evil?.problems).toEqual(
      expect.arrayContaining([
        'Oppføringen mangler gyldig status.',
        'Startdatoen kan ikke leses.',
        'Feltet «medicationCodeableConcept» har feil form og er utelatt.',
      ]),
    );
  });

  test('keys stay unique when ids repeat', () => {
    const rows = medicationRows([statement('same'), statement('same')], { now: NOW });
    expect(rows.map((row) => row.key).sort()).toEqual(['MedicationStatement/same', 'MedicationStatement/same~2']);
  });
});
