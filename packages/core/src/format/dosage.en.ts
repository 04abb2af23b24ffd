import { translate } from '../i18n/catalogue.js';
import { messages } from './dosage.js';

translate(messages, 'en', {
  asNeeded: 'as needed',
  asNeededFor: (reason) => `as needed for ${reason}`,
  rate: (rate) => `at a rate of ${rate}`,
  maxPerPeriod: (amount) => `max ${amount}`,
  maxPerDose: (amount) => `max ${amount} per dose`,
  maxPerLifetime: (amount) => `max ${amount} in total`,
  concurrent: (first, second) => `${first} and ${second}`,
  then: (first, next) => `${first}, then ${next}`,
});
