import { translate } from '../i18n/catalogue.js';
import { messages } from './source-json.js';

translate(messages, 'nn', { unprintable: 'Kjeldedataa kan ikkje visast.' });
