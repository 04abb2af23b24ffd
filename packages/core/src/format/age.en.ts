import { translate } from '../i18n/catalogue.js';
import { messages, counted } from './age.js';

translate(messages, 'en', {
  years: counted('year', 'years'),
  months: counted('month', 'months'),
  days: counted('day', 'days'),
});
