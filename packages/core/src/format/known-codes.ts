// Names for codes of published HL7 and US Core code systems that vendors send without a display
// (Oracle Health's categories, Epic's statuses): a clinician reads "Vitale tegn", never "vital-signs".
import { defineCatalogue, type Catalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';

const TERMINOLOGY = 'http://terminology.hl7.org/CodeSystem/';
const US_CORE = 'http://hl7.org/fhir/us/core/CodeSystem/';

// One catalogue per code system, by code. Codes as the code systems publish them (v3 ActCode's are upper-case).
export const observationCategory = defineCatalogue({
  'social-history': 'Sosial anamnese',
  'vital-signs': 'Vitale tegn',
  imaging: 'Bildediagnostikk',
  laboratory: 'Laboratorieprøver',
  procedure: 'Prosedyre',
  survey: 'Kartlegging',
  exam: 'Klinisk undersøkelse',
  therapy: 'Behandling',
  activity: 'Aktivitet',
});

export const conditionCategory = defineCatalogue({
  'problem-list-item': 'Problemliste',
  'encounter-diagnosis': 'Diagnose ved kontakt',
});

export const usCoreConditionCategory = defineCatalogue({
  'health-concern': 'Helseutfordring',
  'problem-list-item': 'Problemliste',
  'encounter-diagnosis': 'Diagnose ved kontakt',
});

export const usCoreCareplanCategory = defineCatalogue({
  'assess-plan': 'Vurdering og behandlingsplan',
});

export const usCoreDocumentreferenceCategory = defineCatalogue({
  'clinical-note': 'Klinisk notat',
});

export const conditionClinical = defineCatalogue({
  active: 'Aktiv',
  recurrence: 'Tilbakefall',
  relapse: 'Residiv',
  inactive: 'Inaktiv',
  remission: 'Remisjon',
  resolved: 'Over',
});

export const conditionVerStatus = defineCatalogue({
  unconfirmed: 'Ikke bekreftet',
  provisional: 'Foreløpig',
  differential: 'Differensialdiagnose',
  confirmed: 'Bekreftet',
  refuted: 'Avkreftet',
  'entered-in-error': 'Registrert ved en feil',
});

export const allergyintoleranceClinical = defineCatalogue({
  active: 'Aktiv',
  inactive: 'Inaktiv',
  resolved: 'Over',
});

export const allergyintoleranceVerification = defineCatalogue({
  unconfirmed: 'Ikke bekreftet',
  confirmed: 'Bekreftet',
  refuted: 'Avkreftet',
  'entered-in-error': 'Registrert ved en feil',
});

export const medicationrequestCategory = defineCatalogue({
  inpatient: 'Innlagt',
  outpatient: 'Poliklinisk',
  community: 'Hjemme',
  discharge: 'Ved utskrivning',
});

export const medicationStatementCategory = defineCatalogue({
  inpatient: 'Innlagt',
  outpatient: 'Poliklinisk',
  community: 'Hjemme',
  patientspecified: 'Oppgitt av pasienten',
});

export const v3ActCode = defineCatalogue({
  AMB: 'Poliklinisk',
  EMER: 'Akutt',
  IMP: 'Innleggelse',
  ACUTE: 'Innleggelse',
  NONAC: 'Innleggelse',
  OBSENC: 'Observasjon',
  PRENC: 'Forhåndsvurdering',
  SS: 'Dagbehandling',
  HH: 'Hjemmebesøk',
  VR: 'Virtuell kontakt',
  FLD: 'Utekontakt',
});

export const v20074 = defineCatalogue({
  LAB: 'Laboratorium',
  CH: 'Klinisk kjemi',
  HM: 'Hematologi',
  MB: 'Mikrobiologi',
  PAT: 'Patologi',
  RAD: 'Radiologi',
  CUS: 'Kardiologisk ultralyd',
  EC: 'EKG',
  IMM: 'Immunologi',
});

const SYSTEMS = new Map<string, Catalogue<Record<string, string>>>([
  [`${TERMINOLOGY}observation-category`, observationCategory],
  [`${TERMINOLOGY}condition-category`, conditionCategory],
  [`${US_CORE}condition-category`, usCoreConditionCategory],
  [`${US_CORE}careplan-category`, usCoreCareplanCategory],
  [`${US_CORE}us-core-documentreference-category`, usCoreDocumentreferenceCategory],
  [`${TERMINOLOGY}condition-clinical`, conditionClinical],
  [`${TERMINOLOGY}condition-ver-status`, conditionVerStatus],
  [`${TERMINOLOGY}allergyintolerance-clinical`, allergyintoleranceClinical],
  [`${TERMINOLOGY}allergyintolerance-verification`, allergyintoleranceVerification],
  [`${TERMINOLOGY}medicationrequest-category`, medicationrequestCategory],
  [`${TERMINOLOGY}medication-statement-category`, medicationStatementCategory],
  [`${TERMINOLOGY}v3-ActCode`, v3ActCode],
  [`${TERMINOLOGY}v2-0074`, v20074],
]);

/** The name of a code from a published code system Samspill knows; '' for any other. */
export function knownCodeName(system: string, code: string, locale: Locale): string {
  const names = SYSTEMS.get(system)?.[locale];
  // Own keys only: a code such as "toString" must not find Object's.
  return names !== undefined && Object.hasOwn(names, code) ? (names[code] ?? '') : '';
}
