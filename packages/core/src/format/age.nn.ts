import { translate } from '../i18n/catalogue.js';
import { messages, counted } from './age.js';

translate(messages, 'nn', {
  years: counted('år', 'år'),
  months: counted('månad', 'månader'),
  days: counted('dag', 'dagar'),
});
