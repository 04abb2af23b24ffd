import { defineCatalogue } from '../i18n/catalogue.js';
import { collator } from '../i18n/intl-format.js';
import type { Locale } from '../locale.js';
import type { FailureKind, SourceFailure } from '../source/fhir-source.js';

const messages = defineCatalogue(
  {
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
  },
  {
    nn: {
      unauthorized: (what: string) => `Fekk ikkje henta ${what}: økta har gått ut. Opne appen på nytt frå journalen.`,
      forbidden: (what: string) => `Du har ikkje tilgang til ${what}.`,
      'not-found': (what: string) => `Fann ikkje ${what}.`,
      unavailable: (what: string) => `Fekk ikkje henta ${what}: tenesta svarar ikkje akkurat no.`,
      network: (what: string) => `Fekk ikkje henta ${what}: inga forbinding med tenesta.`,
      malformed: (what: string) => `Fekk ikkje lese ${what}: svaret frå tenesta var ugyldig.`,
      aborted: (what: string) => `Hentinga av ${what} vart avbroten.`,
      unsupported: (what: string) => `Kjelda kan ikkje søkje etter ${what} slik.`,
      'not-granted': (what: string) => `Appen har ikkje fått tilgang til ${what}.`,
      data: 'data',
      from: (what: string, origin: string) => `${what} frå ${origin}`,
    },
    en: {
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
    },
  },
);

/** What a resource type is called in a sentence ("Fikk ikke hentet legemiddelbruk"). */
const resourceNouns = defineCatalogue(
  {
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
  },
  {
    nn: {
      MedicationRequest: 'forskrivingar',
      MedicationStatement: 'legemiddelbruk',
      MedicationDispense: 'utleveringar',
      MedicationAdministration: 'administreringar',
      Medication: 'legemiddel',
      CarePlan: 'planar',
      Goal: 'mål',
      CareTeam: 'behandlarteam',
      Encounter: 'kontaktar',
      Observation: 'målingar og prøvesvar',
      Condition: 'diagnosar og problem',
      Procedure: 'prosedyrar',
      DiagnosticReport: 'svarrapportar',
      DocumentReference: 'dokument',
      Immunization: 'vaksinar',
      AllergyIntolerance: 'allergiar',
      Appointment: 'timeavtalar',
      Patient: 'pasientopplysningar',
      Practitioner: 'helsepersonell',
      PractitionerRole: 'rollene til helsepersonellet',
      Organization: 'verksemder',
      Location: 'stader',
      RelatedPerson: 'pårørande',
      ServiceRequest: 'tilvisingar og bestillingar',
      Task: 'oppgåver',
      Binary: 'vedlegg',
    },
    en: {
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
    },
  },
);

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
