// The token endpoint: authorization_code and refresh_token grants, answered in each personality's
// shape. Every answer, good or bad, carries Cache-Control: no-store; errors are RFC 6749 §5.2's.
import type { Client } from '../clients.js';
import { sendJson, type Request, type Response } from '../http.js';
import type { Personality } from '../personalities/personality.js';
import { hasScope, splitScopes } from '../scopes.js';
import type { SandboxState } from '../state.js';
import type { Grant, Presented } from '../tokens.js';
import { authenticateClient, namedClientId } from './client-auth.js';
import { oauthForm } from './oauth-form.js';
import { NO_STORE, sendOAuthError, type OAuthErrorCode } from './oauth-error.js';
import { verifierMatches } from './pkce.js';
import { launchContextFields, reportedScope } from './token-context.js';

const GRANT_TYPES = ['authorization_code', 'refresh_token'];

export async function token(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
): Promise<void> {
  const parsed = oauthForm(request);
  if ('problem' in parsed) {
    sendOAuthError(response, 'invalid_request', parsed.problem);
    return;
  }
  const form = parsed.form;
  const grantType = form.get('grant_type');
  if (grantType === null) {
    sendOAuthError(response, 'invalid_request', 'grant_type is required.');
    return;
  }
  if (!GRANT_TYPES.includes(grantType)) {
    sendOAuthError(response, 'unsupported_grant_type', `grant_type '${grantType}' is not supported.`);
    return;
  }
  const refreshToken = form.get('refresh_token') ?? '';
  const refreshed = grantType === 'refresh_token' ? state.tokens.refresh(refreshToken) : undefined;
  // A public client refreshing without naming itself is known only by its refresh token.
  if (grantType === 'refresh_token' && refreshed === undefined && namedClientId(request, form) === null) {
    sendOAuthError(response, 'invalid_grant', 'The refresh token is unknown, expired or revoked.');
    return;
  }
  const tokenUrl = state.origin + personality.paths.token;
  const authenticated = await authenticateClient(state, request, form, tokenUrl, refreshed?.value.clientId);
  if ('error' in authenticated) {
    sendOAuthError(response, 'invalid_client', authenticated.error);
    return;
  }
  const client = authenticated.client;

  const granted =
    grantType === 'authorization_code' ? fromCode(state, client, form) : fromRefresh(state, client, form, refreshed);
  if ('error' in granted) {
    sendOAuthError(response, granted.error, granted.description);
    return;
  }
  const { grant, family, appState } = granted;

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
  const access = state.tokens.issueAccess(grant, lifetime, family);
  const body: Record<string, unknown> = {
    access_token: access.token,
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: reportedScope(personality, grant.scopes),
    ...launchContextFields(personality, grant, state.origin),
    ...(personality.echoesState && appState !== undefined && { state: appState }),
  };
  const idToken = await identityToken(state, personality, grant, access.expiresAt);
  if (idToken !== undefined) body.id_token = idToken;
  if (refreshed !== undefined) {
    if (personality.rotatesRefreshTokens) {
      state.tokens.spendRefresh(refreshToken);
      // RFC 6749 §6: a new refresh token has the old one's scope, however narrow this access token is.
      body.refresh_token = state.tokens.issueRefresh(refreshed.value, family);
    }
  } else if (personality.refreshAllowed(grant.scopes, client)) {
    body.refresh_token = state.tokens.issueRefresh(grant, family);
  }
  sendJson(response, 200, body, NO_STORE);
}

/** What the token endpoint grants from: the grant, its token family and (from a code) the app's state. */
interface Granted {
  readonly grant: Grant;
  readonly family: string;
  readonly appState?: string;
}

interface Refused {
  readonly error: OAuthErrorCode;
  readonly description: string;
}

/** authorization_code: the code's grant, once; a code presented again revokes what it was exchanged for. */
function fromCode(state: SandboxState, client: Client, form: URLSearchParams): Granted | Refused {
  const taken = state.tokens.takeCode(form.get('code') ?? '');
  if (taken?.value.grant.clientId !== client.id)
    return { error: 'invalid_grant', description: 'The code is unknown, used, expired or issued to another client.' };
  if (taken.replay) {
    state.tokens.revokeFamily(taken.family);
    return { error: 'invalid_grant', description: 'The code was used before: every token issued from it is revoked.' };
  }
  const code = taken.value;
  if (code.redirectUri !== form.get('redirect_uri'))
    return { error: 'invalid_grant', description: 'redirect_uri differs from the one in the authorize request.' };
  if (code.codeChallenge !== undefined && !verifierMatches(form.get('code_verifier') ?? '', code.codeChallenge))
    return { error: 'invalid_grant', description: 'The PKCE code_verifier does not match the code_challenge.' };
  return { grant: code.grant, family: taken.family, ...(code.state !== undefined && { appState: code.state }) };
}

/**
 * refresh_token: the refresh token's grant, narrowed to `scope` when one is sent. A rotated token
 * presented again revokes its whole family, since one of the two presenting it is not the app.
 */
function fromRefresh(
  state: SandboxState,
  client: Client,
  form: URLSearchParams,
  refreshed: Presented<Grant> | undefined,
): Granted | Refused {
  if (refreshed?.value.clientId !== client.id || refreshed.value.launch.fault === 'token_expired_refresh_token')
    return {
      error: 'invalid_grant',
      description: 'The refresh token is unknown, expired or issued to another client.',
    };
  if (refreshed.replay) {
    state.tokens.revokeFamily(refreshed.family);
    return {
      error: 'invalid_grant',
      description: 'The refresh token was already used: every token of its grant is revoked.',
    };
  }
  const stored = refreshed.value;
  const narrower = splitScopes(form.get('scope'));
  if (narrower.some((scope) => !hasScope(stored.scopes, scope)))
    return { error: 'invalid_scope', description: 'A refresh cannot widen the granted scopes.' };
  return { grant: narrower.length > 0 ? { ...stored, scopes: narrower } : stored, family: refreshed.family };
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
      ...personality.identityExtras?.(grant),
      ...(grant.nonce !== undefined && { nonce: grant.nonce }),
    },
    Math.floor(expiresAt / 1000),
    Math.floor(state.now() / 1000),
  );
}
