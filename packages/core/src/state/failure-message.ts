import { defineCatalogue } from '../i18n/catalogue.js';
import { collator } from '../i18n/intl-format.js';
import type { Locale } from '../locale.js';
import type { FailureKind, SourceFailure } from '../source/fhir-source.js';

export const messages = defineCatalogue({
  unauthorized: (what: string) => `Fikk ikke hentet ${what}: økten er utløpt. Åpne appen på nytt fra journalen.`,
  forbidden: (what: string) => `Du har ikke tilgang til ${what}.`,
  'not-found': (what: string) => `Fant ikke ${what}.`,
  unavailable: (what: string) => `Fikk ikke hentet ${what}: tjenesten svarer ikke akkurat nå.`,
  network: (what: string) => `Fikk ikke hentet ${what}: ingen forbindelse med tjenesten.`,
  malformed: (what: string) => `Fikk ikke lest ${what}: svaret fra tjenesten var ugyldig.`,
  aborted: (what: string) => `Hentingen av ${what} ble avbrutt.`,
  unsupported: (what: string) => `Kilden kan ikke søke etter ${what} slik.`,
  'not-granted': (what: string) => `Appen har ikke fått tilgang til ${what}.`,
  data: 'data',
  from: (what: string, origin: string) => `${what} fra ${origin}`,
});

/** What a resource type is called in a sentence ("Fikk ikke hentet legemiddelbruk"). */
export const resourceNouns = defineCatalogue({
  MedicationRequest: 'forskrivninger',
  MedicationStatement: 'legemiddelbruk',
  MedicationDispense: 'utleveringer',
  MedicationAdministration: 'administreringer',
  Medication: 'legemidler',
  CarePlan: 'planer',
  Goal: 'mål',
  CareTeam: 'behandlerteam',
  Encounter: 'kontakter',
  Observation: 'målinger og prøvesvar',
  Condition: 'diagnoser og problemer',
  Procedure: 'prosedyrer',
  DiagnosticReport: 'svarrapporter',
  DocumentReference: 'dokumenter',
  Immunization: 'vaksiner',
  AllergyIntolerance: 'allergier',
  Appointment: 'timeavtaler',
  Patient: 'pasientopplysninger',
  Practitioner: 'helsepersonell',
  PractitionerRole: 'helsepersonellets roller',
  Organization: 'virksomheter',
  Location: 'steder',
  RelatedPerson: 'pårørende',
  ServiceRequest: 'henvisninger og bestillinger',
  Task: 'oppgaver',
  Binary: 'vedlegg',
});

/** The resource type named for people, or "data" for a type without a name of its own. */
export function resourceNoun(resourceType: string | undefined, locale: Locale): string {
  const nouns = resourceNouns[locale];
  return resourceType && Object.hasOwn(nouns, resourceType)
    ? nouns[resourceType as keyof typeof nouns]
    : messages[locale].data;
}

/** A sentence for a clinician saying what could not be loaded, from where, and what to do. */
export function failureMessage(failure: SourceFailure, locale: Locale): string {
  let what = resourceNoun(failure.resourceType, locale);
  if (failure.origin?.label) what = messages[locale].from(what, failure.origin.label);
  const kind: FailureKind = Object.hasOwn(messages[locale], failure.kind) ? failure.kind : 'malformed';
  return messages[locale][kind](what);
}

/**
 * One line per distinct message, so five refused searches of the same kind read as one. Loads given
 * up on and types never granted are left out: neither is a problem to report.
 */
export function failureMessages(failures: readonly SourceFailure[], locale: Locale): string[] {
  const relevant = failures.filter((failure) => failure.kind !== 'aborted' && failure.kind !== 'not-granted');
  return [...new Set(relevant.map((failure) => failureMessage(failure, locale)))].sort((a, b) =>
    collator(locale).compare(a, b),
  );
}
