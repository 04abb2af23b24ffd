import { defineCatalogue } from '@samspill/core/data.js';

/** Every user-facing string of the care plan's model, in bokmål, nynorsk and English. */
export const carePlanMessages = defineCatalogue({
  // Plan types, also the title of a plan that has neither title nor category.
  individual: 'Individuell plan',
  'follow-up': 'Oppfølgingsplan',
  zone: 'Soneplan',
  other: 'Plan',
  // Intents, with what they mean for the reader (an ordinary plan says nothing: `plan` is not shown).
  proposal: 'Forslag – ikke vedtatt',
  plan: 'Plan',
  order: 'Bestilt – skal følges',
  option: 'Alternativ – ett av flere mulige opplegg',
  // Zones.
  green: 'Grønn sone',
  yellow: 'Gul sone',
  red: 'Rød sone',
  // Activity kinds.
  Appointment: 'Avtale',
  ServiceRequest: 'Tiltak',
  Task: 'Oppgave',
  MedicationRequest: 'Legemiddel',
  Encounter: 'Kontakt',
  CommunicationRequest: 'Kommunikasjon',
  DeviceRequest: 'Hjelpemiddel',
  NutritionOrder: 'Ernæring',
  VisionPrescription: 'Synsresept',
  RequestGroup: 'Tiltak',
  activity: 'Aktivitet',
  // The activity statuses whose shared word (status words in core) belongs to another kind of record.
  'status-scheduled': 'Planlagt',
  'status-stopped': 'Avbrutt',
  yes: 'Ja',
  no: 'Nei',
  // Goal progress.
  met: 'Nådd',
  'not-met': 'Ikke nådd',
  'progress-unknown': 'Ukjent fremgang',
  // Goal achievement codes without a text.
  'in-progress': 'Pågår',
  improving: 'Bedres',
  worsening: 'Forverres',
  'no-change': 'Uendret',
  achieved: 'Oppnådd',
  sustaining: 'Opprettholdes',
  'not-achieved': 'Ikke oppnådd',
  'no-progress': 'Ingen fremgang',
  'not-attainable': 'Ikke oppnåelig',
  patient: 'Pasienten',
  unnamedGoal: 'Mål uten beskrivelse',
  unnamedMember: 'Ukjent deltaker',
  dueIn: (duration: string) => `innen ${duration}`,
  // Problems.
  notAResource: 'Oppføringen er ikke en lesbar FHIR-ressurs.',
  missingStatus: 'Planen mangler gyldig status.',
  missingActivityStatus: 'Aktiviteten mangler gyldig status.',
  unreadableDate: (field: string) => `Datoen «${field}» kan ikke leses.`,
  unreadableField: (field: string) => `Feltet «${field}» har feil form og er utelatt.`,
  unresolved: (what: string) => `${what} som planen viser til, er ikke tilgjengelig.`,
  loop: 'Planen er en del av seg selv gjennom «partOf»; sløyfen er brutt.',
  goalNoun: 'Målet',
  careTeamNoun: 'Behandlingsteamet',
  conditionNoun: 'Problemstillingen',
  activityNoun: 'Aktiviteten',
});

export type CarePlanMessages = (typeof carePlanMessages)['nb'];
