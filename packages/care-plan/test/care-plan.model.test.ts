import type { CarePlan, CareTeam, Condition, Goal, Observation, Resource } from 'fhir/r4.js';
import { describe, expect, test } from 'vitest';
import { ACTIVITY_GROUP_ORDER, ZONE_SYSTEM, carePlanModel, carePlanMessages, type CarePlanView } from '../src/index.js';
import { badTexts } from './care-plan-text.js';

const NOW = new Date('2026-11-01T12:00:00+01:00');
const patient = { reference: 'Patient/p1', display: 'Kari Nordmann' };

function plan(fields: Partial<CarePlan> & { id: string }): CarePlan {
  return { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: patient, ...fields };
}

function only(resources: readonly unknown[], options: Parameters<typeof carePlanModel>[1] = {}): CarePlanView {
  const model = carePlanModel(resources, { now: NOW, ...options });
  const first = model.plans[0];
  if (!first) throw new Error('no plan');
  expect(badTexts(model)).toEqual([]);
  return first;
}

const WEIGHT = { system: 'http://loinc.org', code: '29463-7', display: 'Body weight' };

function weight(id: string, date: string, value: number, extra: Partial<Observation> = {}): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [WEIGHT] },
    subject: patient,
    effectiveDateTime: date,
    valueQuantity: { value, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
    ...extra,
  };
}

function goal(id: string, target: Goal['target'], extra: Partial<Goal> = {}): Goal {
  return {
    resourceType: 'Goal',
    id,
    lifecycleStatus: 'active',
    description: { text: `Mål ${id}` },
    subject: patient,
    ...(target ? { target } : {}),
    ...extra,
  };
}

