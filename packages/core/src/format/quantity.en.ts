import { translate } from '../i18n/catalogue.js';
import { units, messages, word } from './quantity.js';

translate(units, 'en', {
  tablet: word('tablet', 'tablets'),
  capsule: word('capsule', 'capsules'),
  drop: word('drop', 'drops'),
  puff: word('puff', 'puffs'),
  dose: word('dose', 'doses'),
  patch: word('patch', 'patches'),
  suppository: word('suppository', 'suppositories'),
  internationalUnit: word('IU', 'IU'),
  hour: word('hour', 'hours'),
  day: word('day', 'days'),
  week: word('week', 'weeks'),
  month: word('month', 'months'),
  year: word('year', 'years'),
});

translate(messages, 'en', { per: (quantity, unit) => `${quantity} per ${unit}`, eGFR: 'mL/min/1.73 m²' });
