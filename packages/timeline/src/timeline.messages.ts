import { defineCatalogue } from '@samspill/core/data.js';

/** Every user-facing string of the timeline's model, in bokmål, nynorsk and English. */
export const timelineMessages = defineCatalogue({
  // Event types: filter labels and the title of an event that has nothing better.
  encounter: 'Kontakt',
  condition: 'Diagnose',
  procedure: 'Prosedyre',
  observation: 'Måling',
  report: 'Prøvesvar',
  document: 'Dokument',
  immunization: 'Vaksinasjon',
  medication: 'Legemiddel',
  'care-plan': 'Plan',
  allergy: 'Allergi',
  appointment: 'Timeavtale',
  other: 'Annen hendelse',
  // Encounter classes.
  visit: 'Besøk',
  stay: 'Innleggelse',
  home: 'Hjemmebesøk',
  virtual: 'Videokonsultasjon',
  emergency: 'Akuttkontakt',
  // Observation categories.
  'vital-signs': 'Vitale tegn',
  laboratory: 'Laboratorieprøver',
  'social-history': 'Sosial anamnese',
  imaging: 'Bildediagnostikk',
  survey: 'Kartlegging',
  exam: 'Undersøkelse',
  therapy: 'Behandling',
  activity: 'Aktivitet',
  procedureCategory: 'Prosedyre',
  observations: 'Målinger',
  // Care levels.
  kommune: 'Kommune',
  spesialisthelsetjeneste: 'Spesialisthelsetjenesten',
  fastlege: 'Fastlege',
  privat: 'Privat',
  'unknown-level': 'Ukjent omsorgsnivå',
  // Titles and lines.
  group: (category: string, members: string) => `${category}: ${members}`,
  prescribed: (medicine: string) => `Forskrevet: ${medicine}`,
  started: (medicine: string) => `Startet: ${medicine}`,
  stopped: (medicine: string) => `Avsluttet: ${medicine}`,
  used: (medicine: string) => `Legemiddel: ${medicine}`,
  allergyTo: (substance: string) => `Allergi: ${substance}`,
  intoleranceTo: (substance: string) => `Intoleranse: ${substance}`,
  andMore: (count: number) => `og ${String(count)} til`,
  results: (count: number) => (count === 1 ? '1 resultat' : `${String(count)} resultater`),
  reason: (reason: string) => `Årsak: ${reason}`,
  by: (who: string) => `Utført av ${who}`,
  notDone: 'Ikke gitt',
  future: 'Planlagt',
  unnamedMedicine: 'Ukjent legemiddel',
  unnamed: 'Uten navn',
  // Day headings: "tirsdag 7. mai 2024".
  weekdayDate: (weekday: string, date: string) => `${weekday} ${date}`,
  // Problems.
  notAResource: 'Oppføringen er ikke en lesbar FHIR-ressurs.',
  noDate: (what: string) => `${what} mangler en lesbar klinisk dato og vises ikke i tidslinjen.`,
  unknownDate: (what: string) => `${what} med ukjent dato vises ikke i tidslinjen.`,
});

export type TimelineMessages = (typeof timelineMessages)['nb'];
