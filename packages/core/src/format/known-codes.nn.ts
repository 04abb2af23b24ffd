import { translate } from '../i18n/catalogue.js';
import {
  observationCategory,
  conditionCategory,
  usCoreConditionCategory,
  usCoreCareplanCategory,
  usCoreDocumentreferenceCategory,
  conditionClinical,
  conditionVerStatus,
  allergyintoleranceClinical,
  allergyintoleranceVerification,
  medicationrequestCategory,
  medicationStatementCategory,
  v3ActCode,
  v20074,
} from './known-codes.js';

translate(observationCategory, 'nn', {
  'social-history': 'Sosial anamnese',
  'vital-signs': 'Vitale teikn',
  imaging: 'Biletdiagnostikk',
  laboratory: 'Laboratorieprøver',
  procedure: 'Prosedyre',
  survey: 'Kartlegging',
  exam: 'Klinisk undersøking',
  therapy: 'Behandling',
  activity: 'Aktivitet',
});

translate(conditionCategory, 'nn', {
  'problem-list-item': 'Problemliste',
  'encounter-diagnosis': 'Diagnose ved kontakt',
});

translate(usCoreConditionCategory, 'nn', {
  'health-concern': 'Helseutfordring',
  'problem-list-item': 'Problemliste',
  'encounter-diagnosis': 'Diagnose ved kontakt',
});

translate(usCoreCareplanCategory, 'nn', {
  'assess-plan': 'Vurdering og behandlingsplan',
});

translate(usCoreDocumentreferenceCategory, 'nn', {
  'clinical-note': 'Klinisk notat',
});

translate(conditionClinical, 'nn', {
  active: 'Aktiv',
  recurrence: 'Tilbakefall',
  relapse: 'Residiv',
  inactive: 'Inaktiv',
  remission: 'Remisjon',
  resolved: 'Over',
});

translate(conditionVerStatus, 'nn', {
  unconfirmed: 'Ikkje stadfesta',
  provisional: 'Førebels',
  differential: 'Differensialdiagnose',
  confirmed: 'Stadfesta',
  refuted: 'Avkrefta',
  'entered-in-error': 'Registrert ved ein feil',
});

translate(allergyintoleranceClinical, 'nn', {
  active: 'Aktiv',
  inactive: 'Inaktiv',
  resolved: 'Over',
});

translate(allergyintoleranceVerification, 'nn', {
  unconfirmed: 'Ikkje stadfesta',
  confirmed: 'Stadfesta',
  refuted: 'Avkrefta',
  'entered-in-error': 'Registrert ved ein feil',
});

translate(medicationrequestCategory, 'nn', {
  inpatient: 'Innlagd',
  outpatient: 'Poliklinisk',
  community: 'Heime',
  discharge: 'Ved utskriving',
});

translate(medicationStatementCategory, 'nn', {
  inpatient: 'Innlagd',
  outpatient: 'Poliklinisk',
  community: 'Heime',
  patientspecified: 'Oppgitt av pasienten',
});

translate(v3ActCode, 'nn', {
  AMB: 'Poliklinisk',
  EMER: 'Akutt',
  IMP: 'Innlegging',
  ACUTE: 'Innlegging',
  NONAC: 'Innlegging',
  OBSENC: 'Observasjon',
  PRENC: 'Førehandsvurdering',
  SS: 'Dagbehandling',
  HH: 'Heimebesøk',
  VR: 'Virtuell kontakt',
  FLD: 'Utekontakt',
});

translate(v20074, 'nn', {
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
