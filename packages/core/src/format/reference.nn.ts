import { translate } from '../i18n/catalogue.js';
import { messages, kinds } from './reference.js';

translate(messages, 'nn', {
  unnamedKind: (kind) => `${kind} utan namn`,
  unnamed: 'Utan namn',
  notLoaded: (kind) => `${kind} (ikkje henta)`,
});

translate(kinds, 'nn', {
  Patient: 'Pasient',
  Practitioner: 'Helsepersonell',
  PractitionerRole: 'Helsepersonell',
  RelatedPerson: 'Pårørande',
  Organization: 'Organisasjon',
  Location: 'Stad',
  CareTeam: 'Behandlingsteam',
  HealthcareService: 'Helseteneste',
  Device: 'Utstyr',
  Medication: 'Legemiddel',
  Encounter: 'Kontakt',
  EpisodeOfCare: 'Behandlingsforløp',
  Condition: 'Tilstand',
  Observation: 'Observasjon',
  DiagnosticReport: 'Prøvesvar',
  Procedure: 'Prosedyre',
  ServiceRequest: 'Tilvising',
  MedicationRequest: 'Forskriving',
  MedicationStatement: 'Legemiddelbruk',
  MedicationDispense: 'Utlevering',
  MedicationAdministration: 'Legemiddeladministrasjon',
  Immunization: 'Vaksinasjon',
  AllergyIntolerance: 'Allergi',
  CarePlan: 'Plan',
  Goal: 'Mål',
  DocumentReference: 'Dokument',
  Composition: 'Dokument',
  Appointment: 'Time',
  Specimen: 'Prøve',
  QuestionnaireResponse: 'Skjema',
  Task: 'Oppgåve',
  other: 'Oppføring',
});
