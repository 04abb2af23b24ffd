import { defineCatalogue } from '@samspill/core/data.js';
import { count } from './medication-list.labels.js';

/** The parts of the day a dose is given in (medication-day.model.ts), as headings. */
export const daySlotNames = defineCatalogue({
  morgen: 'Morgen',
  formiddag: 'Formiddag',
  middag: 'Middag',
  ettermiddag: 'Ettermiddag',
  kveld: 'Kveld',
  natt: 'Natt',
});

/**
 * The day view's words, its model's and its render's, fetched with them (SamMedicationList.day):
 * what cannot be placed at a time of day and why, the limits of "ved behov", the headings and notes.
 */
export const dayMessages = defineCatalogue({
  noTiming: 'Tidspunkt ikke oppgitt',
  noDosage: 'Dosering ikke oppgitt',
  unreadableTiming: (written: string) => `Dosering kan ikke leses som tidspunkt: «${written}»`,
  unknownWhen: (codes: string) => `Tidspunkt kan ikke leses: «${codes}»`,
  notDaily: 'Gis ikke hver dag – sjekk om den skal gis i dag',
  steps: 'Doseringen endres underveis – sjekk hvilket trinn som gjelder i dag',
  maxPerPeriod: (amount: string) => `Maks ${amount}`,
  maxPerDose: (amount: string) => `Maks ${amount} per dose`,
  heading: (date: string) => `Legemidler i dag – ${date}`,
  empty: 'Ingen legemidler skal gis i dag.',
  nothingShared: 'Ingen legemidler skal gis i dag etter det som er delt med denne appen.',
  paused: 'Pauset – skal ikke gis',
  pausedSummary: (n: number) => `${count(n, 'dose', 'doser')} i dag er pauset og skal ikke gis.`,
  unplacedIntro: 'Kan ikke plasseres på et tidspunkt. Sjekk doseringen i journalen.',
  at: (time: string) => `kl. ${time}`,
});

export type DayMessages = (typeof dayMessages)['nb'];