describe('plan header', () => {
  test('where the plan came from: the organisation it names, by name or HER-id; never a host', () => {
    const organisation = { resourceType: 'Organization', id: 'hjem', name: 'Hjemmetjenesten i Fjordvik kommune' };
    const byOrganisation = only([plan({ id: 'a', author: { reference: 'Organization/hjem' } }), organisation]);
    expect(byOrganisation.source).toBe('Hjemmetjenesten i Fjordvik kommune');
    const byHer = only([
      plan({ id: 'b', author: { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.2', value: '81234' } } }),
    ]);
    expect(byHer.source).toBe('HER-id 81234');
    const byHost = only([plan({ id: 'c', meta: { source: 'https://fhir.vendor.example.com/r4' } })]);
    expect(byHost.source).toBe('');
    const byPerson = only([
      plan({ id: 'd', author: { reference: 'Practitioner/1830018', display: 'Shaik, Faiz Ahmed' } }),
    ]);
    expect(byPerson.source).toBe('');
  });

  test('title, else the category, else the name of its type', () => {
    expect(only([plan({ id: 'a', title: 'Min plan', category: [{ text: 'Individuell plan' }] })]).title).toBe(
      'Min plan',
    );
    const byCategory = only([plan({ id: 'b', category: [{ text: 'Individuell plan' }] })]);
    expect(byCategory.title).toBe('Individuell plan');
    expect(byCategory.type).toBe('individual');
    const bare = only([plan({ id: 'c' })]);
    expect(bare.title).toBe('Plan');
    expect(bare.type).toBe('other');
    expect(only([plan({ id: 'd' })], { locale: 'en' }).title).toBe('Plan');
  });

  test('types: individuell plan, oppfølgings-, tiltaks- and besøksplan, zone, other', () => {
    const type = (fields: Partial<CarePlan>): string => only([plan({ ...fields, id: 'x' })]).type;
    expect(type({ category: [{ text: 'Oppfølgingsplan' }] })).toBe('follow-up');
    expect(type({ category: [{ text: 'Kommunal oppfølging' }] })).toBe('follow-up');
    expect(type({ category: [{ text: 'Besøksplan' }] })).toBe('follow-up');
    expect(type({ category: [{ text: 'Tiltaksplan' }] })).toBe('follow-up');
    expect(type({ title: 'Tiltak - gul sone' })).toBe('zone');
    expect(type({ category: [{ text: 'Behandlingsplan' }] })).toBe('other');
  });

  test('status, intent, period at its precision, author, description', () => {
    const view = only([
      plan({
        id: 'a',
        status: 'on-hold',
        intent: 'proposal',
        period: { start: '2024-03', end: '2027' },
        author: { reference: 'Practitioner/x', display: 'Siri Lundemo' },
        description: 'Kunne gå tur med barnebarna',
      }),
    ]);
    expect(view.status).toBe('on-hold');
    expect(view.current).toBe(true);
    expect(view.intentText).toBe('Forslag – ikke vedtatt');
    expect(view.start?.precision).toBe('month');
    expect(view.end?.precision).toBe('year');
    expect(view.periodText).toBe('mars 2024 – 2027');
    expect(view.author).toBe('Siri Lundemo');
    expect(view.description).toBe('Kunne gå tur med barnebarna');
  });

  test('a missing status is unknown, with a problem; entered-in-error plans are hidden', () => {
    const view = only([{ resourceType: 'CarePlan', id: 'a' }]);
    expect(view.status).toBe('unknown');
    expect(view.problems).toContain(carePlanMessages.nb.missingStatus);
    const model = carePlanModel([plan({ id: 'b', status: 'entered-in-error' })], { now: NOW });
    expect(model.plans).toEqual([]);
    expect(
      carePlanModel([plan({ id: 'b', status: 'entered-in-error' })], { now: NOW, includeEnteredInError: true }).plans,
    ).toHaveLength(1);
  });

  test('conditions addressed, contained or resolved, in words', () => {
    const condition: Condition = {
      resourceType: 'Condition',
      id: 'c1',
      subject: patient,
      code: { text: 'Hoftebrudd' },
    };
    const view = only([
      plan({
        id: 'a',
        contained: [{ resourceType: 'Condition', id: 'k', subject: patient, code: { text: 'Diabetes' } } as Condition],
        addresses: [{ reference: '#k' }, { reference: 'Condition/c1' }, { display: 'Fall' }],
      }),
      condition,
    ]);
    expect(view.conditions).toEqual(['Diabetes', 'Hoftebrudd', 'Fall']);
  });
});

describe('care team', () => {
  const team: CareTeam = {
    resourceType: 'CareTeam',
    id: 't1',
    name: 'Ansvarsgruppe',
    participant: [
      { role: [{ text: 'Fastlege' }], member: { reference: 'Practitioner/gp', display: 'Torunn Aasheim' } },
      { role: [{ text: 'Pasient' }], member: patient },
      {
        role: [{ text: 'Koordinator' }],
        member: { reference: 'PractitionerRole/k', display: 'Siri Lundemo' },
        onBehalfOf: { reference: 'Organization/o', display: 'Hjemmetjenesten' },
      },
    ],
    managingOrganization: [{ display: 'Fjordvik kommune' }],
  };

  test('the koordinator first, with role and organisation; the patient marked', () => {
    const view = only([plan({ id: 'a', careTeam: [{ reference: 'CareTeam/t1' }] }), team]);
    const members = view.careTeams[0]?.members ?? [];
    expect(members.map((member) => member.name)).toEqual(['Siri Lundemo', 'Torunn Aasheim', 'Kari Nordmann']);
    expect(members[0]).toMatchObject({ role: 'Koordinator', organization: 'Hjemmetjenesten', coordinator: true });
    expect(members[2]?.patient).toBe(true);
    expect(view.coordinator?.name).toBe('Siri Lundemo');
    expect(view.careTeams[0]?.name).toBe('Ansvarsgruppe');
    expect(view.careTeams[0]?.organizations).toEqual(['Fjordvik kommune']);
  });

  test('a koordinator by code; a resolved Practitioner by name; an unresolved team is a problem', () => {
    const view = only([
      plan({
        id: 'a',
        careTeam: [{ reference: '#t' }, { reference: 'CareTeam/missing' }],
        contained: [
          {
            resourceType: 'CareTeam',
            id: 't',
            participant: [
              { member: { reference: 'Practitioner/p' } },
              { role: [{ coding: [{ code: 'koordinator' }] }], member: { reference: 'Practitioner/q' } },
            ],
          } as CareTeam,
        ],
      }),
      { resourceType: 'Practitioner', id: 'p', name: [{ given: ['Per'], family: 'Hansen' }] },
      { resourceType: 'Practitioner', id: 'q', name: [{ given: ['Kari'], family: 'Berg' }] },
    ]);
    expect(view.careTeams[0]?.members.map((member) => member.name)).toEqual(['Kari Berg', 'Per Hansen']);
    expect(view.problems).toContain(carePlanMessages.nb.unresolved(carePlanMessages.nb.careTeamNoun));
  });
});

describe('goals and progress', () => {
  const target = (detail: NonNullable<Goal['target']>[number]): NonNullable<Goal['target']> => [
    { measure: { coding: [WEIGHT], text: 'Vekt' }, ...detail },
  ];

  function progressOf(g: Goal, observations: readonly Resource[]) {
    const view = only([plan({ id: 'a', goal: [{ reference: `Goal/${g.id ?? ''}` }] }), g, ...observations]);
    const found = view.goals[0]?.targets[0];
    if (!found) throw new Error('no target');
    return found;
  }

  test('met, not met and unknown against a quantity with a comparator', () => {
    const g = goal('g', target({ detailQuantity: { value: 95, comparator: '<=', unit: 'kg', code: 'kg' } }));
    expect(progressOf(g, [weight('w1', '2026-10-01', 94)]).progress.state).toBe('met');
    expect(progressOf(g, [weight('w1', '2026-10-01', 96)]).progress.state).toBe('not-met');
    expect(progressOf(g, []).progress.state).toBe('unknown');
    // Another unit cannot be compared.
    const pounds = weight('w1', '2026-10-01', 200, {
      valueQuantity: { value: 200, unit: 'lb', code: '[lb_av]' },
    });
    expect(progressOf(g, [pounds]).progress.state).toBe('unknown');
  });

  test('the latest measurement counts, the series is oldest first, and the future is left out', () => {
    const g = goal('g', target({ detailQuantity: { value: 60, comparator: '>=', unit: 'kg', code: 'kg' } }));
    const found = progressOf(g, [
      weight('w3', '2026-09-01', 61),
      weight('w1', '2026-05-01', 58),
      weight('w2', '2026-07-01', 59.5),
      weight('w4', '2027-01-01', 40),
      weight('err', '2026-10-01', 10, { status: 'entered-in-error' }),
    ]);
    expect(found.progress.series.map((point) => point.value)).toEqual([58, 59.5, 61]);
    expect(found.progress.latest?.text).toBe('61 kg');
    expect(found.progress.state).toBe('met');
    expect(found.detail).toBe('≥ 60 kg');
  });

  test("outcomeReference Observations count; another patient's do not", () => {
    const g = goal('g', target({ detailQuantity: { value: 60, comparator: '>=', code: 'kg' } }), {
      outcomeReference: [{ reference: 'Observation/mine' }],
    });
    const theirs = weight('theirs', '2026-10-20', 10, { subject: { reference: 'Patient/other' } });
    const found = progressOf(g, [weight('mine', '2026-10-01', 70), theirs]);
    expect(found.progress.series.map((point) => point.value)).toEqual([70]);
    expect(found.progress.state).toBe('met');
  });

  test('range, concept and string targets; due date and duration', () => {
    const ranged = goal(
      'r',
      target({ detailRange: { low: { value: 60, unit: 'kg' }, high: { value: 80, unit: 'kg' } } }),
    );
    expect(progressOf(ranged, [weight('w', '2026-10-01', 70)]).progress.state).toBe('met');
    expect(progressOf(ranged, [weight('w', '2026-10-01', 85)]).progress.state).toBe('not-met');
    const coded = goal('c', [
      {
        measure: { coding: [{ system: 'http://loinc.org', code: '72166-2' }] },
        detailCodeableConcept: {
          coding: [{ system: 'http://snomed.info/sct', code: '8517006' }],
          text: 'Tidligere røyker',
        },
        dueDuration: { value: 3, unit: 'måneder', code: 'mo', system: 'http://unitsofmeasure.org' },
      },
    ]);
    const smoking: Observation = {
      resourceType: 'Observation',
      id: 's',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72166-2' }] },
      subject: patient,
      effectiveDateTime: '2026-10-01',
      valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '8517006' }] },
    };
    const found = progressOf(coded, [smoking]);
    expect(found.detail).toBe('Tidligere røyker');
    expect(found.progress.state).toBe('met');
    expect(found.dueText).toMatch(/^innen 3/);
    const worded = goal('s', [{ detailString: 'Ingen fall', dueDate: '2027-05' }]);
    const text = progressOf(worded, []);
    expect(text.detail).toBe('Ingen fall');
    expect(text.due?.precision).toBe('month');
    expect(text.progress.state).toBe('unknown');
  });

  test('expressed by the patient: marked and first; lifecycle and achievement in words', () => {
    const gp = goal('gp', undefined, { expressedBy: { reference: 'Practitioner/x', display: 'Dr. Berg' } });
    const own = goal('own', undefined, {
      expressedBy: patient,
      achievementStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'improving' }],
      },
    });
    const view = only([plan({ id: 'a', goal: [{ reference: 'Goal/gp' }, { reference: 'Goal/own' }] }), gp, own]);
    expect(view.goals.map((g) => g.key)).toEqual(['Goal/own', 'Goal/gp']);
    expect(view.goals[0]?.expressedByPatient).toBe(true);
    expect(view.goals[0]?.achievementText).toBe('Bedres');
    expect(view.goals[1]?.expressedByText).toBe('Dr. Berg');
    expect(view.hasPatientGoals).toBe(true);
  });

  test('an unresolved goal is a problem; a display-only goal still shows', () => {
    const view = only([plan({ id: 'a', goal: [{ reference: 'Goal/missing' }, { display: 'Gå til butikken' }] })]);
    expect(view.problems).toContain(carePlanMessages.nb.unresolved(carePlanMessages.nb.goalNoun));
    expect(view.goals.map((g) => g.description)).toEqual(['Gå til butikken']);
  });
});

