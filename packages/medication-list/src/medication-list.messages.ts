import { defineCatalogue } from '@samspill/core/data.js';

// Which of a row's dates a problem is about, as the subject of a sentence.
export const dateNames = defineCatalogue({
  start: 'Startdatoen',
  end: 'Sluttdatoen',
  prescribed: 'Forskrivningsdatoen',
  expires: 'Utløpsdatoen',
  dispensed: 'Utleveringsdatoen',
  changed: 'Endringsdatoen',
  other: 'En dato',
});

export type DateName = keyof (typeof dateNames)['nb'];

/** Every user-facing string of the medication list's model, in bokmål, nynorsk and English. */
export const medicationMessages = defineCatalogue({
  unknownMedication: 'Ukjent legemiddel',
  unknownSource: 'Ukjent kilde',
  // Bruk (SFM type of use) and the groups of the current list.
  fast: 'Fast',
  kur: 'Kur',
  'ved-behov': 'Ved behov',
  other: 'Annet',
  past: 'Tidligere legemidler',
  // Care levels.
  specialist: 'Spesialisthelsetjenesten',
  municipal: 'Kommunehelsetjenesten',
  gp: 'Fastlege',
  pharmacy: 'Apotek',
  // Row problems.
  notAResource: 'Oppføringen er ikke en lesbar FHIR-ressurs.',
  missingMedication: 'Oppføringen mangler legemiddel.',
  unresolvedMedication: 'Legemiddelet oppføringen viser til, er ikke tilgjengelig.',
  unnamedMedication: 'Legemiddelet har ikke noe lesbart navn.',
  missingStatus: 'Oppføringen mangler gyldig status.',
  unreadableDate: (date: DateName) => `${dateNames.nb[date]} kan ikke leses.`,
  unreadableDosage: 'Doseringen kan ikke leses.',
  unreadableField: (field: string) => `Feltet «${field}» har feil form og er utelatt.`,
});

export type MedicationMessages = (typeof medicationMessages)['nb'];
