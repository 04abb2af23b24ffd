import { translate } from '../i18n/catalogue.js';
import { messages } from './partial-date.js';

translate(messages, 'nn', {
  dateAndTime: (date, time) => `${date} kl. ${time}`,
  yesterday: 'i går',
  today: 'i dag',
  tomorrow: 'i morgon',
});
