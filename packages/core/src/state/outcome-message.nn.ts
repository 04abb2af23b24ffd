import { translate } from '../i18n/catalogue.js';
import { messages } from './outcome-message.js';

translate(messages, 'nn', {
  notShared: (what: string) => `${what} er ikkje delt med denne appen.`,
  nothingShared: 'Ingenting er registrert i det som er delt med denne appen.',
  truncatedHeading: 'Ikkje alt er henta',
  truncated: (count: string, what: string) => `Berre ${count} ${what} er henta; det finst fleire.`,
});
