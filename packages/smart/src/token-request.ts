// Talking to the token endpoint beyond what fhirclient does: its errors as SmartErrors; refresh,
// which fhirclient refuses unless the granted scope names offline_access or online_access (Epic
// issues refresh tokens without saying so) and which must keep the old refresh token when the server
// sends none (Oracle Health does not rotate); a code exchange with DPoP proofs, which fhirclient cannot
// send; and what the answer's token_type means.
import { SmartError, type SmartErrorCode } from './errors.js';

type TokenErrorCode = Extract<SmartErrorCode, 'token-failed' | 'refresh-failed'>;

/** A failed token request as a SmartError: network, server-error, malformed-response or `code`. */
export function tokenError(error: unknown, code: TokenErrorCode): SmartError {
  if (error instanceof SmartError) return error;
  const status = (error as { status?: unknown } | null)?.status;
  const reason = error instanceof Error ? error.message : String(error);
  if (typeof status === 'number') {
    return new SmartError(status >= 500 ? 'server-error' : code, `The token endpoint answered ${reason}`, {
      cause: error,
      status,
    });
  }
  // fetch rejects with a TypeError when there is no response at all.
  if (error instanceof TypeError)
    return new SmartError('network', `No answer from the token endpoint: ${reason}`, { cause: error });
  if (error instanceof SyntaxError) {
    return new SmartError('malformed-response', `The token endpoint did not answer JSON: ${reason}`, { cause: error });
  }
  return new SmartError(code, reason, { cause: error });
}

type TokenFetch = (input: string, init: RequestInit) => Promise<Response>;

export interface RefreshRequest {
  readonly tokenUri: string;
  readonly clientId: string;
  readonly refreshToken: string;
  readonly fetch: TokenFetch;
  /** What a refusal means for DPoP (a DPoP session's sender); without it, only OAuth's words count. */
  readonly refusal?: ((response: Response) => Promise<SmartError | undefined>) | undefined;
}

/** The new token response, with the old refresh token kept when the server sent none. */
export async function refreshTokens(request: RefreshRequest): Promise<Record<string, unknown>> {
  const fresh = await postTokenRequest({
    tokenUri: request.tokenUri,
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: request.refreshToken,
      client_id: request.clientId,
    }).toString(),
    fetch: request.fetch,
    refusal: request.refusal,
    failure: 'refresh-failed',
  });
  return typeof fresh.refresh_token === 'string' && fresh.refresh_token !== ''
    ? fresh
    : { ...fresh, refresh_token: request.refreshToken };
}

export interface TokenPost {
  readonly tokenUri: string;
  /** The form body, already encoded. */
  readonly body: string;
  readonly fetch: TokenFetch;
  readonly refusal?: ((response: Response) => Promise<SmartError | undefined>) | undefined;
  /** The code for a refusal that is neither the server's fault nor DPoP's. */
  readonly failure: TokenErrorCode;
}

/** One token request: its JSON answer with an access_token, or a SmartError saying why not. */
export async function postTokenRequest(post: TokenPost): Promise<Record<string, unknown>> {
  const what = post.failure === 'refresh-failed' ? 'The refresh' : 'The code exchange';
  let response: Response;
  try {
    response = await post.fetch(post.tokenUri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: post.body,
    });
  } catch (error) {
    throw tokenError(error, post.failure);
  }
  if (!response.ok) {
    const refusal = await post.refusal?.(response);
    if (refusal) throw refusal;
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const detail = oauthError(text) ?? `${response.status} ${response.statusText}`;
    throw new SmartError(response.status >= 500 ? 'server-error' : post.failure, `${what} was refused: ${detail}`, {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw tokenError(error, post.failure);
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof (body as { access_token?: unknown }).access_token !== 'string'
  ) {
    throw new SmartError('malformed-response', `${what} answered without an access_token.`);
  }
  return body as Record<string, unknown>;
}

/**
 * How the token in `tokenResponse` is to be sent. `dpop` is how the launch asked for it: `required`
 * refuses a Bearer answer, `offered` takes what the server chose (RFC 9449 §5 lets it issue Bearer),
 * and a launch that sent no proof cannot use a DPoP-bound token. Anything else is `dpop-token-type-mismatch`.
 */
export function tokenBinding(
  tokenResponse: Record<string, unknown>,
  dpop: 'required' | 'offered' | undefined,
): 'dpop' | 'bearer' {
  const type = typeof tokenResponse.token_type === 'string' ? tokenResponse.token_type.trim().toLowerCase() : '';
  // Some servers leave token_type out; OAuth's default is Bearer.
  if (type === 'bearer' || type === '') {
    if (dpop !== 'required') return 'bearer';
    throw new SmartError('dpop-token-type-mismatch', 'The app requires DPoP, but the server issued a Bearer token.');
  }
  if (type === 'dpop' && dpop !== undefined) return 'dpop';
  throw new SmartError(
    'dpop-token-type-mismatch',
    type === 'dpop'
      ? 'The server issued a DPoP-bound token to a launch that sent no DPoP proof.'
      : `The server issued a token of type "${type.slice(0, 40)}", which the app cannot send.`,
  );
}

function oauthError(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    if (typeof body.error !== 'string') return undefined;
    return typeof body.error_description === 'string' ? `${body.error}: ${body.error_description}` : body.error;
  } catch {
    return undefined;
  }
}
