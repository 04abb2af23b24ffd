// Talking to the token endpoint beyond what fhirclient does: its errors as SmartErrors, and refresh,
// which fhirclient refuses unless the granted scope names offline_access or online_access (Epic
// issues refresh tokens without saying so) and which must keep the old refresh token when the server
// sends none (Oracle Health does not rotate).
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

export interface RefreshRequest {
  readonly tokenUri: string;
  readonly clientId: string;
  readonly refreshToken: string;
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
}

/** The new token response, with the old refresh token kept when the server sent none. */
export async function refreshTokens(request: RefreshRequest): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await request.fetch(request.tokenUri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: request.refreshToken,
        client_id: request.clientId,
      }).toString(),
    });
  } catch (error) {
    throw tokenError(error, 'refresh-failed');
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const detail = oauthError(text) ?? `${response.status} ${response.statusText}`;
    throw new SmartError(response.status >= 500 ? 'server-error' : 'refresh-failed', `Refresh refused: ${detail}`, {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw tokenError(error, 'refresh-failed');
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof (body as { access_token?: unknown }).access_token !== 'string'
  ) {
    throw new SmartError('malformed-response', 'The refresh answer has no access_token.');
  }
  const fresh = body as Record<string, unknown>;
  return typeof fresh.refresh_token === 'string' && fresh.refresh_token !== ''
    ? fresh
    : { ...fresh, refresh_token: request.refreshToken };
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
