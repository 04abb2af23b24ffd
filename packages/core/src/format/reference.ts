import type { Identifier, Reference } from 'fhir/r4';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { referenceKey, referenceType } from '../source/fhir-reference.js';
import { formatIdentifier, formatIdentifierLabel } from './identifier.js';
import { element, text } from './untrusted.js';

const messages = defineCatalogue(
  {
    Patient: 'Pasient uten navn',
    Practitioner: 'Helsepersonell uten navn',
    RelatedPerson: 'Pårørende uten navn',
    Organization: 'Organisasjon uten navn',
    Location: 'Sted uten navn',
    CareTeam: 'Behandlingsteam uten navn',
    HealthcareService: 'Helsetjeneste uten navn',
    Device: 'Utstyr uten navn',
    Medication: 'Legemiddel uten navn',
    unnamed: 'Uten navn',
    notLoaded: (kind: string) => `${kind} (ikke hentet)`,
  },
  {
    nn: {
      Patient: 'Pasient utan namn',
      Practitioner: 'Helsepersonell utan namn',
      RelatedPerson: 'Pårørande utan namn',
      Organization: 'Organisasjon utan namn',
      Location: 'Stad utan namn',
      CareTeam: 'Behandlingsteam utan namn',
      HealthcareService: 'Helseteneste utan namn',
      Device: 'Utstyr utan namn',
      Medication: 'Legemiddel utan namn',
      unnamed: 'Utan namn',
      notLoaded: (kind: string) => `${kind} (ikkje henta)`,
    },
    en: {
      Patient: 'Unnamed patient',
      Practitioner: 'Unnamed practitioner',
      RelatedPerson: 'Unnamed related person',
      Organization: 'Unnamed organisation',
      Location: 'Unnamed location',
      CareTeam: 'Unnamed care team',
      HealthcareService: 'Unnamed healthcare service',
      Device: 'Unnamed device',
      Medication: 'Unnamed medication',
      unnamed: 'Unnamed',
      notLoaded: (kind: string) => `${kind} (not loaded)`,
    },
  },
);

type Key = Exclude<keyof (typeof messages)['nb'], 'notLoaded'>;

// What a reference points at, in a word, for one that was not loaded: "Kontakt (ikke hentet)".
const kinds = defineCatalogue(
  {
    Patient: 'Pasient',
    Practitioner: 'Helsepersonell',
    PractitionerRole: 'Helsepersonell',
    RelatedPerson: 'Pårørende',
    Organization: 'Organisasjon',
    Location: 'Sted',
    CareTeam: 'Behandlingsteam',
    HealthcareService: 'Helsetjeneste',
    Device: 'Utstyr',
    Medication: 'Legemiddel',
    Encounter: 'Kontakt',
    EpisodeOfCare: 'Behandlingsforløp',
    Condition: 'Tilstand',
    Observation: 'Observasjon',
    DiagnosticReport: 'Prøvesvar',
    Procedure: 'Prosedyre',
    ServiceRequest: 'Henvisning',
    MedicationRequest: 'Forskrivning',
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
    Task: 'Oppgave',
    other: 'Oppføring',
  },
  {
    nn: {
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
    },
    en: {
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
    },
  },
);

type Kind = keyof (typeof kinds)['nb'];

// A role is shown as the person who holds it. A Map, so "constructor" and friends find nothing.
const TYPE_KEYS = new Map<string, Key>([
  ['Patient', 'Patient'],
  ['Practitioner', 'Practitioner'],
  ['PractitionerRole', 'Practitioner'],
  ['RelatedPerson', 'RelatedPerson'],
  ['Organization', 'Organization'],
  ['Location', 'Location'],
  ['CareTeam', 'CareTeam'],
  ['HealthcareService', 'HealthcareService'],
  ['Device', 'Device'],
  ['Medication', 'Medication'],
]);

/**
 * A reference as a person reads it, without resolving it: its `display`; else its logical
 * identifier with a label ("HPR-nummer 9144900", a fødselsnummer masked); else, for one that points
 * at a resource on a server, what kind of thing that is and that it was not loaded ("Kontakt (ikke
 * hentet)"); else what kind of thing it names ("Helsepersonell uten navn"). A raw "Encounter/123"
 * is never shown: it means nothing to a clinician, and a view that has the resource at hand should
 * format the resource. Not "Ukjent pasient" either: in a hospital that means a patient nobody has
 * identified.
 */
export function formatReference(reference: Reference | undefined, options?: FormatOptions): string {
  const fields = element(reference);
  if (!fields) return '';
  const display = text(fields.display);
  if (display) return display;
  const identifier = fields.identifier as Identifier | undefined;
  const value = formatIdentifier(identifier, options);
  if (value) return `${formatIdentifierLabel(identifier, options)} ${value}`;
  const type = referenceType(fields);
  const locale = resolveLocale(options?.locale);
  if (referenceKey(fields) !== undefined) {
    const kind: Kind = Object.hasOwn(kinds.nb, type) ? (type as Kind) : 'other';
    return messages[locale].notLoaded(kinds[locale][kind]);
  }
  if (!type && !text(fields.reference)) return '';
  return messages[locale][TYPE_KEYS.get(type) ?? 'unnamed'];
}
