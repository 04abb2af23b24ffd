import { defineCatalogue } from '@samspill/core/data.js';

// Bokmål, nynorsk and English all have one singular: exactly 1.
export const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

/** Every user-facing string of the allergy model, in bokmål (nynorsk and English beside it). */
export const allergyMessages = defineCatalogue({
  // Categories (AllergyIntolerance.category).
  medication: 'Legemiddel',
  food: 'Mat',
  environment: 'Miljø',
  biologic: 'Biologisk',
  // Types.
  allergy: 'Allergi',
  intolerance: 'Intoleranse',
  // Criticality: "high" is what Kjernejournal calls kritisk.
  high: 'Kritisk',
  low: 'Lav kritikalitet',
  'unable-to-assess': 'Kritikalitet kan ikke vurderes',
  // Verification status.
  confirmed: 'Bekreftet',
  unconfirmed: 'Ikke bekreftet',
  presumed: 'Ikke bekreftet (antatt)',
  provisional: 'Ikke bekreftet (foreløpig)',
  differential: 'Ikke bekreftet (en av flere mulige)',
  refuted: 'Avkreftet',
  'entered-in-error': 'Registrert ved en feil',
  // Clinical status.
  active: 'Aktiv',
  inactive: 'Inaktiv',
  resolved: 'Gått over',
  // Reaction severity.
  mild: 'Mild',
  moderate: 'Moderat',
  severe: 'Alvorlig',
  // What the data says instead of an allergy.
  'no-known-allergy': 'Ingen kjente allergier registrert',
  'no-known-medication-allergy': 'Ingen kjente legemiddelallergier registrert',
  'no-known-food-allergy': 'Ingen kjente matallergier registrert',
  'no-known-environmental-allergy': 'Ingen kjente miljøallergier registrert',
  'no-known-latex-allergy': 'Ingen kjent lateksallergi registrert',
  'no-allergy-information': 'Ingen opplysninger om allergier',
  unknownSubstance: 'Ukjent stoff',
  unnamedReaction: 'Reaksjon uten beskrivelse',
  unknownSource: 'Ukjent kilde',
  patient: 'Pasienten',
  atAge: (age: string) => `alder ${age}`,
  withSeverity: (reaction: string, severity: string) => `${reaction} (${severity.toLocaleLowerCase('nb')})`,
  // Problems.
  notAResource: 'Oppføringen er ikke en lesbar FHIR-ressurs.',
  missingSubstance: 'Det står ikke hvilket stoff allergien gjelder.',
  missingClinicalStatus: 'Klinisk status mangler; vist som aktiv.',
  unknownCode: (field: string, value: string) => `Ukjent verdi «${value}» i «${field}».`,
  unreadableDate: (field: string) => `Datoen «${field}» kan ikke leses.`,
  unreadableField: (field: string) => `Feltet «${field}» har feil form og er utelatt.`,
});

export type AllergyMessages = (typeof allergyMessages)['nb'];
