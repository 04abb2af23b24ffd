import { translate } from '../i18n/catalogue.js';
import { unknownDateLabels } from './unknown-date.js';

translate(unknownDateLabels, 'nn', { unknownDate: 'ukjend dato', written: 'Skrive som', show: 'Vis verdien' });
