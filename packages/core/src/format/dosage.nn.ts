import { translate } from '../i18n/catalogue.js';
import { messages } from './dosage.js';

translate(messages, 'nn', {
  asNeeded: 'ved behov',
  asNeededFor: (reason) => `ved behov mot ${reason}`,
  rate: (rate) => `med hastigheit ${rate}`,
  maxPerPeriod: (amount) => `maks ${amount}`,
  maxPerDose: (amount) => `maks ${amount} per dose`,
  maxPerLifetime: (amount) => `maks ${amount} totalt`,
  concurrent: (first, second) => `${first} og ${second}`,
  then: (first, next) => `${first}, deretter ${next}`,
});
