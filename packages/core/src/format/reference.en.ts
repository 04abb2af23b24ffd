import { translate } from '../i18n/catalogue.js';
import { messages, kinds } from './reference.js';

translate(messages, 'en', {
  unnamedKind: (kind) => `Unnamed ${kind.toLowerCase()}`,
  unnamed: 'Unnamed',
  notLoaded: (kind) => `${kind} (not loaded)`,
});

translate(kinds, 'en', {
  Patient: 'Patient',
  Practitioner: 'Practitioner',
  PractitionerRole: 'Practitioner',
  RelatedPerson: 'Related person',
  Organization: 'Organisation',
  Location: 'Location',
  CareTeam: 'Care team',
  HealthcareService: 'Healthcare service',
  Device: 'Device',
  Medication: 'Medication',
  Encounter: 'Encounter',
  EpisodeOfCare: 'Episode of care',
  Condition: 'Condition',
  Observation: 'Observation',
  DiagnosticReport: 'Report',
  Procedure: 'Procedure',
  ServiceRequest: 'Referral',
  MedicationRequest: 'Prescription',
  MedicationStatement: 'Medication use',
  MedicationDispense: 'Dispense',
  MedicationAdministration: 'Medication administration',
  Immunization: 'Immunisation',
  AllergyIntolerance: 'Allergy',
  CarePlan: 'Plan',
  Goal: 'Goal',
  DocumentReference: 'Document',
  Composition: 'Document',
  Appointment: 'Appointment',
  Specimen: 'Specimen',
  QuestionnaireResponse: 'Form',
  Task: 'Task',
  other: 'Record',
});
