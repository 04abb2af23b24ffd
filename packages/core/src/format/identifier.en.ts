import { translate } from '../i18n/catalogue.js';
import { messages } from './identifier.js';

translate(messages, 'en', {
  fnr: 'National identity number',
  dnr: 'D number',
  fhn: 'Common auxiliary number',
  hpr: 'HPR number',
  duf: 'DUF number',
  hnr: 'H number',
  orgnr: 'Organisation number',
  resh: 'RESH ID',
  her: 'HER ID',
  other: 'Identifier',
});
