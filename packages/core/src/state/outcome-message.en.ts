import { translate } from '../i18n/catalogue.js';
import { messages } from './outcome-message.js';

translate(messages, 'en', {
  notShared: (what: string) => `Not shared with this app: ${what}.`,
  nothingShared: 'Nothing is recorded in what is shared with this app.',
  truncatedHeading: 'Not everything was loaded',
  truncated: (count: string, what: string) => `Only ${count} ${what} were loaded; there are more.`,
});
