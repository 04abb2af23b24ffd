import type { Resource } from 'fhir/r4.js';
import { operationOutcome } from './operation-outcome.js';

/** One FHIR interaction's answer, before it is sent or put into a batch-response entry. */
export interface FhirResult {
  readonly status: number;
  readonly resource: Resource;
}

export function failure(status: number, code: Parameters<typeof operationOutcome>[0], diagnostics: string): FhirResult {
  return { status, resource: operationOutcome(code, diagnostics) };
}
