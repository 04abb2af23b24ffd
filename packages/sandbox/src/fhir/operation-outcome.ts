import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4.js';
import { sendJson, type Response } from '../http.js';

export const FHIR_JSON = 'application/fhir+json';

export function operationOutcome(code: OperationOutcomeIssue['code'], diagnostics: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] };
}

export function sendFhir(
  response: Response,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, body, headers, FHIR_JSON);
}

export function sendOutcome(
  response: Response,
  status: number,
  code: OperationOutcomeIssue['code'],
  diagnostics: string,
  headers: Record<string, string> = {},
): void {
  sendFhir(response, status, operationOutcome(code, diagnostics), headers);
}
