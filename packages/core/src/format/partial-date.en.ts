import { translate } from '../i18n/catalogue.js';
import { messages } from './partial-date.js';

translate(messages, 'en', {
  dateAndTime: (date, time) => `${date}, ${time}`,
  yesterday: 'yesterday',
  today: 'today',
  tomorrow: 'tomorrow',
});
