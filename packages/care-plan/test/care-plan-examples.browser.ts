// Hand-written FHIR R4 care plans in the shapes research/components.md §3.4 describes: an individuell
// plan with koordinator, delplan and patient goals, a finished follow-up plan, a traffic-light zone
// plan (as the model's tests encode it), hostile strings and malformed input; for element tests and stories.
import type { CarePlan, CareTeam, Condition, FhirResource, Goal, Observation, Patient, Practitioner } from 'fhir/r4.js';
import type { SourceFailure } from '@samspill/core';
import { ZONE_SYSTEM } from '../src/index.js';

const PATIENT = 'pasient-eksempel';
const subject = { reference: `Patient/${PATIENT}` };
const UCUM = 'http://unitsofmeasure.org';
const WALK = { system: 'urn:samspill:test', code: 'gangdistanse', display: 'Gangdistanse uten pause' };
const WEIGHT = { system: 'http://loinc.org', code: '29463-7', display: 'Kroppsvekt' };

export const EXAMPLE_PATIENT = PATIENT;

const patient: Patient = { resourceType: 'Patient', id: PATIENT, name: [{ family: 'Nordmann', given: ['Kari'] }] };
const person = (id: string, given: string, family: string): Practitioner => ({
  resourceType: 'Practitioner',
  id,
  name: [{ family, given: [given] }],
});

function plan(fields: Partial<CarePlan> & { id: string }): CarePlan {
  return { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject, ...fields };
}

function observation(id: string, code: typeof WALK, date: string, value: number, unit: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [code] },
    subject,
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: UCUM, code: unit },
  };
}

const team: CareTeam = {
  resourceType: 'CareTeam',
  id: 'ip-team',
  name: 'Ansvarsgruppe for Kari',
  subject,
  participant: [
    { role: [{ text: 'Fysioterapeut' }], member: { reference: 'Practitioner/fysio', display: 'Per Fysio' } },
    { role: [{ text: 'Koordinator' }], member: { reference: 'Practitioner/siri' } },
    { role: [{ text: 'Pasient' }], member: { reference: `Patient/${PATIENT}` } },
  ],
};

const goals: Goal[] = [
  {
    resourceType: 'Goal',
    id: 'weight',
    lifecycleStatus: 'active',
    description: { text: 'Holde vekten under 70 kg' },
    subject,
    expressedBy: { reference: 'Practitioner/lege-hansen' },
    target: [
      {
        measure: { coding: [WEIGHT] },
        detailQuantity: { value: 70, comparator: '<=', unit: 'kg', system: UCUM, code: 'kg' },
      },
    ],
  },
  {
    resourceType: 'Goal',
    id: 'walk',
    lifecycleStatus: 'active',
    description: { text: 'Gå til butikken selv' },
    subject,
    expressedBy: { reference: `Patient/${PATIENT}` },
    target: [
      {
        measure: { coding: [WALK] },
        detailQuantity: { value: 1000, comparator: '>=', unit: 'm', system: UCUM, code: 'm' },
        dueDate: '2031-06-01',
      },
    ],
  },
];

const observations: Observation[] = [
  observation('walk-1', WALK, '2026-03-01', 50, 'm'),
  observation('walk-2', WALK, '2026-05-01', 200, 'm'),
  observation('walk-3', WALK, '2026-08-01', 420, 'm'),
  observation('weight-1', WEIGHT, '2026-04-01', 72, 'kg'),
  observation('weight-2', WEIGHT, '2026-09-01', 68.5, 'kg'),
];

/** Koordinator, physiotherapist, the patient; a hip fracture; two goals; activities in four statuses. */
export function typicalPatient(): FhirResource[] {
  return [
    patient,
    person('siri', 'Siri', 'Lundemo'),
    person('fysio', 'Per', 'Fysio'),
    person('lege-hansen', 'Kari', 'Hansen'),
    team,
    { resourceType: 'Condition', id: 'hip', subject, code: { text: 'Hoftebrudd' } } satisfies Condition,
    ...goals,
    ...observations,
    {
      resourceType: 'Appointment',
      id: 'kontroll',
      status: 'booked',
      description: 'Kontroll hos ortoped',
      start: '2031-02-01T09:00:00+01:00',
      end: '2031-02-01T09:30:00+01:00',
      participant: [{ actor: { reference: 'Practitioner/lege-hansen' }, status: 'accepted' }],
    },
    plan({
      id: 'oppfolging',
      status: 'completed',
      title: 'Oppfølgingsplan etter sykehusopphold',
      category: [{ text: 'Oppfølgingsplan' }],
      period: { start: '2025-02-01', end: '2025-06-30' },
      activity: [{ detail: { status: 'completed', description: 'Sårstell' } }],
    }),
    plan({
      id: 'ip',
      title: 'Individuell plan for Kari Nordmann',
      category: [{ text: 'Individuell plan' }],
      period: { start: '2026-01-15' },
      author: { reference: 'Practitioner/lege-hansen' },
      description: 'Jeg vil klare meg selv hjemme og gå tur med barnebarna.',
      careTeam: [{ reference: 'CareTeam/ip-team' }],
      addresses: [{ reference: 'Condition/hip' }],
      goal: [{ reference: 'Goal/weight' }, { reference: 'Goal/walk' }],
      activity: [
        { detail: { status: 'completed', description: 'Ansvarsgruppemøte' } },
        { reference: { reference: 'Appointment/kontroll' } },
        {
          detail: {
            status: 'in-progress',
            description: 'Daglig gangtrening',
            performer: [{ reference: 'Practitioner/fysio' }],
          },
        },
        { detail: { status: 'not-started', description: 'Søke om trygghetsalarm' } },
      ],
    }),
    plan({
      id: 'ip-kommune',
      title: 'Delplan: hjemmetjenester',
      partOf: [{ reference: 'CarePlan/ip' }],
      period: { start: '2026-02-01' },
      activity: [{ detail: { status: 'in-progress', description: 'Hjemmesykepleie om morgenen' } }],
    }),
  ];
}

