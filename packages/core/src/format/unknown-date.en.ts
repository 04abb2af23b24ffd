import { translate } from '../i18n/catalogue.js';
import { unknownDateLabels } from './unknown-date.js';

translate(unknownDateLabels, 'en', { unknownDate: 'unknown date', written: 'Written as', show: 'Show the value' });
