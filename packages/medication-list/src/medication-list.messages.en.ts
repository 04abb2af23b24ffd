import { translate } from '@samspill/core/data.js';
import { dateNames, medicationMessages } from './medication-list.messages.js';

translate(dateNames, 'en', {
  start: 'The start date',
  end: 'The end date',
  prescribed: 'The prescription date',
  expires: 'The expiry date',
  dispensed: 'The dispensing date',
  changed: 'The date of the last change',
  other: 'A date',
});

translate(medicationMessages, 'en', {
  unknownMedication: 'Unknown medicine',
  unknownSource: 'Unknown source',
  fast: 'Regular',
  kur: 'Course',
  'ved-behov': 'As needed',
  other: 'Other',
  past: 'Past medicines',
  specialist: 'Specialist health service',
  municipal: 'Municipal health service',
  gp: 'GP',
  pharmacy: 'Pharmacy',
  notAResource: 'The entry is not a readable FHIR resource.',
  missingMedication: 'The entry names no medicine.',
  unresolvedMedication: 'The medicine the entry refers to is not available.',
  unnamedMedication: 'The medicine has no readable name.',
  missingStatus: 'The entry has no valid status.',
  unreadableDate: (date) => `${dateNames.en[date]} cannot be read.`,
  unreadableDosage: 'The dosage cannot be read.',
  unreadableField: (field) => `The field "${field}" has the wrong shape and is left out.`,
});
