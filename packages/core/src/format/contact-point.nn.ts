import { translate } from '../i18n/catalogue.js';
import { messages } from './contact-point.js';

translate(messages, 'nn', {
  phone: 'Telefon',
  fax: 'Faks',
  email: 'E-post',
  pager: 'Personsøkjar',
  url: 'Nettstad',
  sms: 'SMS',
  mobile: 'Mobil',
  mobileUse: 'mobil',
  home: 'heim',
  work: 'arbeid',
  temp: 'mellombels',
  old: 'gamal',
});
