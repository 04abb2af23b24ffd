// The patient in context: read once, through the same request cache as the components on the page,
// and summed up for the page's heading. No DOM here, so src/patient.test.ts runs it in Node.
import {
  formatAge,
  formatHumanName,
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  coreLocales,
  loadLocale,
  sharedCache,
  type FhirSource,
  type Locale,
  type SourceFailure,
} from '@samspill/core/data.js';
import type { Patient } from 'fhir/r4.js';
import { texts } from './texts.js';

export type PatientRead = { readonly patient: Patient } | { readonly failure: SourceFailure };

/**
 * Reads `Patient/<id>`, and fetches core's strings in `locale` meanwhile, so `patientSummary` can word
 * it (if they cannot be fetched, it words it in bokmål). A failure comes back as data, never thrown:
 * the app page turns it into the error screen, since the medications must never show under no name,
 * or under the wrong one.
 */
export async function readPatient(source: FhirSource, id: string, locale: Locale): Promise<PatientRead> {
  const [result] = await Promise.all([
    sharedCache(source).read<Patient>(`Patient/${id}`),
    loadLocale(locale, [coreLocales]).catch(() => undefined),
  ]);
  return result.failure ? { failure: result.failure } : { patient: result.resource };
}

export interface PatientSummary {
  /** The name to head the page with; never empty. */
  readonly name: string;
  /** Label and value: the fødselsnummer or D-nummer (masked), or another identifier, and the age. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
}

export interface SummaryOptions {
  readonly locale: Locale;
  /** "Now", for the age; the real clock when left out. */
  readonly now?: Date;
}

/** Who the patient is, in words. Any JSON gives a summary: the formatters never throw. */
export function patientSummary(patient: Patient, { locale, now }: SummaryOptions): PatientSummary {
  const options = now === undefined ? { locale } : { locale, now };
  const identifier =
    patient.identifier?.find((candidate) => ['fnr', 'dnr'].includes(identifierKind(candidate))) ??
    patient.identifier?.[0];
  const facts = [
    { label: formatIdentifierLabel(identifier, options), value: formatIdentifier(identifier, options) },
    { label: texts[locale].age, value: formatAge(patient.birthDate, options) },
  ];
  return {
    name: formatHumanName(patient.name, options) || texts[locale].unnamed,
    facts: facts.filter((fact) => fact.value !== ''),
  };
}
