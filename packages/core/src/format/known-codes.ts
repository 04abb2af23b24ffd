// Names for codes of published HL7 and US Core code systems that vendors send without a display
// (Oracle Health's categories, Epic's statuses): a clinician reads "Vitale tegn", never "vital-signs".
import type { Locale } from '../locale.js';

type Names = Readonly<Record<Locale, string>>;

const TERMINOLOGY = 'http://terminology.hl7.org/CodeSystem/';
const US_CORE = 'http://hl7.org/fhir/us/core/CodeSystem/';

const name = (nb: string, nn: string, en: string): Names => ({ nb, nn, en });

// By system, then code. Codes as the code systems publish them (v3 ActCode's are upper-case).
const SYSTEMS: ReadonlyMap<string, ReadonlyMap<string, Names>> = new Map([
  [
    `${TERMINOLOGY}observation-category`,
    new Map([
      ['social-history', name('Sosial anamnese', 'Sosial anamnese', 'Social history')],
      ['vital-signs', name('Vitale tegn', 'Vitale teikn', 'Vital signs')],
      ['imaging', name('Bildediagnostikk', 'Biletdiagnostikk', 'Imaging')],
      ['laboratory', name('Laboratorieprøver', 'Laboratorieprøver', 'Laboratory')],
      ['procedure', name('Prosedyre', 'Prosedyre', 'Procedure')],
      ['survey', name('Kartlegging', 'Kartlegging', 'Survey')],
      ['exam', name('Klinisk undersøkelse', 'Klinisk undersøking', 'Examination')],
      ['therapy', name('Behandling', 'Behandling', 'Therapy')],
      ['activity', name('Aktivitet', 'Aktivitet', 'Activity')],
    ]),
  ],
  [
    `${TERMINOLOGY}condition-category`,
    new Map([
      ['problem-list-item', name('Problemliste', 'Problemliste', 'Problem list item')],
      ['encounter-diagnosis', name('Diagnose ved kontakt', 'Diagnose ved kontakt', 'Encounter diagnosis')],
    ]),
  ],
  [
    `${US_CORE}condition-category`,
    new Map([
      ['health-concern', name('Helseutfordring', 'Helseutfordring', 'Health concern')],
      ['problem-list-item', name('Problemliste', 'Problemliste', 'Problem list item')],
      ['encounter-diagnosis', name('Diagnose ved kontakt', 'Diagnose ved kontakt', 'Encounter diagnosis')],
    ]),
  ],
  [
    `${US_CORE}careplan-category`,
    new Map([
      [
        'assess-plan',
        name('Vurdering og behandlingsplan', 'Vurdering og behandlingsplan', 'Assessment and plan of treatment'),
      ],
    ]),
  ],
  [
    `${US_CORE}us-core-documentreference-category`,
    new Map([['clinical-note', name('Klinisk notat', 'Klinisk notat', 'Clinical note')]]),
  ],
  [
    `${TERMINOLOGY}condition-clinical`,
    new Map([
      ['active', name('Aktiv', 'Aktiv', 'Active')],
      ['recurrence', name('Tilbakefall', 'Tilbakefall', 'Recurrence')],
      ['relapse', name('Residiv', 'Residiv', 'Relapse')],
      ['inactive', name('Inaktiv', 'Inaktiv', 'Inactive')],
      ['remission', name('Remisjon', 'Remisjon', 'Remission')],
      ['resolved', name('Over', 'Over', 'Resolved')],
    ]),
  ],
  [
    `${TERMINOLOGY}condition-ver-status`,
    new Map([
      ['unconfirmed', name('Ikke bekreftet', 'Ikkje stadfesta', 'Unconfirmed')],
      ['provisional', name('Foreløpig', 'Førebels', 'Provisional')],
      ['differential', name('Differensialdiagnose', 'Differensialdiagnose', 'Differential')],
      ['confirmed', name('Bekreftet', 'Stadfesta', 'Confirmed')],
      ['refuted', name('Avkreftet', 'Avkrefta', 'Refuted')],
      ['entered-in-error', name('Registrert ved en feil', 'Registrert ved ein feil', 'Entered in error')],
    ]),
  ],
  [
    `${TERMINOLOGY}allergyintolerance-clinical`,
    new Map([
      ['active', name('Aktiv', 'Aktiv', 'Active')],
      ['inactive', name('Inaktiv', 'Inaktiv', 'Inactive')],
      ['resolved', name('Over', 'Over', 'Resolved')],
    ]),
  ],
  [
    `${TERMINOLOGY}allergyintolerance-verification`,
    new Map([
      ['unconfirmed', name('Ikke bekreftet', 'Ikkje stadfesta', 'Unconfirmed')],
      ['confirmed', name('Bekreftet', 'Stadfesta', 'Confirmed')],
      ['refuted', name('Avkreftet', 'Avkrefta', 'Refuted')],
      ['entered-in-error', name('Registrert ved en feil', 'Registrert ved ein feil', 'Entered in error')],
    ]),
  ],
  [
    `${TERMINOLOGY}medicationrequest-category`,
    new Map([
      ['inpatient', name('Innlagt', 'Innlagd', 'Inpatient')],
      ['outpatient', name('Poliklinisk', 'Poliklinisk', 'Outpatient')],
      ['community', name('Hjemme', 'Heime', 'Community')],
      ['discharge', name('Ved utskrivning', 'Ved utskriving', 'Discharge')],
    ]),
  ],
  [
    `${TERMINOLOGY}medication-statement-category`,
    new Map([
      ['inpatient', name('Innlagt', 'Innlagd', 'Inpatient')],
      ['outpatient', name('Poliklinisk', 'Poliklinisk', 'Outpatient')],
      ['community', name('Hjemme', 'Heime', 'Community')],
      ['patientspecified', name('Oppgitt av pasienten', 'Oppgitt av pasienten', 'Patient specified')],
    ]),
  ],
  [
    `${TERMINOLOGY}v3-ActCode`,
    new Map([
      ['AMB', name('Poliklinisk', 'Poliklinisk', 'Outpatient')],
      ['EMER', name('Akutt', 'Akutt', 'Emergency')],
      ['IMP', name('Innleggelse', 'Innlegging', 'Inpatient')],
      ['ACUTE', name('Innleggelse', 'Innlegging', 'Inpatient acute')],
      ['NONAC', name('Innleggelse', 'Innlegging', 'Inpatient non-acute')],
      ['OBSENC', name('Observasjon', 'Observasjon', 'Observation')],
      ['PRENC', name('Forhåndsvurdering', 'Førehandsvurdering', 'Pre-admission')],
      ['SS', name('Dagbehandling', 'Dagbehandling', 'Short stay')],
      ['HH', name('Hjemmebesøk', 'Heimebesøk', 'Home health')],
      ['VR', name('Virtuell kontakt', 'Virtuell kontakt', 'Virtual')],
      ['FLD', name('Utekontakt', 'Utekontakt', 'Field')],
    ]),
  ],
  [
    `${TERMINOLOGY}v2-0074`,
    new Map([
      ['LAB', name('Laboratorium', 'Laboratorium', 'Laboratory')],
      ['CH', name('Klinisk kjemi', 'Klinisk kjemi', 'Chemistry')],
      ['HM', name('Hematologi', 'Hematologi', 'Hematology')],
      ['MB', name('Mikrobiologi', 'Mikrobiologi', 'Microbiology')],
      ['PAT', name('Patologi', 'Patologi', 'Pathology')],
      ['RAD', name('Radiologi', 'Radiologi', 'Radiology')],
      ['CUS', name('Kardiologisk ultralyd', 'Kardiologisk ultralyd', 'Cardiac ultrasound')],
      ['EC', name('EKG', 'EKG', 'Electrocardiac')],
      ['IMM', name('Immunologi', 'Immunologi', 'Immunology')],
    ]),
  ],
]);

/** The name of a code from a published code system Samspill knows; '' for any other. */
export function knownCodeName(system: string, code: string, locale: Locale): string {
  return SYSTEMS.get(system)?.get(code)?.[locale] ?? '';
}
