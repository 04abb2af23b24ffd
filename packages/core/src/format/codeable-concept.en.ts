import { translate } from '../i18n/catalogue.js';
import { messages } from './codeable-concept.js';

translate(messages, 'en', { unnamedMedication: 'Unknown medication' });
