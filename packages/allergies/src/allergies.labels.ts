import { defineCatalogue } from '@samspill/core/data.js';
import { count } from './allergies.messages.js';

/** The element's own words (headings, notices, buttons, labels), next to the model's in allergies.messages.ts. */
export const allergyLabels = defineCatalogue({
  heading: 'Allergier og intoleranser',
  // Recorded none is not "no known allergies": the view never says the second unless the data does.
  empty: 'Ingen allergier eller intoleranser er registrert i denne journalen.',
  noneCurrent: 'Ingen aktive allergier eller intoleranser er registrert.',
  current: 'Registrerte allergier og intoleranser',
  allergies: (n: number) => count(n, 'allergi eller intoleranse', 'allergier eller intoleranser'),
  critical: (n: number) => `${n} ${n === 1 ? 'kritisk' : 'kritiske'}`,
  // Could not be checked: a prescriber must never read silence as safety.
  notChecked: 'Allergier kunne ikke sjekkes',
  partlyChecked: 'Ikke alle allergier kunne sjekkes',
  notGranted: 'Appen har ikke tilgang til allergier og intoleranser.',
  checkRecord: 'Det som ikke vises her, kan likevel være registrert. Sjekk allergiene i journalen.',
  retry: 'Prøv igjen',
  contradicted: 'Stemmer ikke med allergiene som er registrert nedenfor.',
  noInformation: 'Kilden sier at den ikke har opplysninger om allergier.',
  by: (who: string) => `av ${who}`,
  past: (n: number) => `Ikke lenger aktive (${n})`,
  excluded: (parts: string) => `Ikke vist: ${parts}.`,
  refuted: (n: number) => `${n} avkreftet`,
  enteredInError: (n: number) => `${n} registrert ved en feil`,
  details: 'Detaljer',
  category: 'Kategori',
  type: 'Type',
  criticality: 'Kritikalitet',
  verification: 'Verifisering',
  clinicalStatus: 'Klinisk status',
  reactions: 'Reaksjoner',
  severity: 'Alvorlighet',
  exposureRoute: 'Eksponering',
  reactionSubstance: 'Stoff',
  description: 'Beskrivelse',
  onset: 'Debut',
  lastOccurrence: 'Siste reaksjon',
  recordedDate: 'Registrert',
  recorder: 'Registrert av',
  asserter: 'Opplyst av',
  source: 'Kilde',
  codes: 'Koder',
  writtenText: 'Teksten i kilden',
  notes: 'Merknader',
  problems: 'Mangler i dataene',
});

export type AllergyLabels = (typeof allergyLabels)['nb'];
