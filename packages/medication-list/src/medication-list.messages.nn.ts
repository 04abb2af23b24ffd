import { translate } from '@samspill/core/data.js';
import { dateNames, medicationMessages } from './medication-list.messages.js';

translate(dateNames, 'nn', {
  start: 'Startdatoen',
  end: 'Sluttdatoen',
  prescribed: 'Forskrivingsdatoen',
  expires: 'Utløpsdatoen',
  dispensed: 'Utleveringsdatoen',
  changed: 'Endringsdatoen',
  other: 'Ein dato',
});

translate(medicationMessages, 'nn', {
  unknownMedication: 'Ukjend legemiddel',
  unknownSource: 'Ukjend kjelde',
  fast: 'Fast',
  kur: 'Kur',
  'ved-behov': 'Ved behov',
  other: 'Anna',
  past: 'Tidlegare legemiddel',
  specialist: 'Spesialisthelsetenesta',
  municipal: 'Kommunehelsetenesta',
  gp: 'Fastlege',
  pharmacy: 'Apotek',
  notAResource: 'Oppføringa er ikkje ein lesbar FHIR-ressurs.',
  missingMedication: 'Oppføringa manglar legemiddel.',
  unresolvedMedication: 'Legemiddelet oppføringa viser til, er ikkje tilgjengeleg.',
  unnamedMedication: 'Legemiddelet har ikkje noko lesbart namn.',
  missingStatus: 'Oppføringa manglar gyldig status.',
  unreadableDate: (date) => `${dateNames.nn[date]} kan ikkje lesast.`,
  unreadableDosage: 'Doseringa kan ikkje lesast.',
  unreadableField: (field) => `Feltet «${field}» har feil form og er utelate.`,
});
