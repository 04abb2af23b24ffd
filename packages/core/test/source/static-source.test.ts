import { readFixture, readFixtureSet } from '@samspill/fixtures/node';
import type { Appointment, Bundle, MedicationRequest, Observation, Provenance, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/source/fhir-source.js';
import { createStaticSource } from '../../src/source/static-source.js';

const hl7 = readFixtureSet('hl7-r4-examples').map(({ resource }) => resource);
const lmdi = readFixtureSet('norway/fhi-lmdi').map(({ resource }) => resource);
const source = createStaticSource(hl7);

const ids = (result: SearchResult): (string | undefined)[] => result.resources.map((resource) => resource.id);
const sorted = (result: SearchResult): (string | undefined)[] => ids(result).sort();
const keys = (resources: readonly Resource[]): string[] =>
  resources.map((resource) => `${resource.resourceType}/${resource.id ?? '?'}`);

describe('createStaticSource: search by patient and subject', () => {
  it('finds a patient’s medication requests by id, Type/id and absolute URL', async () => {
    const expected = hl7.filter((r) => r.resourceType === 'MedicationRequest' && r.id?.startsWith('medrx')).length;
    expect(expected).toBe(40);
    for (const patient of ['pat1', 'Patient/pat1', 'https://fhir.example.no/r4/Patient/pat1']) {
      const result = await source.search('MedicationRequest', { patient });
      expect(result.failures).toEqual([]);
      expect(result.resources).toHaveLength(expected);
      expect(result.total).toBe(expected);
    }
    expect((await source.search('MedicationRequest', { subject: 'Patient/pat1' })).resources).toHaveLength(expected);
    expect((await source.search('MedicationRequest', { patient: 'pat2' })).resources).toEqual([]);
  });

  it('keeps `patient` to Patient references while `subject` takes any type', async () => {
    expect(ids(await source.search('Observation', { subject: 'Group/herd1' }))).toEqual(['herd1']);
    expect(ids(await source.search('Observation', { subject: 'herd1' }))).toEqual(['herd1']);
    expect(ids(await source.search('Observation', { patient: 'herd1' }))).toEqual([]);
    expect(ids(await source.search('Observation', { patient: 'Group/herd1' }))).toEqual([]);
  });

  it('reads patient from the element each resource type keeps it in', async () => {
    expect(sorted(await source.search('Immunization', { patient: 'example' }))).toEqual([
      'example',
      'historical',
      'notGiven',
      'protocol',
      'subpotent',
    ]);
    expect(ids(await source.search('AllergyIntolerance', { patient: 'Patient/mom' }))).toEqual(['nka', 'nkda']);
    expect(ids(await source.search('DocumentReference', { subject: 'Patient/xcda' }))).toEqual(['example']);
    expect(sorted(await source.search('CarePlan', { patient: 'f001' }))).toEqual(['f001', 'f002', 'f003']);
    expect(sorted(await source.search('Goal', { patient: 'example' }))).toEqual(['example', 'stop-smoking']);
    expect(sorted(await source.search('Encounter', { patient: 'f201' }))).toEqual(['f201', 'f202', 'f203']);
    expect((await source.search('MedicationDispense', { patient: 'pat1' })).resources).toHaveLength(31);
    expect(ids(await source.search('MedicationStatement', { patient: 'pat1', _id: 'example001' }))).toEqual([
      'example001',
    ]);
  });

  it('finds Appointments by a patient among their participants', async () => {
    const appointment: Appointment = {
      resourceType: 'Appointment',
      id: 'a1',
      status: 'booked',
      participant: [
        { actor: { reference: 'Practitioner/lege' }, status: 'accepted' },
        { actor: { reference: 'Patient/p1' }, status: 'accepted' },
      ],
    };
    const appointments = createStaticSource(appointment);
    expect(ids(await appointments.search('Appointment', { patient: 'p1' }))).toEqual(['a1']);
    expect(ids(await appointments.search('Appointment', { patient: 'lege' }))).toEqual([]);
    expect(ids(await appointments.search('Appointment', { actor: 'Practitioner/lege' }))).toEqual(['a1']);
  });

  it('resolves urn:uuid references through the Bundle’s fullUrls', async () => {
    const scenario = createStaticSource(lmdi);
    const result = await scenario.search('MedicationRequest', { patient: 'Scenario-Sykehjem-Oksykodon-Pasient' });
    expect(ids(result)).toEqual(['Scenario-Sykehjem-Oksykodon-Rekvirering']);
    const byFnr = await scenario.search('MedicationRequest', { patient: 'Patient/Pasient-Med-FNR' });
    expect(sorted(byFnr)).toEqual([
      'Rekvirering-Cellegift',
      'Rekvirering-Infusjon',
      'Rekvirering-Kjemoterapi',
      'Rekvirering-Paracetamol',
    ]);
  });

  it('ORs comma-separated references and ANDs repeated ones', async () => {
    const either = await source.search('Encounter', { patient: 'f001,f201' });
    expect(either.resources).toHaveLength(6);
    const both = await source.search('Encounter', { patient: ['f001', 'f201'] });
    expect(both.resources).toEqual([]);
  });
});

describe('createStaticSource: tokens', () => {
  it('ORs statuses separated by commas', async () => {
    const onHold = await source.search('MedicationRequest', { patient: 'pat1', status: 'on-hold' });
    expect(sorted(onHold)).toEqual(['medrx0325', 'medrx0326', 'medrx0329', 'medrx0334', 'medrx0335']);
    const active = await source.search('MedicationRequest', { patient: 'pat1', status: 'active' });
    const either = await source.search('MedicationRequest', { patient: 'pat1', status: 'active,on-hold' });
    expect(either.resources).toHaveLength(active.resources.length + 5);
    expect(active.resources.every((resource) => (resource as MedicationRequest).status === 'active')).toBe(true);
  });

  it('matches category with and without a system, and with an empty system', async () => {
    const system = 'http://terminology.hl7.org/CodeSystem/medicationrequest-category';
    for (const category of ['inpatient', `${system}|inpatient`]) {
      const result = await source.search('MedicationRequest', { patient: 'pat1', category });
      expect(sorted(result)).toEqual(['medrx0301', 'medrx0333']);
    }
    expect(ids(await source.search('MedicationRequest', { category: 'http://other.example|inpatient' }))).toEqual([]);
    expect(ids(await source.search('MedicationRequest', { category: '|inpatient' }))).toEqual([]);
    expect(sorted(await source.search('MedicationRequest', { patient: 'pat1', category: `${system}|` }))).toEqual([
      'medrx0301',
      'medrx0333',
    ]);
  });

  it('matches a code in any coding of a CodeableConcept, and in an array of them', async () => {
    expect(ids(await source.search('Observation', { code: 'http://loinc.org|3141-9' }))).toEqual(['example']);
    expect(ids(await source.search('Observation', { code: 'http://snomed.info/sct|27113001' }))).toEqual(['example']);
    expect(ids(await source.search('Observation', { code: 'http://snomed.info/sct|3141-9' }))).toEqual([]);
    const vitals = await source.search('Observation', { category: 'vital-signs', patient: 'example' });
    expect(vitals.resources.length).toBeGreaterThan(10);
    const codes = await source.search('MedicationRequest', {
      code: 'http://www.nlm.nih.gov/research/umls/rxnorm|884308,http://snomed.info/sct|324252006',
    });
    expect(sorted(codes)).toEqual(['medrx0313', 'medrx0325', 'medrx0334', 'medrx0335']);
  });

  it('reads token parameters a resource type names differently', async () => {
    const problems = await source.search('Condition', { patient: 'f201', category: 'problem-list-item' });
    expect(sorted(problems)).toEqual(['f201', 'f203', 'f204']);
    expect(ids(await source.search('Goal', { 'lifecycle-status': 'on-hold', patient: 'example' }))).toEqual([
      'example',
    ]);
    expect(ids(await source.search('Immunization', { status: 'not-done' }))).toEqual(['notGiven']);
  });

  it('lets an escaped comma be part of a code', async () => {
    const odd: Observation = {
      resourceType: 'Observation',
      id: 'odd',
      status: 'final',
      code: { coding: [{ system: 'http://x.example', code: 'a,b' }] },
    };
    const oddSource = createStaticSource(odd);
    expect(ids(await oddSource.search('Observation', { code: 'a\\,b' }))).toEqual(['odd']);
    expect(ids(await oddSource.search('Observation', { code: 'a,b' }))).toEqual([]);
  });
});

describe('createStaticSource: dates', () => {
  // The CarePlan periods, as ranges: example (…, 2017-06-01], f001 [2011-06-26, 2011-06-27],
  // f002 [2011-07-06, 2013-07-07], f003 2013-03-08 09:00:10–09:30:10 +01:00, f201 [2013-03-11, 2013-03-13],
  // f203 [2013-04-14, 2013-04-21], gpvisit [2013-01-01T10:30Z, …), preg [2013-01-01, 2013-10-01];
  // f202, integrate and obesity-narrative have no period and match no date search.
  const carePlans = async (date: string | string[]): Promise<(string | undefined)[]> =>
    sorted(await source.search('CarePlan', { date }));

  it.each([
    ['2013', ['f003', 'f201', 'f203', 'preg']],
    ['eq2013', ['f003', 'f201', 'f203', 'preg']],
    ['ne2013', ['example', 'f001', 'f002', 'gpvisit']],
    ['gt2013', ['example', 'gpvisit']],
    ['lt2013', ['example', 'f001', 'f002']],
    ['ge2013', ['example', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['le2013', ['example', 'f001', 'f002', 'f003', 'f201', 'f203', 'preg']],
    ['sa2012', ['f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['sa2013', []],
    ['eb2013', ['f001']],
  ])('year precision: date=%s', async (date, expected) => {
    expect(await carePlans(date)).toEqual(expected);
  });

  it.each([
    ['2013-03', ['f003', 'f201']],
    ['ne2013-03', ['example', 'f001', 'f002', 'f203', 'gpvisit', 'preg']],
    ['gt2013-03', ['example', 'f002', 'f203', 'gpvisit', 'preg']],
    ['lt2013-03', ['example', 'f001', 'f002', 'gpvisit', 'preg']],
    ['ge2013-03', ['example', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['le2013-03', ['example', 'f001', 'f002', 'f003', 'f201', 'gpvisit', 'preg']],
    ['sa2013-03', ['f203']],
    ['eb2013-03', ['f001']],
  ])('month precision: date=%s', async (date, expected) => {
    expect(await carePlans(date)).toEqual(expected);
  });

  it.each([
    // f201 runs 2013-03-11 to 2013-03-13: it overlaps the 12th without being inside it.
    ['eq2013-03-12', []],
    ['ne2013-03-12', ['example', 'f001', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['gt2013-03-12', ['example', 'f002', 'f201', 'f203', 'gpvisit', 'preg']],
    ['lt2013-03-12', ['example', 'f001', 'f002', 'f003', 'f201', 'gpvisit', 'preg']],
    ['ge2013-03-12', ['example', 'f002', 'f201', 'f203', 'gpvisit', 'preg']],
    ['le2013-03-12', ['example', 'f001', 'f002', 'f003', 'f201', 'gpvisit', 'preg']],
    ['sa2013-03-12', ['f203']],
    ['eb2013-03-12', ['f001', 'f003']],
    ['eq2013-03-08', ['f003']],
    ['2011-06-27', []],
    // ge: ends after the day or lies within it. f001 ends during the 27th, so it is neither.
    ['ge2011-06-27', ['example', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['ge2011-06-26', ['example', 'f001', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    // le: starts before the day or lies within it. f001 starts during the 26th.
    ['le2011-06-26', ['example']],
    ['le2011-06-27', ['example', 'f001']],
    // An open start reaches back to any date, an open end forward.
    ['lt1900-01-01', ['example']],
    ['gt2999-12-31', ['gpvisit']],
    ['ge2017-06-01', ['gpvisit']],
    ['ge2017-05-31', ['example', 'gpvisit']],
    ['sa2013-04-13', ['f203']],
  ])('day precision: date=%s', async (date, expected) => {
    expect(await carePlans(date)).toEqual(expected);
  });

  it.each([
    ['eq2013-03-08T09:15:00+01:00', []],
    ['lt2013-03-08T09:15:00+01:00', ['example', 'f001', 'f002', 'f003', 'gpvisit', 'preg']],
    ['gt2013-03-08T09:15:00+01:00', ['example', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    // The same instant written in UTC.
    ['gt2013-03-08T08:15:00Z', ['example', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
    ['sa2013-03-08T09:30:10+01:00', ['f201', 'f203']],
    ['sa2013-03-08T09:30:09+01:00', ['f201', 'f203']],
    ['eb2013-03-08T09:00:10+01:00', ['f001']],
    ['eb2013-03-08T09:00:11+01:00', ['f001']],
    ['le2013-03-08T09:00:10+01:00', ['example', 'f001', 'f002', 'gpvisit', 'preg']],
    ['le2013-03-08T09:00:11+01:00', ['example', 'f001', 'f002', 'f003', 'gpvisit', 'preg']],
    ['eq2013-03-08T09:00:10.5+01:00', []],
    // Minute precision, and a time without a zone (read as UTC).
    ['le2013-03-08T08:00', ['example', 'f001', 'f002', 'gpvisit', 'preg']],
    ['ge2013-01-01T10:30:00', ['example', 'f002', 'f003', 'f201', 'f203', 'gpvisit', 'preg']],
  ])('time precision: date=%s', async (date, expected) => {
    expect(await carePlans(date)).toEqual(expected);
  });

  it('ANDs repeated date parameters into a window', async () => {
    // ge…&le… finds what overlaps March; sa…&eb… what lies strictly between the two days.
    expect(await carePlans(['ge2013-03-01', 'le2013-03-31'])).toEqual([
      'example',
      'f002',
      'f003',
      'f201',
      'gpvisit',
      'preg',
    ]);
    expect(await carePlans(['sa2013-01-01', 'eb2014-01-01'])).toEqual(['f003', 'f201', 'f203']);
    expect(await carePlans(['2013-03', 'ne2013-03-08'])).toEqual(['f201']);
    expect(await carePlans('eq2011,eq2013-03')).toEqual(['f001', 'f003', 'f201']);
  });

  it('compares partial-precision values as ranges', async () => {
    // Observation-f002 runs 2013-04-02T10:30:10+01:00 to 2013-04-05T10:30:10+01:00.
    const f002 = async (date: string): Promise<boolean> =>
      ids(await source.search('Observation', { date, _id: 'f002' })).includes('f002');
    expect(await f002('2013-04')).toBe(true);
    expect(await f002('2013-04-02')).toBe(false);
    expect(await f002('ne2013-04-02')).toBe(true);
    expect(await f002('ge2013-04-04')).toBe(true);
    expect(await f002('gt2013-04-04')).toBe(true);
    // It ends during the 5th: neither after the 5th nor inside it.
    expect(await f002('ge2013-04-05')).toBe(false);
    expect(await f002('le2013-04-03')).toBe(true);
    expect(await f002('lt2013-04-03')).toBe(true);
    // It starts during the 2nd: neither before the 2nd nor inside it.
    expect(await f002('le2013-04-02')).toBe(false);
  });

  it('reads the date element each parameter names', async () => {
    expect(ids(await source.search('MedicationRequest', { authoredon: '2015-03' }))).toEqual(['medrx002']);
    expect(ids(await source.search('MedicationRequest', { authoredon: 'lt2015-01-15', patient: 'pat1' }))).toEqual([]);
    expect(sorted(await source.search('MedicationStatement', { effective: 'ge2015' }))).toEqual([
      'example001',
      'example002',
    ]);
    const handedOver = await source.search('MedicationDispense', { whenhandedover: 'ge2016' });
    expect(sorted(handedOver)).toEqual(['meddisp0309', 'meddisp0313']);
    // 2015-01-15T16:20Z and 2015-06-26T07:13+05:00 (02:13Z) fall on those UTC days; 2015-03-17T17:13+05:00 does too.
    const day = await source.search('MedicationDispense', { whenhandedover: '2015-06-26' });
    expect(sorted(day)).toEqual(['meddisp0304', 'meddisp0308', 'meddisp0314', 'meddisp0315', 'meddisp0317']);
    expect(ids(await source.search('Encounter', { date: '2015-01-17' }))).toEqual(['home']);
    expect(ids(await source.search('Immunization', { date: '2018' }))).toEqual(['protocol']);
    expect(sorted(await source.search('Condition', { 'onset-date': '2013-03', patient: 'f201' }))).toEqual([
      'f203',
      'f204',
    ]);
  });

  it('filters by _lastUpdated, with millisecond instants', async () => {
    expect(ids(await source.search('Encounter', { _lastUpdated: '2013-05-05' }))).toEqual(['doc-example']);
    const observation: Observation = {
      resourceType: 'Observation',
      id: 'o1',
      status: 'final',
      code: { text: 'x' },
      meta: { lastUpdated: '2018-11-12T03:35:20.715Z' },
    };
    const one = createStaticSource(observation);
    expect(ids(await one.search('Observation', { _lastUpdated: 'ge2018-11-12T03:35:20.715Z' }))).toEqual(['o1']);
    expect(ids(await one.search('Observation', { _lastUpdated: 'gt2018-11-12T03:35:20.715Z' }))).toEqual([]);
    expect(ids(await one.search('Observation', { _lastUpdated: 'eq2018-11-12T03:35:20Z' }))).toEqual(['o1']);
    expect(ids(await one.search('Observation', { _lastUpdated: 'eq2018-11-12T03:35:21Z' }))).toEqual([]);
    expect(ids(await one.search('Observation', { _lastUpdated: 'eb2018-11-12T03:35:21Z' }))).toEqual(['o1']);
    expect(ids(await one.search('Observation', { _lastUpdated: 'eq2018-11-12T04:35:20.715+01:00' }))).toEqual(['o1']);
  });
});

describe('createStaticSource: _id, _sort, paging', () => {
  it('finds by _id, comma meaning OR', async () => {
    expect(sorted(await source.search('CarePlan', { _id: 'f001,preg,missing' }))).toEqual(['f001', 'preg']);
  });

  it('sorts by date ascending and descending, with resources lacking the value last', async () => {
    expect(ids(await source.search('CarePlan', { _sort: 'date' }))).toEqual([
      'example',
      'f001',
      'f002',
      'preg',
      'gpvisit',
      'f003',
      'f201',
      'f203',
      'f202',
      'integrate',
      'obesity-narrative',
    ]);
    // Descending by where each period ends: open ends first.
    expect(ids(await source.search('CarePlan', { _sort: '-date' }))).toEqual([
      'gpvisit',
      'example',
      'preg',
      'f002',
      'f203',
      'f201',
      'f003',
      'f001',
      'f202',
      'integrate',
      'obesity-narrative',
    ]);
  });

  it('sorts by several keys in order', async () => {
    const result = await source.search('MedicationRequest', { patient: 'pat1', _sort: '-authoredon,status,_id' });
    const rows = (result.resources as MedicationRequest[]).map((request) => `${request.status} ${request.id ?? ''}`);
    expect(rows[0]).toBe('active medrx002');
    expect(rows.slice(1)).toEqual([...rows.slice(1)].sort());
    const statuses = await source.search('MedicationRequest', { patient: 'pat1', _sort: '-status' });
    expect((statuses.resources[0] as MedicationRequest).status).toBe('on-hold');
  });

  it('pages like a server: pageLimit × _count resources, truncated when more were left', async () => {
    const all = await source.search('MedicationRequest', { patient: 'pat1' });
    expect(all.truncated).toBe(false);
    const paged = await source.search('MedicationRequest', { patient: 'pat1', _count: 10 });
    expect(paged.resources).toHaveLength(40);
    expect(paged.truncated).toBe(false);
    const limited = await source.search('MedicationRequest', { patient: 'pat1', _count: '10' }, { pageLimit: 3 });
    expect(ids(limited)).toEqual(ids(all).slice(0, 30));
    expect(limited.truncated).toBe(true);
    expect(limited.total).toBe(40);
    const exact = await source.search('MedicationRequest', { patient: 'pat1', _count: 10 }, { pageLimit: 4 });
    expect(exact.resources).toHaveLength(40);
    expect(exact.truncated).toBe(false);
    const onePage = await source.search('MedicationRequest', { patient: 'pat1', _count: 7 }, { pageLimit: 0 });
    expect(onePage.resources).toHaveLength(7);
    expect(onePage.truncated).toBe(true);
  });

  it('answers _count=0 with the total alone', async () => {
    const result = await source.search('MedicationRequest', { patient: 'pat1', _count: 0 });
    expect(result.resources).toEqual([]);
    expect(result.total).toBe(40);
    expect(result.truncated).toBe(false);
  });
});

describe('createStaticSource: _include and _revinclude', () => {
  it('includes referenced resources once, apart from the matches, and leaves contained ones inside', async () => {
    const result = await source.search('MedicationRequest', {
      patient: 'pat1',
      _include: ['MedicationRequest:medication', 'MedicationRequest:requester'],
    });
    expect(result.resources).toHaveLength(40);
    // Only medrx002 points at a Medication outside itself; every request has the same requester.
    expect(keys(result.included).sort()).toEqual(['Medication/med0316', 'Practitioner/f007']);
  });

  it('includes a CarePlan’s goals, and keeps a target type', async () => {
    const withGoals = await source.search('CarePlan', { patient: 'example', _include: 'CarePlan:goal' });
    expect(keys(withGoals.included)).toEqual(['Goal/example']);
    const typed = await source.search('CarePlan', { _id: 'example', _include: 'CarePlan:subject:Group' });
    expect(typed.included).toEqual([]);
    const patient = await source.search('CarePlan', { _id: 'example', _include: 'CarePlan:subject:Patient' });
    expect(keys(patient.included)).toEqual(['Patient/example']);
  });

  it('includes every reference parameter with *', async () => {
    const result = await source.search('MedicationRequest', { _id: 'medrx002', _include: '*' });
    expect(keys(result.included).sort()).toEqual([
      'Encounter/f001',
      'Medication/med0316',
      'Patient/pat1',
      'Practitioner/f007',
    ]);
    const typed = await source.search('MedicationRequest', {
      _id: 'medrx002',
      _include: 'MedicationRequest:*:Patient',
    });
    expect(keys(typed.included)).toEqual(['Patient/pat1']);
  });

  it('never repeats a match among the included resources', async () => {
    const observations = await source.search('Observation', {
      _id: 'f002,f003',
      _include: 'Observation:has-member',
    });
    expect(observations.included.filter((resource) => observations.resources.includes(resource))).toEqual([]);
  });

  it('includes Norwegian medications referenced by id and by urn:uuid', async () => {
    const scenario = createStaticSource(lmdi);
    const result = await scenario.search('MedicationRequest', {
      status: 'active',
      _include: 'MedicationRequest:medication',
    });
    expect(keys(result.included).sort()).toEqual([
      'Medication/Legemiddel-FestLegemiddelMerkevare',
      'Medication/Legemiddel-FestLegemiddelVirkestoff',
      'Medication/Legemiddel-FestLegemiddelVirkestoff-2',
      'Medication/Legemiddel-LokaltLegemiddel-FlereIngredienser',
      'Medication/Scenario-Sykehjem-Oksykodon-Legemiddel',
    ]);
  });

  it('adds resources that point at the matches with _revinclude', async () => {
    const provenance = (id: string, target: string): Provenance => ({
      resourceType: 'Provenance',
      id,
      target: [{ reference: target }],
      recorded: '2015-01-15T10:00:00Z',
      agent: [{ who: { reference: 'Practitioner/f007' } }],
    });
    const withProvenance = createStaticSource([
      ...hl7,
      provenance('p1', 'MedicationRequest/medrx0302'),
      provenance('p2', 'MedicationRequest/medrx0303/_history/2'),
      provenance('p3', 'MedicationRequest/medrx9999'),
    ]);
    const result = await withProvenance.search('MedicationRequest', {
      _id: 'medrx0302,medrx0303,medrx0304',
      _revinclude: 'Provenance:target',
    });
    expect(keys(result.included).sort()).toEqual(['Provenance/p1', 'Provenance/p2']);
    const typed = await withProvenance.search('MedicationRequest', {
      _id: 'medrx0302',
      _revinclude: 'Provenance:target:Patient',
    });
    expect(typed.included).toEqual([]);
  });
});

describe('createStaticSource: refusing what it cannot answer', () => {
  it.each([
    [{ 'code:text': 'x' }, 'code:text'],
    [{ 'subject.name': 'Donald' }, 'subject.name'],
    [{ 'medication.code': 'x' }, 'medication.code'],
    [{ foo: 'bar' }, 'foo'],
    [{ subject: 'Patient/example' }, 'subject'],
    [{ date: 'ap2013' }, 'date'],
    [{ date: '2013-13' }, 'date'],
    [{ date: 'xx2013' }, 'date'],
    [{ patient: 'not an id' }, 'patient'],
    [{ 'vaccine-code': 'a|b|c' }, 'vaccine-code'],
    [{ 'vaccine-code': '|' }, 'vaccine-code'],
    [{ _count: 'ten' }, '_count'],
    [{ _count: [5, 10] }, '_count'],
    [{ _sort: 'patient' }, 'patient'],
    [{ _sort: 'nonsense' }, 'nonsense'],
    [{ _include: 'Immunization:nonsense' }, 'nonsense'],
    [{ _include: 'Immunization:status' }, 'status'],
    [{ _include: 'immunization' }, 'immunization'],
    [{ _revinclude: '*' }, '*'],
  ])('%j is an unsupported failure naming %s, with no resources', async (params, name) => {
    const result = await source.search('Immunization', params);
    expect(result.resources).toEqual([]);
    expect(result.included).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.kind).toBe('unsupported');
    expect(result.failures[0]?.message).toContain(name);
    expect(result.failures[0]?.resourceType).toBe('Immunization');
  });

  it('ignores absent and empty values and result-shaping parameters', async () => {
    const result = await source.search('CarePlan', {
      patient: undefined,
      status: '',
      date: [],
      _total: 'accurate',
      _elements: 'id,status',
    });
    expect(result.failures).toEqual([]);
    expect(result.resources).toHaveLength(11);
  });

  it('answers an unknown resource type with nothing rather than everything', async () => {
    const result = await source.search('Nonsense', {});
    expect(result.resources).toEqual([]);
    expect(result.failures).toEqual([]);
    expect((await source.search('Nonsense', { patient: 'pat1' })).failures[0]?.kind).toBe('unsupported');
  });
});

describe('createStaticSource: read', () => {
  const medrx0301 = readFixture('hl7-r4-examples/MedicationRequest-medrx0301.json') as MedicationRequest;

  it('reads a contained resource from its container', async () => {
    const result = await source.read({ reference: '#med0310' }, { container: medrx0301 });
    expect(result.resource?.resourceType).toBe('Medication');
    expect(result.resource?.id).toBe('med0310');
    expect(result.resource).toBe(medrx0301.contained?.[0]);
    expect((await source.read('#', { container: medrx0301 })).resource).toBe(medrx0301);
    expect((await source.read('#nope', { container: medrx0301 })).failure?.kind).toBe('not-found');
    // No container, nothing to look in: not a lookup of a top-level Medication/med0310.
    expect((await source.read('#med0310')).failure?.kind).toBe('not-found');
  });

  it('reads relative, absolute and versioned references', async () => {
    expect((await source.read('Medication/med0316')).resource?.id).toBe('med0316');
    expect((await source.read({ reference: 'Practitioner/f007' })).resource?.resourceType).toBe('Practitioner');
    expect((await source.read('https://fhir.example.no/r4/Goal/example')).resource?.id).toBe('example');
    expect((await source.read('http://example.org/fhir/Patient/pat1/_history/3')).resource?.id).toBe('pat1');
    const missing = await source.read('Medication/nope');
    expect(missing.failure).toMatchObject({ kind: 'not-found', resourceType: 'Medication' });
    expect(missing.resource).toBeUndefined();
  });

  it('reads urn:uuid and full URLs from Bundles, even for resources without an id', async () => {
    const scenario = createStaticSource(lmdi);
    const medication = await scenario.read('urn:uuid:66666666-6666-4666-8666-666666666666');
    expect(medication.resource?.id).toBe('Scenario-Sykehjem-Oksykodon-Legemiddel');
    const father = readFixture('hl7-r4-examples/Bundle-father.json') as Bundle;
    const document = createStaticSource(father);
    const observation = await document.read('urn:uuid:541a72a8-df75-4484-ac89-ac4923f03b81');
    expect(observation.resource?.resourceType).toBe('Observation');
    expect(observation.resource?.id).toBeUndefined();
    expect((await document.read('urn:uuid:00000000-0000-4000-8000-000000000000')).failure?.kind).toBe('not-found');
  });

  it('uses an already included resource without looking in the store', async () => {
    const included: Resource = { resourceType: 'Medication', id: 'med0316', status: 'inactive' } as Resource;
    const result = await source.read('Medication/med0316', { included: [included] });
    expect(result.resource).toBe(included);
    const empty = createStaticSource([]);
    expect((await empty.read('https://x.example/fhir/Medication/med0316', { included: [included] })).resource).toBe(
      included,
    );
    expect((await empty.read('Medication/other', { included: [included] })).failure?.kind).toBe('not-found');
  });

  it('says not-found for a reference with nothing to follow', async () => {
    expect((await source.read({ display: 'Dr. Nobody' })).failure?.kind).toBe('not-found');
    expect((await source.read({ identifier: { value: '123' } })).failure?.kind).toBe('not-found');
  });
});

describe('createStaticSource: input', () => {
  it('unpacks nested Bundles and keeps one copy of each Type/id, the last given', async () => {
    const summary = readFixture('hl7-r4-examples/Bundle-bundle-response-simplesummary.json') as Bundle;
    const nested = createStaticSource(summary);
    expect(sorted(await nested.search('Condition', { patient: 'example' }))).toEqual([
      'example',
      'example2',
      'family-history',
      'stroke',
    ]);
    expect((await nested.search('Bundle')).resources).toEqual([]);
    const first: Observation = { resourceType: 'Observation', id: 'x', status: 'preliminary', code: { text: 'a' } };
    const second: Observation = { ...first, status: 'final' };
    const twice = await createStaticSource([first, { resourceType: 'Patient', id: 'p' }, second]).search('Observation');
    expect(twice.resources).toEqual([second]);
  });
});

describe('createStaticSource: aborting', () => {
  it('resolves an aborted failure for a signal aborted before or right after the call', async () => {
    const before = new AbortController();
    before.abort();
    const early = await source.search('CarePlan', {}, { signal: before.signal });
    expect(early.failures).toEqual([expect.objectContaining({ kind: 'aborted', resourceType: 'CarePlan' })]);
    expect(early.resources).toEqual([]);

    const after = new AbortController();
    const pending = source.search('CarePlan', {}, { signal: after.signal });
    after.abort();
    expect((await pending).failures[0]?.kind).toBe('aborted');

    const read = new AbortController();
    const reading = source.read('Goal/example', { signal: read.signal });
    read.abort();
    expect((await reading).failure?.kind).toBe('aborted');
  });

  it('answers normally when the signal is never aborted', async () => {
    const result = await source.search('CarePlan', { _id: 'f001' }, { signal: new AbortController().signal });
    expect(ids(result)).toEqual(['f001']);
  });
});
