// Who the patient is, for an EHR that asks the app to say so (need_patient_banner): name, the masked
// fødselsnummer or D-nummer, and age.
import {
  formatAge,
  formatHumanName,
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  type Locale,
} from '@samspill/core/data.js';
import type { Patient } from 'fhir/r4.js';
import { texts } from './texts.js';
import { element, factList } from './views.js';

export function patientBanner(patient: Patient, locale: Locale): HTMLElement {
  const t = texts[locale];
  // The fødselsnummer or D-nummer, masked by formatIdentifier; whatever else identifies the patient otherwise.
  const identifier =
    patient.identifier?.find((candidate) => ['fnr', 'dnr'].includes(identifierKind(candidate))) ??
    patient.identifier?.[0];
  const facts: [string, string][] = [
    [formatIdentifierLabel(identifier, { locale }), formatIdentifier(identifier, { locale })],
    [t.age, formatAge(patient.birthDate, { locale })],
  ];
  return element(
    'header',
    { class: 'patient-banner', 'aria-label': t.patient },
    element('h1', { class: 'patient-name' }, formatHumanName(patient.name, { locale }) || t.unnamed),
    factList(facts.filter(([, value]) => value !== '')),
  );
}
