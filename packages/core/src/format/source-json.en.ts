import { translate } from '../i18n/catalogue.js';
import { messages } from './source-json.js';

translate(messages, 'en', { unprintable: 'The source data cannot be shown.' });
