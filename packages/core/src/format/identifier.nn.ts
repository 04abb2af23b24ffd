import { translate } from '../i18n/catalogue.js';
import { messages } from './identifier.js';

translate(messages, 'nn', {
  fnr: 'Fødselsnummer',
  dnr: 'D-nummer',
  fhn: 'Felles hjelpenummer',
  hpr: 'HPR-nummer',
  duf: 'DUF-nummer',
  hnr: 'H-nummer',
  orgnr: 'Organisasjonsnummer',
  resh: 'RESH-id',
  her: 'HER-id',
  other: 'Identifikator',
});
