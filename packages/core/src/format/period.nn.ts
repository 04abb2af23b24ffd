import { translate } from '../i18n/catalogue.js';
import { messages } from './period.js';

translate(messages, 'nn', { from: (start) => `frå ${start}`, until: (end) => `til ${end}` });
