// A home-care patient's medicines for the day view, in the shapes they arrive in: PLL statements with
// kortdosering ("1+0+1+0") from the GP, the municipality's prescriptions with FHIR timing (`when`,
// `timeOfDay`), a paused one, "ved behov" with its limit, a course with no times, and the bad input the
// day view must still say something about. For element tests and stories.
import type { Dosage, FhirResource, MedicationRequest, MedicationStatement } from 'fhir/r4.js';
import { USE_EXTENSION, USE_SYSTEM } from '../src/index.js';
import { EXAMPLE_PATIENT } from './medication-examples.browser.js';

/** Thursday 15 January 2026, 07:00 in Oslo: the morning round. */
export const DAY_NOW = new Date('2026-01-15T07:00:00+01:00');

const SHORT_DOSAGE = 'http://ehelse.no/fhir/StructureDefinition/sfm-shortdosage';
const FEST = 'http://ehelse.no/fhir/CodeSystem/FEST';
const oral = { text: 'Oral bruk' };
const tablets = (value: number, unit = value === 1 ? 'tablett' : 'tabletter') => [{ doseQuantity: { value, unit } }];
const use = (code: '1' | '2' | '3') => [{ url: USE_EXTENSION, valueCoding: { system: USE_SYSTEM, code } }];

function statement(
  id: string,
  name: string,
  dosage: Dosage[],
  extra: Partial<MedicationStatement> = {},
): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id,
    status: 'active',
    subject: { reference: `Patient/${EXAMPLE_PATIENT}` },
    medicationCodeableConcept: { coding: [{ system: FEST, code: `ID_${id.toUpperCase()}`, display: name }] },
    effectivePeriod: { start: '2025-06-01' },
    informationSource: { display: 'Fjordvik legekontor' },
    dosage,
    ...extra,
  };
}

function request(
  id: string,
  name: string,
  dosage: Dosage[],
  extra: Partial<MedicationRequest> = {},
): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id,
    status: 'active',
    intent: 'order',
    subject: { reference: `Patient/${EXAMPLE_PATIENT}` },
    medicationCodeableConcept: { coding: [{ system: FEST, code: `ID_${id.toUpperCase()}`, display: name }] },
    authoredOn: '2025-12-01',
    requester: { display: 'Fjordvik hjemmetjeneste' },
    dosageInstruction: dosage,
    ...extra,
  };
}

/** The names in the day's slots, in order, as the element should show them. */
export const DAY_SLOT_NAMES = {
  morgen: ['Metformin Tab 500 mg', 'Furosemid Tab 40 mg', 'Levaxin Tab 50 mikrog'],
  middag: ['Furosemid Tab 40 mg'],
  kveld: ['Metformin Tab 500 mg', 'Marevan Tab 2,5 mg'],
  natt: ['Zopiklon Tab 5 mg'],
} as const;

export function homeCarePatient(): FhirResource[] {
  return [
    // The GP's PLL: kortdosering by place, with the structured dose's unit.
    statement('metformin', 'Metformin Tab 500 mg', [
      {
        extension: [{ url: SHORT_DOSAGE, valueString: '1+0+1+0' }, ...use('1')],
        doseAndRate: tablets(1),
        route: oral,
      },
    ]),
    // The municipality's orders, with FHIR timing.
    request('levaxin', 'Levaxin Tab 50 mikrog', [
      {
        text: '1 tablett kl. 07:30, fastende',
        doseAndRate: tablets(1),
        route: oral,
        timing: { repeat: { timeOfDay: ['07:30:00'] } },
      },
    ]),
    request('furosemid', 'Furosemid Tab 40 mg', [
      {
        doseAndRate: tablets(1),
        route: oral,
        timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd', when: ['MORN', 'NOON'] } },
      },
    ]),
    request('zopiklon', 'Zopiklon Tab 5 mg', [
      { doseAndRate: tablets(1), route: oral, timing: { repeat: { when: ['HS'] } } },
    ]),
    // Paused: shown, and said not to be given.
    request(
      'marevan',
      'Marevan Tab 2,5 mg',
      [
        {
          text: '1 tablett om kvelden etter INR',
          doseAndRate: tablets(1),
          route: oral,
          timing: { repeat: { when: ['EVE'] } },
        },
      ],
      { status: 'on-hold', statusReason: { text: 'Pause før operasjon' } },
    ),
    // Ved behov, with its limit.
    request('paracet', 'Paracet Tab 500 mg', [
      {
        doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablett' }, high: { value: 2, unit: 'tabletter' } } }],
        asNeededCodeableConcept: { text: 'smerter' },
        route: oral,
        maxDosePerAdministration: { value: 2, unit: 'tabletter' },
      },
    ]),
    // A course that gives no times: listed with its words.
    statement('imacillin', 'Imacillin Kaps 500 mg', [{ text: '1 kapsel 3 ganger daglig i 7 dager', route: oral }], {
      effectivePeriod: { start: '2026-01-12', end: '2026-01-18' },
    }),
    // Bad input: a kortdosering that does not parse, and a when code no one knows.
    statement('sertralin', 'Sertralin Tab 50 mg', [{ extension: [{ url: SHORT_DOSAGE, valueString: '1 tbl x 1' }] }]),
    request('vitamin-d', 'Vitamin D Tab 20 mikrog', [
      { text: '1 tablett til frokost', doseAndRate: tablets(1), timing: { repeat: { when: ['BRKFST' as never] } } },
    ]),
    // Not today: stopped, a course that ended yesterday, Mondays only.
    request('ibux', 'Ibux Tab 400 mg', [{ doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'] } } }], {
      status: 'stopped',
    }),
    statement(
      'amoxicillin',
      'Amoxicillin Tab 500 mg',
      [{ doseAndRate: tablets(1), timing: { repeat: { when: ['MORN'] } } }],
      {
        effectivePeriod: { start: '2026-01-05', end: '2026-01-14' },
      },
    ),
    request('metotreksat', 'Metotreksat Tab 2,5 mg', [
      {
        doseAndRate: tablets(4),
        timing: { repeat: { when: ['MORN'], dayOfWeek: ['mon'], period: 1, periodUnit: 'wk' } },
      },
    ]),
  ];
}

/** Only what is not given today: the day is empty, though the list is not. */
export function nothingTodayPatient(): FhirResource[] {
  return homeCarePatient().filter((resource) => ['ibux', 'amoxicillin', 'metotreksat'].includes(resource.id ?? ''));
}
