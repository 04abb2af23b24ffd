import type { OperationOutcomeIssue } from 'fhir/r4.js';
import type { FailureKind, SourceFailure } from '@samspill/core/data.js';
import { redact } from './errors.js';

/** What a FHIR server's HTTP status means for a view; `undefined` for a status that is not a failure. */
export function failureKindOf(status: number): FailureKind | undefined {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429 || status >= 500) return 'unavailable';
  // The server would not answer the request as asked: usually a search parameter it does not support.
  if (status === 400 || status === 405 || status === 422) return 'unsupported';
  if (status >= 400) return 'malformed';
  return undefined;
}

export interface HttpFailureDetails {
  readonly resourceType?: string | undefined;
  readonly status?: number | undefined;
  readonly issues?: readonly OperationOutcomeIssue[] | undefined;
}

/**
 * A failure whose message has been through `redact`, with only the fields that have values
 * (`exactOptionalPropertyTypes`).
 */
export function httpFailure(kind: FailureKind, message: string, details: HttpFailureDetails = {}): SourceFailure {
  return {
    kind,
    message: redact(message),
    ...(details.resourceType !== undefined && { resourceType: details.resourceType }),
    ...(details.status !== undefined && { status: details.status }),
    ...(details.issues !== undefined && details.issues.length > 0 && { issues: details.issues }),
  };
}

/** The issues of an OperationOutcome, or none when `value` is something else. */
export function outcomeIssues(value: unknown): OperationOutcomeIssue[] {
  if (typeof value !== 'object' || value === null) return [];
  const outcome = value as { resourceType?: unknown; issue?: unknown };
  if (outcome.resourceType !== 'OperationOutcome' || !Array.isArray(outcome.issue)) return [];
  return (outcome.issue as unknown[]).filter(
    (issue): issue is OperationOutcomeIssue => typeof issue === 'object' && issue !== null,
  );
}