describe('activities', () => {
  test('every detail status, grouped in order, entered-in-error hidden', () => {
    const statuses = [
      'cancelled',
      'completed',
      'entered-in-error',
      'in-progress',
      'not-started',
      'on-hold',
      'scheduled',
      'stopped',
      'unknown',
    ] as const;
    const view = only([
      plan({ id: 'a', activity: statuses.map((status) => ({ detail: { status, description: `Tiltak ${status}` } })) }),
    ]);
    expect(view.activities).toHaveLength(statuses.length - 1);
    expect(view.activityGroups.map((group) => group.id)).toEqual([...ACTIVITY_GROUP_ORDER]);
    expect(view.activityGroups.map((group) => group.text).slice(0, 6)).toEqual([
      'Ikke startet',
      'Planlagt',
      'Pågår',
      'Pauset',
      'Avsluttet',
      'Avlyst',
    ]);
  });

  test('one word per status: a paused or ended plan and its activities read alike; a stopped activity is no medicine', async () => {
    await import('../src/locales/nn.js');
    await import('../src/locales/en.js');
    const words = { nb: ['Pauset', 'Avsluttet'], nn: ['Pausa', 'Avslutta'], en: ['On hold', 'Completed'] } as const;
    for (const locale of ['nb', 'nn', 'en'] as const) {
      for (const [index, status] of (['on-hold', 'completed'] as const).entries()) {
        const view = only([plan({ id: 'a', status, activity: [{ detail: { status, description: 'Gangtrening' } }] })], {
          locale,
        });
        expect(view.statusText, locale).toBe(words[locale][index]);
        expect(view.activities[0]?.statusText, locale).toBe(words[locale][index]);
        expect(view.activityGroups[0]?.text, locale).toBe(words[locale][index]);
      }
      const stopped = only([plan({ id: 'b', activity: [{ detail: { status: 'stopped', description: 'Tiltak' } }] })], {
        locale,
      });
      expect(stopped.activities[0]?.statusText, locale).toBe({ nb: 'Avbrutt', nn: 'Avbrote', en: 'Stopped' }[locale]);
    }
  });

  test('next date: timing events and repeats, period start, a date as text, an appointment', () => {
    const view = only([
      plan({
        id: 'a',
        activity: [
          { detail: { status: 'scheduled', scheduledTiming: { event: ['2026-10-01', '2026-12-24', '2026-11-15'] } } },
          {
            detail: {
              status: 'in-progress',
              scheduledTiming: {
                repeat: { boundsPeriod: { start: '2026-10-01' }, frequency: 1, period: 1, periodUnit: 'wk' },
              },
            },
          },
          { detail: { status: 'scheduled', scheduledPeriod: { start: '2026-12-01', end: '2026-12-02' } } },
          { detail: { status: 'scheduled', scheduledString: '2027-01-15' } },
          { detail: { status: 'scheduled', scheduledString: 'Etter behov' } },
          { reference: { reference: 'Appointment/ap' } },
          { detail: { status: 'completed', scheduledPeriod: { start: '2026-01-01', end: '2026-02-01' } } },
        ],
      }),
      {
        resourceType: 'Appointment',
        id: 'ap',
        status: 'booked',
        description: 'Hjemmebesøk',
        start: '2026-11-20T10:00:00+01:00',
        end: '2026-11-20T11:00:00+01:00',
        participant: [
          { actor: patient, status: 'accepted' },
          { actor: { reference: 'Practitioner/x', display: 'Siri Lundemo' }, status: 'accepted' },
        ],
      },
    ]);
    const next = view.activities.map((activity) => activity.next?.value);
    expect(next).toEqual([
      '2026-11-15',
      '2026-11-05',
      '2026-12-01',
      '2027-01-15',
      undefined,
      '2026-11-20T10:00:00+01:00',
      undefined,
    ]);
    expect(view.activities[4]?.scheduleText).toBe('Etter behov');
    const appointment = view.activities[5];
    expect(appointment).toMatchObject({
      source: 'reference',
      kind: 'Appointment',
      title: 'Hjemmebesøk',
      status: 'scheduled',
      resourceStatus: 'booked',
      performers: ['Siri Lundemo'],
    });
  });

  test('overdue: due and not done (not started after its start, still in progress after its end); never a repeat', () => {
    // NOW is 1 November 2026, 12:00 in Oslo.
    type Detail = NonNullable<NonNullable<CarePlan['activity']>[number]['detail']>;
    const activity = (title: string, status: Detail['status'], when: Partial<Detail>) => ({
      detail: { status, description: title, ...when },
    });
    const view = only([
      plan({
        id: 'a',
        activity: [
          activity('Sårstell', 'scheduled', { scheduledPeriod: { start: '2026-10-30T09:00:00+01:00' } }),
          activity('Blodprøve', 'not-started', { scheduledString: '2026-10-31' }),
          activity('Opptrening', 'in-progress', { scheduledPeriod: { start: '2026-10-01', end: '2026-10-31' } }),
          activity('Samtale', 'in-progress', { scheduledPeriod: { start: '2026-10-01', end: '2026-11-30' } }),
          activity('I dag', 'scheduled', { scheduledString: '2026-11-01' }),
          activity('Utført', 'completed', { scheduledPeriod: { start: '2026-10-01', end: '2026-10-02' } }),
          activity('Avlyst', 'cancelled', { scheduledString: '2026-10-15' }),
          activity('Ukentlig', 'scheduled', {
            scheduledTiming: { repeat: { boundsPeriod: { start: '2026-09-01' }, period: 1, periodUnit: 'wk' } },
          }),
          activity('To besøk', 'scheduled', { scheduledTiming: { event: ['2026-10-20', '2026-10-27'] } }),
          activity('Ett igjen', 'scheduled', { scheduledTiming: { event: ['2026-10-20', '2026-11-20'] } }),
          { reference: { reference: 'Appointment/ap' } },
        ],
      }),
      {
        resourceType: 'Appointment',
        id: 'ap',
        status: 'booked',
        description: 'Hjemmebesøk',
        start: '2026-11-01T08:00:00+01:00',
        end: '2026-11-01T09:00:00+01:00',
        participant: [{ actor: patient, status: 'accepted' }],
      },
    ]);
    const overdue = Object.fromEntries(view.activities.map((activity) => [activity.title, activity.overdue?.value]));
    expect(overdue).toEqual({
      Sårstell: '2026-10-30T09:00:00+01:00',
      Blodprøve: '2026-10-31',
      Opptrening: '2026-10-31',
      Samtale: undefined,
      // A date is due all that day.
      'I dag': undefined,
      Utført: undefined,
      Avlyst: undefined,
      Ukentlig: undefined,
      'To besøk': '2026-10-27',
      'Ett igjen': undefined,
      Hjemmebesøk: '2026-11-01T08:00:00+01:00',
    });
  });

  test('referenced ServiceRequest, Task and MedicationRequest with their own status; Encounter outcome', () => {
    const view = only([
      plan({
        id: 'a',
        activity: [
          { reference: { reference: 'ServiceRequest/sr' } },
          { reference: { reference: 'Task/t' } },
          { reference: { reference: 'MedicationRequest/mr' } },
          { reference: { reference: 'Task/missing', display: 'Ring pasienten' } },
          {
            detail: { status: 'completed', description: 'Hjemmebesøk' },
            outcomeReference: [{ reference: 'Encounter/e' }],
          },
        ],
      }),
      {
        resourceType: 'ServiceRequest',
        id: 'sr',
        status: 'active',
        intent: 'order',
        subject: patient,
        code: { text: 'Fysioterapi' },
        occurrenceDateTime: '2026-11-10',
        performer: [{ display: 'Eirik Haugstad' }],
      },
      {
        resourceType: 'Task',
        id: 't',
        status: 'on-hold',
        intent: 'order',
        description: 'Søke om trygghetsalarm',
        owner: { display: 'Siri Lundemo' },
      },
      {
        resourceType: 'MedicationRequest',
        id: 'mr',
        status: 'stopped',
        intent: 'order',
        subject: patient,
        medicationCodeableConcept: { text: 'Metformin 500 mg' },
      },
      {
        resourceType: 'Encounter',
        id: 'e',
        status: 'finished',
        class: { code: 'HH' },
        type: [{ text: 'Hjemmebesøk' }],
        period: { start: '2026-02-03T10:00:00+01:00', end: '2026-02-03T11:00:00+01:00' },
      },
    ]);
    const [sr, task, mr, missing, visit] = view.activities;
    expect(sr).toMatchObject({
      kind: 'ServiceRequest',
      title: 'Fysioterapi',
      status: 'in-progress',
      performers: ['Eirik Haugstad'],
    });
    expect(sr?.next?.value).toBe('2026-11-10');
    expect(task).toMatchObject({
      kind: 'Task',
      title: 'Søke om trygghetsalarm',
      status: 'on-hold',
      performers: ['Siri Lundemo'],
    });
    expect(mr).toMatchObject({ kind: 'MedicationRequest', title: 'Metformin 500 mg', status: 'stopped' });
    expect(missing).toMatchObject({ title: 'Ring pasienten', status: 'unknown', kind: 'Task' });
    expect(missing?.problems).toContain(carePlanMessages.nb.unresolved(carePlanMessages.nb.activityNoun));
    expect(visit?.outcomes[0]).toMatch(/^Hjemmebesøk, 3. februar 2026/);
    expect(visit?.source).toBe('detail');
  });
});