/** "Now" for the overdue examples: 1 November 2026, midday in Oslo. */
export const OVERDUE_NOW = new Date('2026-11-01T12:00:00+01:00');

/** A home-care plan on {@link OVERDUE_NOW}: wound care due yesterday and not done, one done, one to come. */
export function overduePatient(): FhirResource[] {
  return [
    {
      resourceType: 'CarePlan',
      id: 'hjemmetjeneste',
      status: 'active',
      intent: 'plan',
      title: 'Hjemmetjenester',
      subject: { reference: 'Patient/p1' },
      activity: [
        { detail: { status: 'scheduled', description: 'Sårstell', scheduledString: '2026-10-31' } },
        { detail: { status: 'completed', description: 'Blodtrykk', scheduledString: '2026-10-30' } },
        { detail: { status: 'scheduled', description: 'Fotpleie', scheduledString: '2026-11-05' } },
      ],
    },
  ];
}

/** A traffic-light plan: an overall plan with green, yellow and red zone sub-plans. */
export function zonePatient(): FhirResource[] {
  const zone = (color: 'green' | 'yellow' | 'red', criterion: string): Condition => ({
    resourceType: 'Condition',
    id: `zone-${color}`,
    subject,
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
  return [
    plan({ id: 'overall', title: 'Plan for Oddfrid', description: 'Oddfrid ønsker å gå turar med barnebarna.' }),
    zonePlan('red', 'Tiltak - rød sone', 'Ring 113'),
    zonePlan('green', 'Tiltak - grønn sone', 'Fortsett som før'),
    zonePlan('yellow', 'Tiltak - gul sone', 'Øk medikamentdose og kontakt fastlege innen 24 timer'),
    zone('green', 'Peak flow over 80 prosent'),
    zone('yellow', 'Peak flow mellom 50 og 80 prosent'),
    zone('red', 'Peak flow under 50 prosent'),
  ];
}

export const HOSTILE = '<img src=x onerror="window.__samPwned=1">';
export const SCRIPT = '<script>window.__samPwned=2</script>';

/** Markup in every text a plan can show. */
export function hostilePatient(): FhirResource[] {
  return [
    person('evil', HOSTILE, SCRIPT),
    { resourceType: 'Condition', id: 'evil-condition', subject, code: { text: `${HOSTILE} diagnose` } },
    {
      resourceType: 'CareTeam',
      id: 'evil-team',
      name: `${SCRIPT} team`,
      participant: [{ role: [{ text: `${HOSTILE} Koordinator` }], member: { reference: 'Practitioner/evil' } }],
    },
    {
      resourceType: 'Goal',
      id: 'evil-goal',
      lifecycleStatus: 'active',
      subject,
      description: { text: `${HOSTILE} mål` },
      expressedBy: { reference: `Patient/${PATIENT}` },
      target: [{ measure: { text: '<b onmouseover=alert(1)>måling</b>' }, detailString: '<a href="x">mer</a>' }],
    },
    plan({
      id: 'evil',
      title: `${HOSTILE} plan`,
      category: [{ text: '<iframe src="javascript:alert(1)">' }],
      description: `${SCRIPT} viktig`,
      careTeam: [{ reference: 'CareTeam/evil-team' }],
      addresses: [{ reference: 'Condition/evil-condition' }],
      goal: [{ reference: 'Goal/evil-goal' }],
      activity: [
        {
          detail: {
            status: 'scheduled',
            description: `${SCRIPT} aktivitet`,
            scheduledString: '<svg onload="window.__samPwned=3">',
            performer: [{ display: `${HOSTILE} utfører` }],
          },
        },
      ],
    }),
  ];
}

/** A readable plan, a plan with broken fields, and entries that are not resources at all. */
export function malformedPatient(): unknown[] {
  return [
    plan({ id: 'good', title: 'God plan', activity: [{ detail: { status: 'scheduled', description: 'Besøk' } }] }),
    {
      resourceType: 'CarePlan',
      id: 'broken',
      title: 'Ødelagt plan',
      intent: 'plan',
      period: 'i fjor',
      activity: ['ikke en aktivitet', { detail: { description: 'Uten status' } }],
      goal: [{ reference: 'Goal/borte' }],
    },
    'bare tekst',
    42,
    null,
  ];
}

// The loading and failing sources live in core, for every component's stories and tests.
export { failingSource, pendingSource } from '@samspill/core/testing.js';

export const REFUSED_OBSERVATIONS: SourceFailure = {
  kind: 'forbidden',
  resourceType: 'Observation',
  status: 403,
  message: 'Forbidden',
  origin: { label: 'Fjordvik legekontor' },
};

export const UNAVAILABLE_PLANS: SourceFailure = {
  kind: 'unavailable',
  resourceType: 'CarePlan',
  status: 503,
  message: '503',
};
