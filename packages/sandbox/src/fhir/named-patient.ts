// Under patient/ scopes a search is held to the launch patient's compartment. One that names another
// patient could only answer with nothing, or, where that patient is one of several alternatives, with
// the launch patient's records alone; an app would take either for a true answer about the patient it
// asked for. It is refused instead, with 403 and the reason.
import { parseReference, searchParameters } from '@samspill/core/data.js';
import type { AccessRule } from './access.js';
import { failure, type FhirResult } from './fhir-result.js';

// A bare logical id, as core reads a reference search value without a type.
const BARE_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** The refusal of a search, under patient/ scopes only, that names a patient other than the launch's. */
export function otherPatientRefusal(
  type: string,
  query: URLSearchParams,
  rules: readonly AccessRule[],
): FhirResult | undefined {
  const patient = rules[0]?.patient;
  // A user/ scope among the rules reaches every patient: naming one is no crossing.
  if (patient === undefined || rules.some((rule) => rule.patient !== patient)) return undefined;
  const other = otherPatientNamed(type, query, patient);
  if (other === undefined) return undefined;
  return failure(
    403,
    'forbidden',
    `The granted patient/ scopes are for Patient/${patient}; this search names Patient/${other}, whose records they do not reach.`,
  );
}

/** The first patient other than `patient` the search names, or undefined. */
export function otherPatientNamed(type: string, query: URLSearchParams, patient: string): string | undefined {
  const references = new Set(
    searchParameters(type)
      .filter((param) => param.kind === 'reference')
      .map((param) => param.name),
  );
  for (const [name, value] of query) {
    const other = patientsIn(type, name, value, references).find((id) => id !== patient);
    if (other !== undefined) return other;
  }
  return undefined;
}

/**
 * The Patient ids one parameter names: `patient=id`, `patient=Patient/id` (relative or absolute),
 * `subject=…` (a bare id taken as a Patient's), any reference parameter with a `Patient/` value or
 * the `:Patient` modifier, and `_id` of a Patient search. Chains name no id (and core refuses them).
 */
function patientsIn(type: string, name: string, value: string, references: ReadonlySet<string>): string[] {
  if (name.includes('.')) return [];
  const [base = '', modifier] = name.split(':', 2);
  const values = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (type === 'Patient' && base === '_id' && modifier === undefined) return values;
  if (!references.has(base) || (modifier !== undefined && modifier !== 'Patient')) return [];
  const bareIsPatient = base === 'patient' || base === 'subject' || modifier === 'Patient';
  return values.flatMap((item) => {
    if (BARE_ID.test(item)) return bareIsPatient ? [item] : [];
    const key = parseReference(item);
    return key?.type === 'Patient' ? [key.id] : [];
  });
}
