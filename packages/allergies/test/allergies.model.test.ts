import type { AllergyIntolerance } from 'fhir/r4.js';
import { describe, expect, test } from 'vitest';
import { createStaticSource, documentComposition, mergeSources, type SearchOutcome } from '@samspill/core/data.js';
import { allergiesModel, allergyCheck, allergyMessages, loadAllergies, type AllergyRow } from '../src/index.js';
import {
  allergy,
  birch,
  clinical,
  contradictedPatient,
  EXAMPLE_PATIENT,
  enteredInError,
  lactose,
  malformedPatient,
  noKnownAllergy,
  noKnownPatient,
  peanut,
  penicillin,
  refuted,
  TYPICAL_ORDER,
  typicalPatient,
  verification,
} from './allergies-examples.js';

const SNOMED = 'http://snomed.info/sct';
const IPS = 'http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips';
const substances = (rows: readonly AllergyRow[]) => rows.map((row) => row.substance);
const coded = (id: string, system: string, code: string, fields: Partial<Omit<AllergyIntolerance, 'id'>> = {}) =>
  allergy({ id, code: { coding: [{ system, code }] }, ...fields });
const search = (status: SearchOutcome['status'], count: number, failures: SearchOutcome['failures'] = []) =>
  ({ resourceType: 'AllergyIntolerance', via: 'search', status, count, failures }) as const;

