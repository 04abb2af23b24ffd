import { translate } from '@samspill/core/data.js';
import { count } from './medication-list.labels.js';
import { dayMessages, daySlotNames } from './medication-day.messages.js';

translate(daySlotNames, 'en', {
  morgen: 'Morning',
  formiddag: 'Late morning',
  middag: 'Midday',
  ettermiddag: 'Afternoon',
  kveld: 'Evening',
  natt: 'Night',
});

translate(dayMessages, 'en', {
  noTiming: 'Time not given',
  noDosage: 'Dosage not given',
  unreadableTiming: (written) => `The dosage cannot be read as times of day: “${written}”`,
  unknownWhen: (codes) => `The time cannot be read: “${codes}”`,
  notDaily: 'Not given every day – check whether it is due today',
  steps: 'The dosage changes over time – check which step applies today',
  maxPerPeriod: (amount) => `Max ${amount}`,
  maxPerDose: (amount) => `Max ${amount} per dose`,
  heading: (date) => `Medicines today – ${date}`,
  empty: 'No medicines are to be given today.',
  nothingShared: 'No medicines are to be given today in what is shared with this app.',
  paused: 'On hold – do not give',
  pausedSummary: (n) => `${count(n, 'dose', 'doses')} today ${n === 1 ? 'is' : 'are'} on hold and not to be given.`,
  unplacedIntro: 'Cannot be placed at a time of day. Check the dosage in the record.',
  at: (time) => `at ${time}`,
});
