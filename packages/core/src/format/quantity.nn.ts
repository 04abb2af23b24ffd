import { translate } from '../i18n/catalogue.js';
import { units, messages, word } from './quantity.js';

translate(units, 'nn', {
  tablet: word('tablett', 'tablettar'),
  capsule: word('kapsel', 'kapslar'),
  drop: word('drope', 'dropar'),
  puff: word('inhalasjon', 'inhalasjonar'),
  dose: word('dose', 'dosar'),
  patch: word('plaster', 'plaster'),
  suppository: word('stikkpille', 'stikkpiller'),
  internationalUnit: word('IE', 'IE'),
  hour: word('time', 'timar'),
  day: word('døgn', 'døgn'),
  week: word('veke', 'veker'),
  month: word('månad', 'månader'),
  year: word('år', 'år'),
});

translate(messages, 'nn', { per: (quantity, unit) => `${quantity} per ${unit}`, eGFR: 'mL/min/1,73 m²' });
