// The token endpoint: authorization_code and refresh_token grants, answered in each personality's
// shape. Every answer, good or bad, carries Cache-Control: no-store.
import { sendJson, type Request, type Response } from '../http.js';
import type { Personality } from '../personalities/personality.js';
import { hasScope, splitScopes } from '../scopes.js';
import type { SandboxState } from '../state.js';
import type { Grant } from '../tokens.js';
import { authenticateClient } from './client-auth.js';
import { sendOAuthError } from './oauth-error.js';
import { verifierMatches } from './pkce.js';

export async function token(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
): Promise<void> {
  if (request.method !== 'POST') {
    sendOAuthError(response, 'invalid_request', 'The token endpoint takes a form POST.');
    return;
  }
  const form = new URLSearchParams(request.body);
  const tokenUrl = state.origin + personality.paths.token;
  const authenticated = await authenticateClient(state, request, form, tokenUrl);
  if ('error' in authenticated) {
    sendOAuthError(response, 'invalid_client', authenticated.error);
    return;
  }
  const client = authenticated.client;
  const grantType = form.get('grant_type');

  let grant: Grant | undefined;
  let appState: string | undefined;
  if (grantType === 'authorization_code') {
    const code = state.tokens.takeCode(form.get('code') ?? '');
    if (code?.grant.clientId !== client.id) {
      sendOAuthError(response, 'invalid_grant', 'The code is unknown, used, expired or issued to another client.');
      return;
    }
    if (code.redirectUri !== form.get('redirect_uri')) {
      sendOAuthError(response, 'invalid_grant', 'redirect_uri differs from the one in the authorize request.');
      return;
    }
    if (code.codeChallenge !== undefined && !verifierMatches(form.get('code_verifier') ?? '', code.codeChallenge)) {
      sendOAuthError(response, 'invalid_grant', 'The PKCE code_verifier does not match the code_challenge.');
      return;
    }
    grant = code.grant;
    appState = code.state;
  } else if (grantType === 'refresh_token') {
    grant = state.tokens.refresh(form.get('refresh_token') ?? '');
    if (grant?.clientId !== client.id || grant.launch.fault === 'token_expired_refresh_token') {
      sendOAuthError(response, 'invalid_grant', 'The refresh token is unknown, expired or issued to another client.');
      return;
    }
    const narrower = splitScopes(form.get('scope'));
    if (narrower.some((scope) => !hasScope(grant?.scopes ?? [], scope))) {
      sendOAuthError(response, 'invalid_scope', 'A refresh cannot widen the granted scopes.');
      return;
    }
    if (narrower.length > 0) grant = { ...grant, scopes: narrower };
  } else {
    sendOAuthError(response, 'unsupported_grant_type', `grant_type '${grantType ?? ''}' is not supported.`);
    return;
  }

  switch (grant.launch.fault) {
    case 'auth_invalid_client_secret':
      sendOAuthError(response, 'invalid_client', 'The client secret is wrong (simulated).');
      return;
    case 'token_invalid_token':
      sendOAuthError(response, 'invalid_grant', 'The authorization code is not valid (simulated).');
      return;
    case 'token_invalid_scope':
      sendOAuthError(response, 'invalid_scope', 'The scopes are not valid (simulated).');
      return;
    default:
  }

  const lifetime = state.accessTokenLifetime ?? personality.accessTokenLifetime;
  const access = state.tokens.issueAccess(grant, lifetime);
  const launch = grant.launch;
  const body: Record<string, unknown> = {
    access_token: access.token,
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: reportedScopes(personality, grant.scopes).join(' '),
    ...(launch.patient !== undefined && { patient: launch.patient }),
    ...(launch.encounter !== undefined && { encounter: launch.encounter }),
    ...(launch.intent !== undefined && { intent: launch.intent }),
    ...(launch.fhirContext.length > 0 && { fhirContext: launch.fhirContext.map((reference) => ({ reference })) }),
    ...personality.tokenExtras(grant, state.origin),
    ...(personality.echoesState && appState !== undefined && { state: appState }),
  };
  const idToken = await identityToken(state, personality, grant, access.expiresAt);
  if (idToken !== undefined) body.id_token = idToken;
  const refreshing = grantType === 'refresh_token';
  if (refreshing ? personality.rotatesRefreshTokens : personality.refreshAllowed(grant.scopes, client)) {
    if (refreshing) state.tokens.revokeRefresh(form.get('refresh_token') ?? '');
    body.refresh_token = state.tokens.issueRefresh(grant);
  }
  sendJson(response, 200, body, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}

/** The practitioner the launch is for, as SMART's id_token claims. */
export function identityOf(
  state: SandboxState,
  personality: Personality,
  grant: Grant,
): { sub: string; fhirUser: string } | undefined {
  const practitioner = grant.launch.practitioner ?? state.defaultPractitioner;
  if (practitioner === undefined || !hasScope(grant.scopes, 'openid') || !hasScope(grant.scopes, 'fhirUser'))
    return undefined;
  return { sub: practitioner, fhirUser: personality.fhirUser(practitioner, state.origin) };
}

async function identityToken(
  state: SandboxState,
  personality: Personality,
  grant: Grant,
  expiresAt: number,
): Promise<string | undefined> {
  const identity = identityOf(state, personality, grant);
  if (!identity) return undefined;
  return state.key.sign(
    {
      iss: personality.issuer(state.origin),
      aud: grant.clientId,
      sub: identity.sub,
      fhirUser: identity.fhirUser,
      ...(grant.nonce !== undefined && { nonce: grant.nonce }),
    },
    Math.floor(expiresAt / 1000),
    Math.floor(state.now() / 1000),
  );
}

/** The granted scopes as the token response names them. */
function reportedScopes(personality: Personality, granted: readonly string[]): readonly string[] {
  if (!personality.hidesRefreshScopes) return granted;
  return granted.filter((scope) => !/^(offline|online)_access$/i.test(scope));
}