describe('allergiesModel: rows', () => {
  const model = allergiesModel(typicalPatient());

  test('current rows: kritisk first, then medication allergies, then the most recently recorded', () => {
    expect(substances(model.current)).toEqual(TYPICAL_ORDER);
    expect(model.current.filter((row) => row.critical).map((row) => row.substance)).toEqual([
      'Penicilliner',
      'Peanøtter',
    ]);
  });

  test('an older kritisk allergy comes before a newer one, whatever its category; undated after dated', () => {
    const rows = allergiesModel([
      allergy({ id: 'a', code: { text: 'Ny mat' }, category: ['food'], recordedDate: '2025-01-01' }),
      allergy({ id: 'b', code: { text: 'Udatert legemiddel' }, category: ['medication'] }),
      allergy({
        id: 'c',
        code: { text: 'Gammel kritisk' },
        category: ['food'],
        criticality: 'high',
        recordedDate: '1990',
      }),
      allergy({ id: 'd', code: { text: 'Legemiddel' }, category: ['medication'], recordedDate: '2001-02' }),
      allergy({ id: 'e', code: { text: 'Eldre mat' }, category: ['food'], recordedDate: '2024-12-31' }),
    ]).current;
    expect(substances(rows)).toEqual(['Gammel kritisk', 'Legemiddel', 'Udatert legemiddel', 'Ny mat', 'Eldre mat']);
  });

  test('each row says its substance, category, type, criticality and statuses in words', () => {
    const [first, , contrast, , intolerance] = model.current;
    expect(first).toMatchObject({
      substance: 'Penicilliner',
      substanceKnown: true,
      categories: ['medication'],
      categoryText: 'Legemiddel',
      type: 'allergy',
      typeText: 'Allergi',
      criticality: 'high',
      criticalityText: 'Kritisk',
      critical: true,
      verification: 'confirmed',
      verificationText: 'Bekreftet',
      unconfirmed: false,
      clinicalStatus: 'active',
      current: true,
    });
    expect(contrast).toMatchObject({
      unconfirmed: true,
      verificationText: 'Ikke bekreftet',
      criticalityText: 'Lav kritikalitet',
    });
    expect(intolerance).toMatchObject({ typeText: 'Intoleranse', criticalityText: 'Kritikalitet kan ikke vurderes' });
  });

  test('the codes are listed by system name, ATC and SNOMED CT; a FEST catalogue key never', () => {
    expect(model.current[0]?.codes).toEqual([
      { system: 'ATC', code: 'J01C', display: 'Betalaktamantibakterielle midler, penicilliner' },
      { system: 'SNOMED CT', code: '764146007', display: 'Penicillin (substance)' },
    ]);
    const fest = allergiesModel([
      allergy({
        id: 'fest',
        code: {
          coding: [{ system: 'http://ehelse.no/fhir/CodeSystem/FEST', code: 'ID_1F2E', display: 'Paracet Tab 500 mg' }],
        },
      }),
    ]).current[0];
    expect(fest?.substance).toBe('Paracet Tab 500 mg');
    expect(fest?.codes).toEqual([]);
  });

  test('reactions: manifestations with severity, onset at its precision, route and description', () => {
    const [reaction] = model.current[0]?.reactions ?? [];
    expect(reaction).toMatchObject({
      manifestations: ['Anafylaktisk reaksjon'],
      severity: 'severe',
      severityText: 'Alvorlig',
      summary: 'Anafylaktisk reaksjon (alvorlig)',
      exposureRoute: 'Intravenøst',
      description: 'Blodtrykksfall og tung pust etter første dose.',
    });
    expect(reaction?.onset?.text).toBe('12. mars 2019');
    const bare = allergiesModel([allergy({ id: 'x', code: { text: 'X' }, reaction: [{ manifestation: [] }] })]);
    expect(bare.current[0]?.reactions[0]?.summary).toBe('Reaksjon uten beskrivelse');
  });

  test('dates keep their precision, in Europe/Oslo across a change of clocks', () => {
    expect(model.current[0]?.onset?.text).toBe('mars 2019');
    expect(model.current[0]?.recorded?.text).toBe('14. mars 2019');
    expect(model.current.find((row) => row.substance === 'Laktose')?.onset?.text).toBe('2015');
    // 23:30 UTC on the night summer time began is half past one in Oslo the next day.
    const night = allergiesModel([allergy({ id: 'n', code: { text: 'N' }, recordedDate: '2024-03-31T23:30:00Z' })]);
    expect(night.current[0]?.recorded?.text).toBe('1. april 2024 kl. 01:30');
    const age = allergiesModel([
      allergy({
        id: 'a',
        code: { text: 'A' },
        onsetAge: { value: 5, unit: 'år', system: 'http://unitsofmeasure.org', code: 'a' },
      }),
    ]);
    expect(age.current[0]?.onsetText).toMatch(/^alder 5/);
    expect(
      allergiesModel([allergy({ id: 's', code: { text: 'S' }, onsetString: 'I barndommen' })]).current[0]?.onsetText,
    ).toBe('I barndommen');
  });

  test('who recorded it by name through the PractitionerRole, and where: the role’s organisation', () => {
    expect(model.current[0]).toMatchObject({ recorder: 'Kari Hansen', source: 'Fjordvik legekontor' });
    // A display-only recorder is its display; a source nothing names is "Ukjent kilde", never a host.
    expect(model.current[1]).toMatchObject({ recorder: 'Lege Per Olsen', source: 'Ukjent kilde' });
    // The patient as asserter is "Pasienten", not "Pasient (ikke hentet)".
    expect(model.current[2]?.asserter).toBe('Pasienten');
  });

  test('a merged source names the organisation; two organisations’ same id are two allergies', async () => {
    const source = mergeSources([
      { source: createStaticSource([penicillin]), label: 'St. Olavs hospital' },
      { source: createStaticSource([penicillin]), label: 'Trondheim kommune' },
    ]);
    const loaded = await loadAllergies(source, EXAMPLE_PATIENT);
    const merged = allergiesModel(loaded.resources, { related: loaded.related, outcomes: loaded.outcomes });
    // Neither organisation's record hides the other's, and each is named by its organisation.
    expect(merged.current.map((row) => row.source).sort()).toEqual(['St. Olavs hospital', 'Trondheim kommune']);
  });

  test('a record from a document Bundle is from the document’s custodian (the PLL from SFM)', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        {
          resource: {
            resourceType: 'Composition',
            status: 'final',
            custodian: { display: 'Sentral forskrivningsmodul (SFM)' },
          },
        },
        { resource: allergy({ id: 'sfm', code: { text: 'Sulfonamider' }, meta: { source: 'urn:uuid:1234' } }) },
      ],
    };
    expect(documentComposition(bundle)).toBeDefined();
    expect(allergiesModel(bundle).current[0]?.source).toBe('Sentral forskrivningsmodul (SFM)');
  });

  test('what the resources refer to may come separately, as `related`', () => {
    const alone = allergiesModel([penicillin]);
    expect(alone.current[0]?.recorder).toBe('Helsepersonell (ikke hentet)');
    const related = typicalPatient().filter((resource) => resource.resourceType !== 'AllergyIntolerance');
    expect(allergiesModel([penicillin], { related }).current[0]?.recorder).toBe('Kari Hansen');
  });

  test('inactive and resolved ones are shown apart, with their status in words', () => {
    expect(model.past.map((row) => [row.substance, row.clinicalStatusText])).toEqual([
      ['Plaster (klebemiddel)', 'Gått over'],
    ]);
    const inactive = allergiesModel([allergy({ id: 'i', code: { text: 'I' }, clinicalStatus: clinical('inactive') })]);
    expect(inactive.current).toEqual([]);
    expect(inactive.past[0]?.clinicalStatusText).toBe('Inaktiv');
  });

  test('refuted and entered-in-error records are left out and counted', () => {
    expect(model.excluded).toEqual({ refuted: 1, enteredInError: 1 });
    const all = [...model.current, ...model.past].map((row) => row.key);
    expect(all).not.toContain('AllergyIntolerance/amoksicillin-avkreftet');
    expect(all).not.toContain('AllergyIntolerance/ibuprofen-feil');
    // Kept on request (as every Samspill model allows), but apart from the current ones.
    const kept = allergiesModel([refuted, enteredInError], { includeEnteredInError: true });
    expect(kept.excluded).toEqual({ refuted: 1, enteredInError: 0 });
    expect(kept.past.map((row) => row.verificationText)).toEqual(['Registrert ved en feil']);
  });

  test('the same record twice (a search page and an include) is one row', () => {
    expect(
      allergiesModel([penicillin, { resourceType: 'Bundle', entry: [{ resource: penicillin }] }]).current,
    ).toHaveLength(1);
  });
});

