// Who the patient is, for an EHR that asks the app to say so (need_patient_banner): name, the masked
// fødselsnummer or D-nummer, and age, as the clinician app shows them.
import {
  formatAge,
  formatHumanName,
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  type Locale,
} from '@samspill/core/data.js';
import type { Patient } from 'fhir/r4.js';
import { texts } from '../../clinician-app/src/texts.js';

export function PatientBanner({ patient, locale }: { readonly patient: Patient; readonly locale: Locale }) {
  const t = texts[locale];
  // formatIdentifier masks a fødselsnummer or D-nummer; whatever else identifies the patient otherwise.
  const identifier =
    patient.identifier?.find((candidate) => ['fnr', 'dnr'].includes(identifierKind(candidate))) ??
    patient.identifier?.[0];
  const facts = [
    [formatIdentifierLabel(identifier, { locale }), formatIdentifier(identifier, { locale })],
    [t.age, formatAge(patient.birthDate, { locale })],
  ].filter(([, value]) => value !== '');
  return (
    <header className="patient-banner" aria-label={t.patient}>
      <h1 className="patient-name">{formatHumanName(patient.name, { locale }) || t.unnamed}</h1>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