describe('plan tree', () => {
  test('partOf nests, basedOn too; current plans first at every level', () => {
    const model = carePlanModel(
      [
        plan({ id: 'old', status: 'completed', title: 'Gammel', period: { start: '2020-01-01' } }),
        plan({ id: 'root', title: 'IP', period: { start: '2025-01-01' } }),
        plan({ id: 'done', status: 'completed', title: 'Ferdig del', partOf: [{ reference: 'CarePlan/root' }] }),
        plan({ id: 'sub', title: 'Aktiv del', partOf: [{ reference: 'CarePlan/root' }] }),
        plan({ id: 'subsub', title: 'Trening', basedOn: [{ reference: 'CarePlan/sub' }] }),
      ],
      { now: NOW },
    );
    expect(model.roots.map((node) => node.plan.key)).toEqual(['CarePlan/root', 'CarePlan/old']);
    const root = model.roots[0];
    expect(root?.children.map((node) => node.plan.key)).toEqual(['CarePlan/sub', 'CarePlan/done']);
    expect(root?.children[0]?.children[0]?.plan.key).toBe('CarePlan/subsub');
    expect(model.plans.map((view) => view.current)).toEqual([true, true, true, false, false]);
  });

  test('a loop is broken, reported, and never hangs', () => {
    const model = carePlanModel(
      [
        plan({ id: 'a', partOf: [{ reference: 'CarePlan/b' }] }),
        plan({ id: 'b', partOf: [{ reference: 'CarePlan/c' }] }),
        plan({ id: 'c', partOf: [{ reference: 'CarePlan/a' }] }),
        plan({ id: 'self', partOf: [{ reference: 'CarePlan/self' }] }),
      ],
      { now: NOW },
    );
    const count = (nodes: typeof model.roots): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
    expect(count(model.roots)).toBe(4);
    const looped = model.plans.filter((view) => view.problems.includes(carePlanMessages.nb.loop));
    expect(looped).toHaveLength(1);
    expect(model.roots.some((node) => node.loop)).toBe(true);
  });
});

