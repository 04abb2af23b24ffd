// The FhirSource of a SMART session: core's data contract over the EHR's FHIR API, with the
// session's token, and failures turned into launch-level errors where an app needs one.
import type { FailureKind, FhirSource, SourceFailure } from '@samspill/core/data.js';
import { SmartError, type SmartErrorCode } from './errors.js';
import { createFhirHttpSource } from './fhir-http-source.js';
import { withinGrantedScopes } from './granted-source.js';
import { batchingFetch } from './batching-fetch.js';
import type { RetryOptions } from './retry.js';
import type { SmartSession } from './session.js';

/**
 * What a source needs of a session: its FHIR base, its grants and a `fetch` that carries its token. A
 * `SmartSession` from `ready()` is one, and so is a `NationalSession` from `@samspill/smart/national.js`.
 */
export type SourceSession = Pick<SmartSession, 'fhirBaseUrl' | 'fetch'> & {
  readonly context: Pick<SmartSession['context'], 'scopes'>;
};

/** What a session knows about why its requests were refused, for `smartErrorOf`. */
export type RefusalSession = Pick<SmartSession, 'dpopFailure' | 'refreshFailure'>;

export interface SmartSourceOptions {
  readonly retry?: RetryOptions;
  /** Gather concurrent GETs (reads, searches) into batch Bundles where the CapabilityStatement offers batch. Default true. */
  readonly batch?: boolean;
}

/**
 * Searches and reads on the session's FHIR server; the token goes with every request to it. Within
 * the granted scopes: `canRead` answers from them, and what they rule out is not requested.
 */
export function createSmartSource(session: SourceSession, options: SmartSourceOptions = {}): FhirSource {
  const sessionFetch = (url: string, init?: RequestInit): Promise<Response> => session.fetch(url, init);
  const fetch = options.batch === false ? sessionFetch : batchingFetch(sessionFetch, { baseUrl: session.fhirBaseUrl });
  const source = createFhirHttpSource({
    baseUrl: session.fhirBaseUrl,
    fetch: (input, init) => fetch(input instanceof Request ? input.url : String(input), init),
    ...(options.retry !== undefined && { retry: options.retry }),
  });
  return withinGrantedScopes(source, () => session.context.scopes);
}

const CODES: Readonly<Record<FailureKind, SmartErrorCode>> = {
  unauthorized: 'token-expired',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  unavailable: 'server-error',
  network: 'network',
  malformed: 'malformed-response',
  aborted: 'network',
  unsupported: 'server-error',
  'not-granted': 'forbidden',
};

/**
 * A source failure as a SmartError, for a read the whole app depends on (the patient in context). With
 * the session, a 401 is the refusal of its DPoP proof, or after a failed refresh that refresh's error.
 */
export function smartErrorOf(failure: SourceFailure, session?: RefusalSession): SmartError {
  if (failure.kind === 'unauthorized') {
    const cause = session?.dpopFailure ?? session?.refreshFailure;
    if (cause) return cause;
  }
  const options = failure.status === undefined ? {} : { status: failure.status };
  return new SmartError(CODES[failure.kind], failure.message, options);
}
