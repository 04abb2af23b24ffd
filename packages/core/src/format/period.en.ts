import { translate } from '../i18n/catalogue.js';
import { messages } from './period.js';

translate(messages, 'en', { from: (start) => `from ${start}`, until: (end) => `until ${end}` });
