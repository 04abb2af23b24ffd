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

translate(observationCategory, 'en', {
  'social-history': 'Social history',
  'vital-signs': 'Vital signs',
  imaging: 'Imaging',
  laboratory: 'Laboratory',
  procedure: 'Procedure',
  survey: 'Survey',
  exam: 'Examination',
  therapy: 'Therapy',
  activity: 'Activity',
});

translate(conditionCategory, 'en', {
  'problem-list-item': 'Problem list item',
  'encounter-diagnosis': 'Encounter diagnosis',
});

translate(usCoreConditionCategory, 'en', {
  'health-concern': 'Health concern',
  'problem-list-item': 'Problem list item',
  'encounter-diagnosis': 'Encounter diagnosis',
});

translate(usCoreCareplanCategory, 'en', {
  'assess-plan': 'Assessment and plan of treatment',
});

translate(usCoreDocumentreferenceCategory, 'en', {
  'clinical-note': 'Clinical note',
});

translate(conditionClinical, 'en', {
  active: 'Active',
  recurrence: 'Recurrence',
  relapse: 'Relapse',
  inactive: 'Inactive',
  remission: 'Remission',
  resolved: 'Resolved',
});

translate(conditionVerStatus, 'en', {
  unconfirmed: 'Unconfirmed',
  provisional: 'Provisional',
  differential: 'Differential',
  confirmed: 'Confirmed',
  refuted: 'Refuted',
  'entered-in-error': 'Entered in error',
});

translate(allergyintoleranceClinical, 'en', {
  active: 'Active',
  inactive: 'Inactive',
  resolved: 'Resolved',
});

translate(allergyintoleranceVerification, 'en', {
  unconfirmed: 'Unconfirmed',
  confirmed: 'Confirmed',
  refuted: 'Refuted',
  'entered-in-error': 'Entered in error',
});

translate(medicationrequestCategory, 'en', {
  inpatient: 'Inpatient',
  outpatient: 'Outpatient',
  community: 'Community',
  discharge: 'Discharge',
});

translate(medicationStatementCategory, 'en', {
  inpatient: 'Inpatient',
  outpatient: 'Outpatient',
  community: 'Community',
  patientspecified: 'Patient specified',
});

translate(v3ActCode, 'en', {
  AMB: 'Outpatient',
  EMER: 'Emergency',
  IMP: 'Inpatient',
  ACUTE: 'Inpatient acute',
  NONAC: 'Inpatient non-acute',
  OBSENC: 'Observation',
  PRENC: 'Pre-admission',
  SS: 'Short stay',
  HH: 'Home health',
  VR: 'Virtual',
  FLD: 'Field',
});

translate(v20074, 'en', {
  LAB: 'Laboratory',
  CH: 'Chemistry',
  HM: 'Hematology',
  MB: 'Microbiology',
  PAT: 'Pathology',
  RAD: 'Radiology',
  CUS: 'Cardiac ultrasound',
  EC: 'Electrocardiac',
  IMM: 'Immunology',
});