describe('allergiesModel: verification in words', () => {
  test.each([
    ['unconfirmed', 'Ikke bekreftet'],
    ['presumed', 'Ikke bekreftet (antatt)'],
    ['provisional', 'Ikke bekreftet (foreløpig)'],
    ['differential', 'Ikke bekreftet (en av flere mulige)'],
  ])('%s is shown, and marked "Ikke bekreftet" in words', (code, words) => {
    const [row] = allergiesModel([
      allergy({ id: code, code: { text: 'Kodein' }, verificationStatus: verification(code) }),
    ]).current;
    expect(row).toMatchObject({ unconfirmed: true, verificationText: words, problems: [] });
  });

  test('a bare STU3 code reads the same; confirmed is not marked', () => {
    const bare = allergy({ id: 'stu3', code: { text: 'Kodein' }, verificationStatus: 'unconfirmed' as never });
    const confirmed = allergy({ id: 'ok', code: { text: 'Kodein' } });
    expect(
      allergiesModel([bare, confirmed])
        .current.map((row) => row.unconfirmed)
        .sort(),
    ).toEqual([false, true]);
  });
});

describe('allergiesModel: what the data says instead of an allergy', () => {
  const kinds: [string, string, string][] = [
    [SNOMED, '716186003', 'Ingen kjente allergier registrert'],
    [SNOMED, '409137002', 'Ingen kjente legemiddelallergier registrert'],
    [SNOMED, '429625007', 'Ingen kjente matallergier registrert'],
    [SNOMED, '428607008', 'Ingen kjente miljøallergier registrert'],
    [SNOMED, '716184000', 'Ingen kjent lateksallergi registrert'],
    ['urn:oid:2.16.840.1.113883.6.96', '716186003', 'Ingen kjente allergier registrert'],
    [IPS, 'no-known-allergies', 'Ingen kjente allergier registrert'],
    [IPS, 'no-known-medication-allergies', 'Ingen kjente legemiddelallergier registrert'],
    [IPS, 'no-known-food-allergies', 'Ingen kjente matallergier registrert'],
    [IPS, 'no-known-environmental-allergies', 'Ingen kjente miljøallergier registrert'],
    [IPS, 'no-allergy-info', 'Ingen opplysninger om allergier'],
  ];
  for (const [system, code, text] of kinds) {
    test(`${system}|${code} is the statement "${text}", not an allergy`, () => {
      const model = allergiesModel([coded('s', system, code)]);
      expect(model.current).toEqual([]);
      expect(model.statements.map((statement) => statement.text)).toEqual([text]);
    });
  }

  test('with who recorded it, when and where', () => {
    const [statement] = allergiesModel(noKnownPatient()).statements;
    expect(statement).toMatchObject({
      kind: 'no-known-allergy',
      recorder: 'Kari Hansen',
      source: 'Fjordvik legekontor',
      current: true,
      contradicted: false,
    });
    expect(statement?.recorded?.text).toBe('1. februar 2024');
  });

  test('words alone never make a statement: "NKA" as text is shown as what it says, as a row', () => {
    const model = allergiesModel([allergy({ id: 't', code: { text: 'No Known Allergies' } })]);
    expect(model.statements).toEqual([]);
    expect(substances(model.current)).toEqual(['No Known Allergies']);
  });

  test('a statement that disagrees with a current allergy of its kind is marked; one of another kind is not', () => {
    expect(allergiesModel(contradictedPatient()).statements[0]?.contradicted).toBe(true);
    const food = allergiesModel([coded('nkda', SNOMED, '409137002'), peanut]);
    expect(food.statements[0]?.contradicted).toBe(false);
    const all = allergiesModel([noKnownAllergy, birch]);
    expect(all.statements[0]?.contradicted).toBe(true);
  });

  test('an unconfirmed statement is marked; an inactive one is no longer current; refuted or in error, none at all', () => {
    const model = allergiesModel([
      coded('u', SNOMED, '716186003', { verificationStatus: verification('unconfirmed'), recordedDate: '2020' }),
      coded('i', SNOMED, '409137002', { clinicalStatus: clinical('inactive'), recordedDate: '2022' }),
      coded('r', SNOMED, '716186003', { verificationStatus: verification('refuted') }),
      coded('e', SNOMED, '716186003', { verificationStatus: verification('entered-in-error') }),
    ]);
    expect(model.statements.map((statement) => [statement.kind, statement.unconfirmed, statement.current])).toEqual([
      ['no-known-allergy', true, true],
      ['no-known-medication-allergy', false, false],
    ]);
    expect(model.excluded).toEqual({ refuted: 1, enteredInError: 1 });
    // Never kept when entered in error, whatever the options say.
    const kept = allergiesModel(
      [coded('e', SNOMED, '716186003', { verificationStatus: verification('entered-in-error') })],
      {
        includeEnteredInError: true,
      },
    );
    expect(kept.statements).toEqual([]);
  });
});

