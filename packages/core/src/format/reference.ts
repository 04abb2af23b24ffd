import type { Identifier, Reference } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { referenceKey, referenceType } from '../source/fhir-reference.js';
import { formatIdentifier, formatIdentifierLabel } from './identifier.js';
import { element, text } from './untrusted.js';

export const messages = defineCatalogue({
  unnamedKind: (kind: string) => `${kind} uten navn`,
  unnamed: 'Uten navn',
  notLoaded: (kind: string) => `${kind} (ikke hentet)`,
});

// What a reference points at, in a word: "Kontakt (ikke hentet)", "Helsepersonell uten navn".
export const kinds = defineCatalogue({
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
});

type Kind = keyof (typeof kinds)['nb'];

// The kinds a reference names by `type` alone that are things with a name ("Sted uten navn"); a role
// reads as the person who holds it (kinds.PractitionerRole). A Set, so "constructor" finds nothing.
const NAMED_KINDS = new Set<Kind>([
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'Organization',
  'Location',
  'CareTeam',
  'HealthcareService',
  'Device',
  'Medication',
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
  const kind: Kind = Object.hasOwn(kinds.nb, type) ? (type as Kind) : 'other';
  if (referenceKey(fields) !== undefined) return messages[locale].notLoaded(kinds[locale][kind]);
  if (!type && !text(fields.reference)) return '';
  return NAMED_KINDS.has(kind) ? messages[locale].unnamedKind(kinds[locale][kind]) : messages[locale].unnamed;
}