describe('zone plans', () => {
  const zone = (color: 'green' | 'yellow' | 'red', criterion: string): Condition => ({
    resourceType: 'Condition',
    id: `zone-${color}`,
    subject: patient,
    severity: { coding: [{ system: ZONE_SYSTEM, code: color }] },
    code: { text: criterion },
  });
  const zonePlan = (color: 'green' | 'yellow' | 'red', title: string, instruction: string): CarePlan =>
    plan({
      id: color,
      title,
      partOf: [{ reference: 'CarePlan/overall' }],
      addresses: [{ reference: `Condition/zone-${color}` }],
      activity: [{ detail: { status: 'not-started', description: instruction } }],
    });

  test('three zone sub-plans under the overall plan, green, yellow, red, with their instructions', () => {
    const model = carePlanModel(
      [
        plan({ id: 'overall', title: 'Plan for Oddfrid', description: 'Oddfrid ønsker å gå turar med barnebarna.' }),
        zonePlan('red', 'Tiltak - rød sone', 'Ring 113'),
        zonePlan('green', 'Tiltak - grønn sone', 'Fortsett som før'),
        zonePlan('yellow', 'Tiltak - gul sone', 'Øk medikamentdose og kontakt fastlege innen 24 timer'),
        zone('green', 'Peak flow over 80 prosent'),
        zone('yellow', 'Peak flow mellom 50 og 80 prosent'),
        zone('red', 'Peak flow under 50 prosent'),
      ],
      { now: NOW },
    );
    expect(model.roots).toHaveLength(1);
    const zones = model.roots[0]?.zones ?? [];
    expect(zones.map((z) => z.zone)).toEqual(['green', 'yellow', 'red']);
    expect(zones[1]).toMatchObject({
      text: 'Gul sone',
      criterion: 'Peak flow mellom 50 og 80 prosent',
      instructions: ['Øk medikamentdose og kontakt fastlege innen 24 timer'],
    });
    expect(model.plans.filter((view) => view.type === 'zone')).toHaveLength(3);
    expect(badTexts(model)).toEqual([]);
  });

  test('a zone by its title alone, in English', () => {
    const view = only([plan({ id: 'z', title: 'Red zone actions' })], { locale: 'en' });
    expect(view.zone).toMatchObject({ zone: 'red', text: 'Red zone', criterion: '' });
    expect(view.typeText).toBe('Zone plan');
  });
});

describe('hostile input', () => {
  test('strings where objects belong are reported and left out; nothing throws', () => {
    const model = carePlanModel(
      [
        { resourceType: 'CarePlan', id: 'a', status: 'active', period: 'soon', careTeam: 'x', activity: ['y', 5] },
        42,
        null,
        'CarePlan',
      ],
      { now: NOW },
    );
    const view = model.plans[0];
    expect(view?.problems).toContain(carePlanMessages.nb.unreadableField('period'));
    expect(view?.problems).toContain(carePlanMessages.nb.unreadableField('careTeam'));
    expect(view?.activities).toHaveLength(2);
    expect(model.problems).toEqual([carePlanMessages.nb.notAResource]);
    expect(badTexts(model)).toEqual([]);
  });
});
