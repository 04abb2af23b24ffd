import { translate } from '../i18n/catalogue.js';
import { messages, resourceNouns } from './failure-message.js';

translate(messages, 'en', {
  unauthorized: (what: string) =>
    `Could not load ${what}: the session has expired. Open the app again from the record.`,
  forbidden: (what: string) => `You do not have access to ${what}.`,
  'not-found': (what: string) => `Could not find ${what}.`,
  unavailable: (what: string) => `Could not load ${what}: the service is not responding right now.`,
  network: (what: string) => `Could not load ${what}: no connection to the service.`,
  malformed: (what: string) => `Could not read ${what}: the service sent an invalid response.`,
  aborted: (what: string) => `Loading ${what} was cancelled.`,
  unsupported: (what: string) => `The source cannot search for ${what} this way.`,
  'not-granted': (what: string) => `The app has not been granted access to ${what}.`,
  data: 'data',
  from: (what: string, origin: string) => `${what} from ${origin}`,
});

translate(resourceNouns, 'en', {
  MedicationRequest: 'prescriptions',
  MedicationStatement: 'medication use',
  MedicationDispense: 'dispensings',
  MedicationAdministration: 'administrations',
  Medication: 'medications',
  CarePlan: 'care plans',
  Goal: 'goals',
  CareTeam: 'care teams',
  Encounter: 'encounters',
  Observation: 'observations and results',
  Condition: 'conditions',
  Procedure: 'procedures',
  DiagnosticReport: 'reports',
  DocumentReference: 'documents',
  Immunization: 'immunisations',
  AllergyIntolerance: 'allergies',
  Appointment: 'appointments',
  Patient: 'patient details',
  Practitioner: 'health professionals',
  PractitionerRole: 'practitioner roles',
  Organization: 'organisations',
  Location: 'locations',
  RelatedPerson: 'related persons',
  ServiceRequest: 'referrals and orders',
  Task: 'tasks',
  Binary: 'attachments',
});