describe('allergyCheck: whether the allergies could be checked', () => {
  test('data given directly, or a search that came back (cut short or not): checked', () => {
    expect(allergyCheck().status).toBe('checked');
    expect(allergyCheck([search('loaded', 0)]).status).toBe('checked');
    expect(allergyCheck([search('truncated', 100)]).status).toBe('checked');
  });

  test('not granted to the app', () => {
    expect(allergyCheck([search('not-granted', 0)])).toEqual({ status: 'not-granted', failures: [] });
  });

  test('failed, with nothing; partly failed, with something (one organisation of several)', () => {
    const failure = { kind: 'unavailable', message: '503', resourceType: 'AllergyIntolerance' } as const;
    expect(allergyCheck([search('failed', 0, [failure])])).toEqual({ status: 'failed', failures: [failure] });
    expect(allergyCheck([search('failed', 2, [failure])]).status).toBe('partly-failed');
  });

  test('the other types’ outcomes and loads given up on do not count', () => {
    const refused = { kind: 'forbidden', message: '403', resourceType: 'Practitioner' } as const;
    expect(
      allergyCheck([
        search('loaded', 1),
        { resourceType: 'Practitioner', via: 'reference', status: 'failed', count: 0, failures: [refused] },
      ]).status,
    ).toBe('checked');
    expect(allergyCheck([search('failed', 0, [{ kind: 'aborted', message: 'gone' }])]).status).toBe('checked');
  });

  test('the model carries it', () => {
    expect(allergiesModel([], { outcomes: [search('not-granted', 0)] }).check.status).toBe('not-granted');
  });
});

