import { translate } from '@samspill/core/data.js';
import { statusWords } from './timeline.status.js';

translate(statusWords, 'en', {
  final: 'Final',
  preliminary: 'Preliminary',
  amended: 'Amended',
  corrected: 'Corrected',
  appended: 'Appended',
  registered: 'Registered',
  partial: 'Partial',
  current: 'Current',
  superseded: 'Superseded',
  noshow: 'Did not attend',
  pending: 'Pending',
  waitlist: 'On the waiting list',
  'checked-in': 'Checked in',
  'not-done': 'Not done',
  triaged: 'Triaged',
  resolved: 'Resolved',
  inactive: 'Inactive',
  remission: 'In remission',
  recurrence: 'Recurrence',
  relapse: 'Relapse',
  'in-progress': 'In progress',
});
