import { translate } from '../i18n/catalogue.js';
import { messages } from './contact-point.js';

translate(messages, 'en', {
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  pager: 'Pager',
  url: 'Website',
  sms: 'SMS',
  mobile: 'Mobile',
  mobileUse: 'mobile',
  home: 'home',
  work: 'work',
  temp: 'temporary',
  old: 'old',
});