describe('allergiesModel: bad input', () => {
  test('nothing at all: an empty, checked model', () => {
    for (const input of [undefined, null, [], {}, 'x', 42]) {
      const model = allergiesModel(input);
      expect(model.current).toEqual([]);
      expect(model.check.status).toBe('checked');
    }
  });

  test('an allergy without a code is "Ukjent stoff", with what its narrative still says', () => {
    const [row] = allergiesModel(malformedPatient()).current;
    expect(row).toMatchObject({ substance: 'Ukjent stoff', substanceKnown: false, critical: true });
    expect(row?.writtenText).toBe('Allergi: sulfa & trimetoprim');
    expect(row?.problems).toContain(allergyMessages.nb.missingSubstance);
    expect(row?.recorded).toEqual({ value: '2024-13-45', text: '', unreadable: true });
    expect(row?.problems).toContain(allergyMessages.nb.unreadableDate('recordedDate'));
  });

  test('a reaction’s substance names an allergy without a code', () => {
    const row = allergiesModel([
      allergy({ id: 'r', reaction: [{ substance: { text: 'Cefalexin' }, manifestation: [{ text: 'Utslett' }] }] }),
    ]).current[0];
    expect(row).toMatchObject({ substance: 'Cefalexin', substanceKnown: true, problems: [] });
  });

  test('wrong types and unknown codes are problems in words, and the allergy still shows (as current)', () => {
    const model = allergiesModel(malformedPatient());
    const broken = model.current.find((row) => row.key === 'AllergyIntolerance/feil-typer');
    expect(broken?.substance).toBe('Ukjent stoff');
    expect(broken?.current).toBe(true);
    expect(broken?.problems).toEqual(
      expect.arrayContaining([
        allergyMessages.nb.unknownCode('clinicalStatus', 'forever'),
        allergyMessages.nb.unknownCode('verificationStatus', 'maybe'),
        allergyMessages.nb.unknownCode('reaction.severity', 'extreme'),
        allergyMessages.nb.unreadableField('criticality'),
        allergyMessages.nb.unreadableField('recorder'),
        allergyMessages.nb.unreadableDate('recordedDate'),
      ]),
    );
    expect(model.current.find((row) => row.key === 'AllergyIntolerance/ukjent-kode')).toMatchObject({
      substance: 'X-77',
      problems: [allergyMessages.nb.unknownCode('criticality', 'medium')],
    });
    expect(model.problems).toEqual([allergyMessages.nb.notAResource]);
  });

  test('a status as a bare code (STU3) is read; its text never is (Oracle Health: confirmed, "Active")', () => {
    const row = allergiesModel([
      allergy({
        id: 'o',
        code: { text: 'Egg' },
        clinicalStatus: 'active' as never,
        verificationStatus: {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'unconfirmed' },
          ],
          text: 'Active',
        },
      }),
    ]).current[0];
    expect(row).toMatchObject({ clinicalStatus: 'active', verification: 'unconfirmed', problems: [] });
  });

  test('without a clinical status it is current, and the missing status is said', () => {
    const without: Partial<AllergyIntolerance> = { ...lactose };
    delete without.clinicalStatus;
    const row = allergiesModel([without]).current[0];
    expect(row?.current).toBe(true);
    expect(row?.problems).toEqual([allergyMessages.nb.missingClinicalStatus]);
  });

  test('a code that only says why it is empty (data-absent-reason) names nothing', () => {
    const row = allergiesModel([
      allergy({
        id: 'dar',
        code: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }],
          text: 'Ukjent',
        },
      }),
    ]).current[0];
    expect(row).toMatchObject({ substance: 'Ukjent stoff', writtenText: 'Ukjent' });
  });
});

describe('allergiesModel in nynorsk and English', () => {
  test('the words of the statuses, the statements and "unknown substance"', () => {
    const input = [...typicalPatient(), noKnownAllergy, allergy({ id: 'x' })];
    const nn = allergiesModel(input, { locale: 'nn' });
    expect(nn.current[0]).toMatchObject({ criticalityText: 'Kritisk', categoryText: 'Legemiddel' });
    expect(nn.current.find((row) => row.unconfirmed)?.verificationText).toBe('Ikkje stadfesta');
    expect(nn.statements[0]?.text).toBe('Ingen kjende allergiar registrerte');
    expect(nn.current.find((row) => !row.substanceKnown)?.substance).toBe('Ukjent stoff');
    expect(nn.past[0]?.clinicalStatusText).toBe('Gått over');
    const en = allergiesModel(input, { locale: 'en' });
    expect(en.current[0]).toMatchObject({
      criticalityText: 'Critical',
      categoryText: 'Medication',
      typeText: 'Allergy',
    });
    expect(en.current[0]?.recorded?.text).toBe('14 March 2019');
    expect(en.current[0]?.reactions[0]?.summary).toBe('Anafylaktisk reaksjon (severe)');
    expect(en.statements[0]?.text).toBe('No known allergies recorded');
    expect(en.current.find((row) => !row.substanceKnown)?.substance).toBe('Unknown substance');
  });
});
