// The API gateway in front of DIPS's FHIR server (Azure API Management): before anything reaches the
// FHIR server, the request must carry a subscription key the gateway knows. It refuses with 401, as
// the gateway does, but as an OperationOutcome that names the header, so an app can show why.
import type { OperationOutcome } from 'fhir/r4.js';

const GATEWAY = 'API gateway (Azure API Management)';

/**
 * The refusal of a request whose key is missing or unknown, or undefined when the key is known.
 * Total over whatever arrived: no header, an empty or repeated one, any bytes at all. The key is
 * never repeated back, since it is a credential and may be anything.
 */
export function subscriptionKeyRefusal(
  header: string,
  value: string | readonly string[] | undefined,
  known: (key: string) => boolean,
): OperationOutcome | undefined {
  const key = typeof value === 'string' ? value.trim() : undefined;
  if (key !== undefined && key !== '' && known(key)) return undefined;
  const missing = value === undefined || key === '';
  const text = missing
    ? `Access denied: the request has no subscription key. Send the API's subscription key in the ${header} header on every request to the FHIR API.`
    : `Access denied: the subscription key in the ${header} header is not valid for this API. Send one key, the one from your API subscription.`;
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'security', details: { text }, diagnostics: `${GATEWAY}: ${text}` }],
  };
}
