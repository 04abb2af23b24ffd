import { translate } from '@samspill/core/data.js';
import { count } from './medication-list.labels.js';
import { dayMessages, daySlotNames } from './medication-day.messages.js';

translate(daySlotNames, 'nn', {
  morgen: 'Morgon',
  formiddag: 'Føremiddag',
  middag: 'Middag',
  ettermiddag: 'Ettermiddag',
  kveld: 'Kveld',
  natt: 'Natt',
});

translate(dayMessages, 'nn', {
  noTiming: 'Tidspunkt ikkje oppgitt',
  noDosage: 'Dosering ikkje oppgitt',
  unreadableTiming: (written) => `Doseringa kan ikkje lesast som tidspunkt: «${written}»`,
  unknownWhen: (codes) => `Tidspunkt kan ikkje lesast: «${codes}»`,
  notDaily: 'Blir ikkje gitt kvar dag – sjekk om det skal givast i dag',
  steps: 'Doseringa blir endra undervegs – sjekk kva for trinn som gjeld i dag',
  maxPerPeriod: (amount) => `Maks ${amount}`,
  maxPerDose: (amount) => `Maks ${amount} per dose`,
  heading: (date) => `Legemiddel i dag – ${date}`,
  empty: 'Ingen legemiddel skal givast i dag.',
  nothingShared: 'Ingen legemiddel skal givast i dag etter det som er delt med denne appen.',
  paused: 'Pausa – skal ikkje givast',
  pausedSummary: (n) => `${count(n, 'dose', 'dosar')} i dag er pausa og skal ikkje givast.`,
  unplacedIntro: 'Kan ikkje plasserast på eit tidspunkt. Sjekk doseringa i journalen.',
  at: (time) => `kl. ${time}`,
});
