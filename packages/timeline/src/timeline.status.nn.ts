import { translate } from '@samspill/core/data.js';
import { statusWords } from './timeline.status.js';

translate(statusWords, 'nn', {
  final: 'Endeleg',
  preliminary: 'Førebels',
  amended: 'Endra',
  corrected: 'Retta',
  appended: 'Tillegg',
  registered: 'Registrert',
  partial: 'Delvis',
  current: 'Gjeldande',
  superseded: 'Erstatta',
  noshow: 'Møtte ikkje',
  pending: 'Ventar',
  waitlist: 'På venteliste',
  'checked-in': 'Innsjekka',
  'not-done': 'Ikkje utført',
  triaged: 'Triagert',
  resolved: 'Løyst',
  inactive: 'Inaktiv',
  remission: 'I remisjon',
  recurrence: 'Tilbakefall',
  relapse: 'Tilbakefall',
  'in-progress': 'Pågår',
});
