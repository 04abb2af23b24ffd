// OAuth 2.0 Token Exchange (RFC 8693) with DPoP proofs (RFC 9449): the issuer's OpenID discovery document,
// checked for what the exchange needs, and one exchange of an access token for another one, bound to the
// sender's key. Refusals become SmartErrors; no token enters a URL, an error's detail or a log line.
import type { DpopSender } from './dpop-fetch.js';
import { SmartError } from './errors.js';
import { assertSecureEndpoint } from './secure-endpoint.js';
import { tokenBinding } from './token-request.js';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** What the exchange needs of the issuer's discovery document. */
export interface ExchangeEndpoint {
  readonly issuer: string;
  readonly tokenEndpoint: string;
}

/**
 * `{issuer}/.well-known/openid-configuration`, which must name the same issuer, a token endpoint on https
 * (http on loopback), ES256 in `dpop_signing_alg_values_supported` and the token-exchange grant in
 * `grant_types_supported`. Otherwise `national-unsupported`; unreachable or failing, `national-unavailable`.
 */
export async function exchangeEndpoint(issuer: string, fetch: Fetch): Promise<ExchangeEndpoint> {
  const name = issuer.replace(/\/+$/, '');
  const url = `${name}/.well-known/openid-configuration`;
  assertSecureEndpoint(url, 'issuer');
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new SmartError('national-unavailable', `No answer from ${url}: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new SmartError(
      response.status >= 500 ? 'national-unavailable' : 'national-unsupported',
      `${url} answered ${String(response.status)}.`,
      { status: response.status },
    );
  }
  const document: unknown = await response.json().catch(() => undefined);
  const unsupported = (why: string): SmartError =>
    new SmartError('national-unsupported', `The discovery document of ${name} ${why}`);
  if (typeof document !== 'object' || document === null) throw unsupported('is not a JSON object.');
  const config = document as Record<string, unknown>;
  if (typeof config.issuer !== 'string' || config.issuer.replace(/\/+$/, '') !== name) {
    throw unsupported('names another issuer (OpenID Connect Discovery §4.3).');
  }
  const listed = (field: string, value: string): boolean => {
    const values = config[field];
    return Array.isArray(values) && values.includes(value);
  };
  if (!listed('dpop_signing_alg_values_supported', 'ES256')) {
    throw unsupported('does not list ES256 in dpop_signing_alg_values_supported.');
  }
  if (!listed('grant_types_supported', TOKEN_EXCHANGE_GRANT)) {
    throw unsupported(`does not list ${TOKEN_EXCHANGE_GRANT} in grant_types_supported.`);
  }
  const declared = config.token_endpoint;
  if (typeof declared !== 'string' || declared.trim() === '') throw unsupported('has no token_endpoint.');
  let tokenEndpoint: string;
  try {
    tokenEndpoint = new URL(declared.trim(), `${name}/`).href;
  } catch {
    throw unsupported('names a token_endpoint that is not a URL.');
  }
  assertSecureEndpoint(tokenEndpoint, 'token endpoint');
  return { issuer: name, tokenEndpoint };
}

export interface ExchangeRequest {
  readonly endpoint: ExchangeEndpoint;
  readonly subjectToken: string;
  /** RFC 8707 `resource`: the API the new token is for. */
  readonly resource: string;
  readonly audience?: string | undefined;
  readonly scope?: string | undefined;
  readonly clientId?: string | undefined;
  readonly dpop: DpopSender;
}

// RFC 8693 §2.2.2 and RFC 6749 §5.2: a refusal of the subject token is the session's; anything else
// is how the app or the issuer is set up.
const REFUSED_GRANTS = new Set(['invalid_grant']);

/** The token response: a DPoP-bound access token, or a SmartError saying why there is none. */
export async function exchange(request: ExchangeRequest): Promise<Record<string, unknown>> {
  const form = new URLSearchParams({
    grant_type: TOKEN_EXCHANGE_GRANT,
    subject_token: request.subjectToken,
    subject_token_type: ACCESS_TOKEN_TYPE,
    resource: request.resource,
  });
  if (request.audience !== undefined) form.set('audience', request.audience);
  if (request.scope !== undefined && request.scope !== '') form.set('scope', request.scope);
  if (request.clientId !== undefined) form.set('client_id', request.clientId);
  const url = request.endpoint.tokenEndpoint;
  let response: Response;
  try {
    response = await request.dpop.fetch(url, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
  } catch (error) {
    // The error of a failed fetch names the URL at most, never the body.
    throw new SmartError('national-unavailable', `No answer from the token endpoint ${url}: ${String(error)}`, {
      cause: error,
    });
  }
  if (!response.ok) {
    const refusal = await request.dpop.refusal(response);
    if (refusal) throw refusal;
    const { error, description } = oauthError(await response.text().catch(() => ''));
    const code =
      response.status >= 500
        ? 'national-unavailable'
        : REFUSED_GRANTS.has(error)
          ? 'national-refused'
          : 'national-unsupported';
    const said = description === '' ? error : `${error}: ${description}`;
    throw new SmartError(code, `The token exchange at ${url} was refused (${String(response.status)} ${said}).`, {
      status: response.status,
    });
  }
  const answer: unknown = await response.json().catch(() => undefined);
  const body = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    throw new SmartError('national-unsupported', `The token exchange at ${url} answered without an access_token.`);
  }
  const issued = body.issued_token_type;
  if (issued !== undefined && issued !== ACCESS_TOKEN_TYPE) {
    const what = typeof issued === 'string' ? issued.slice(0, 80) : typeof issued;
    throw new SmartError('national-unsupported', `The token exchange issued a token of type ${what}.`);
  }
  // The national services take DPoP-bound tokens only: a Bearer answer is refused, not used.
  tokenBinding(body, 'required');
  return body;
}

/** The OAuth error of a refusal's body, cut short: a description is the server's, not the token's. */
function oauthError(text: string): { error: string; description: string } {
  try {
    const body = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    return {
      error: typeof body.error === 'string' ? body.error.slice(0, 80) : 'unknown_error',
      description: typeof body.error_description === 'string' ? body.error_description.slice(0, 300) : '',
    };
  } catch {
    return { error: 'unknown_error', description: '' };
  }
}
