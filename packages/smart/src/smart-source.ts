// The FhirSource of a SMART session: core's data contract over the EHR's FHIR API, with the
// session's token, and failures turned into launch-level errors where an app needs one.
import type { FailureKind, FhirSource, SourceFailure } from '@samspill/core/data.js';
import { SmartError, type SmartErrorCode } from './errors.js';
import { createFhirHttpSource } from './fhir-http-source.js';
import { httpFailure } from './http-failure.js';
import { batchingFetch } from './batching-fetch.js';
import type { RetryOptions } from './retry.js';
import type { SmartSession } from './session.js';

export interface SmartSourceOptions {
  readonly retry?: RetryOptions;
  /** Gather concurrent GETs (reads, searches) into batch Bundles where the CapabilityStatement offers batch. Default true. */
  readonly batch?: boolean;
}

/** Searches and reads on the session's FHIR server; the token goes with every request to it. */
export function createSmartSource(session: SmartSession, options: SmartSourceOptions = {}): FhirSource {
  const sessionFetch = (url: string, init?: RequestInit): Promise<Response> => session.fetch(url, init);
  const fetch = options.batch === false ? sessionFetch : batchingFetch(sessionFetch, { baseUrl: session.fhirBaseUrl });
  const source = createFhirHttpSource({
    baseUrl: session.fhirBaseUrl,
    fetch: (input, init) => fetch(input instanceof Request ? input.url : String(input), init),
    ...(options.retry !== undefined && { retry: options.retry }),
  });
  return withinGrantedScopes(source, session);
}

/**
 * Searches the granted scopes do not cover are refused here, as a `forbidden` failure, without a
 * request: the view shows what it could load and names what it may not see. A token response that
 * lists no resource scopes at all is left to the server to judge.
 */
function withinGrantedScopes(source: FhirSource, session: SmartSession): FhirSource {
  return {
    search(resourceType, params, searchOptions) {
      const scopes = session.context.scopes;
      if (scopes.resources.length === 0 || scopes.can(resourceType, 'search')) {
        return source.search(resourceType, params, searchOptions);
      }
      const failure = httpFailure(
        'forbidden',
        `The granted scopes do not allow searching ${resourceType}; it was not requested.`,
        {
          resourceType,
        },
      );
      return Promise.resolve({ resources: [], included: [], issues: [], failures: [failure], truncated: false });
    },
    read: (reference, readOptions) => source.read(reference, readOptions),
  };
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
};

/**
 * A source failure as a SmartError, for a read the whole app depends on (the patient in context). With
 * the session, a 401 after a failed refresh is that refresh's error.
 */
export function smartErrorOf(failure: SourceFailure, session?: SmartSession): SmartError {
  if (failure.kind === 'unauthorized' && session?.refreshFailure) return session.refreshFailure;
  const options = failure.status === undefined ? {} : { status: failure.status };
  return new SmartError(CODES[failure.kind], failure.message, options);
}
