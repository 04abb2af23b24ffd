// OAuth errors, RFC 6749: as JSON from the token endpoint, as query parameters on a redirect, or as a
// page when there is no redirect URI that may be trusted with them.
import { escapeHtml, redirect, sendHtml, sendJson, type Response } from '../http.js';

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'access_denied';

/** RFC 6749 §5.1/§5.2: no cache may keep a token endpoint's answer, good or bad. */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

/**
 * RFC 6749 §5.2: 400, except invalid_client, which is a 401 with a challenge. Basic is the only HTTP
 * scheme the token endpoint takes, so it is the challenge also for a client that tried Basic.
 */
export function sendOAuthError(
  response: Response,
  error: OAuthErrorCode,
  description: string,
  challenge = 'Basic realm="samspill"',
): void {
  const status = error === 'invalid_client' ? 401 : 400;
  sendJson(
    response,
    status,
    { error, error_description: description },
    { ...NO_STORE, ...(status === 401 && { 'WWW-Authenticate': challenge }) },
  );
}

export function redirectWithError(
  response: Response,
  redirectUri: string,
  error: OAuthErrorCode,
  description: string,
  state: string | null,
): void {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state !== null) url.searchParams.set('state', state);
  redirect(response, url.href);
}

/** No redirect: the client or its redirect URI could not be trusted, so the sandbox is no open redirector. */
export function errorPage(response: Response, description: string): void {
  sendHtml(
    response,
    400,
    `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Pålogging feilet</title>` +
      `<h1>Pålogging feilet</h1><p>${escapeHtml(description)}</p>` +
      `<p>Appen blir ikke sendt tilbake, fordi adressen den oppga ikke kan brukes.</p></html>`,
  );
}
