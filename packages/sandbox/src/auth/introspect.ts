// RFC 7662 token introspection, with SMART's additions: the launch context and the user. The caller
// must be authorized (RFC 7662 §2.1): a confidential client by its credentials, or anyone holding an
// active access token of this EHR (SMART allows a bearer token here).
import { sendJson, type Request, type Response } from '../http.js';
import type { Personality } from '../personalities/personality.js';
import type { SandboxState } from '../state.js';
import { authenticateClient } from './client-auth.js';
import { oauthForm } from './oauth-form.js';
import { NO_STORE, sendOAuthError } from './oauth-error.js';
import { launchContextFields, reportedScope } from './token-context.js';
import { identityOf } from './token.js';

export async function introspect(
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
  if (!(await authorized(state, personality, request, form))) {
    // The challenge in the scheme the caller tried; a bearer token when it tried none (SMART's way in).
    const triedBasic = /^Basic\s/i.test(request.headers.authorization ?? '');
    sendOAuthError(
      response,
      'invalid_client',
      'Introspection needs client credentials or a bearer token.',
      triedBasic ? 'Basic realm="samspill"' : 'Bearer realm="samspill"',
    );
    return;
  }
  const token = form.get('token');
  if (token === null) {
    sendOAuthError(response, 'invalid_request', 'The token parameter is required.');
    return;
  }
  const access = state.tokens.access(token);
  if (!access || access.expiresAt <= state.now() || access.grant.personality !== personality.name) {
    sendJson(response, 200, { active: false }, NO_STORE);
    return;
  }
  const { grant } = access;
  const identity = identityOf(state, personality, grant);
  sendJson(
    response,
    200,
    {
      active: true,
      // SMART: scope and launch context exactly as the token response gave them.
      scope: reportedScope(personality, grant.scopes),
      client_id: grant.clientId,
      token_type: 'Bearer',
      exp: Math.floor(access.expiresAt / 1000),
      iat: Math.floor(access.issuedAt / 1000),
      ...launchContextFields(personality, grant, state.origin),
      ...(identity && { iss: personality.issuer(state.origin), sub: identity.sub, fhirUser: identity.fhirUser }),
    },
    NO_STORE,
  );
}

async function authorized(
  state: SandboxState,
  personality: Personality,
  request: Request,
  form: URLSearchParams,
): Promise<boolean> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer !== undefined) {
    const caller = state.tokens.access(bearer);
    return caller !== undefined && caller.expiresAt > state.now() && caller.grant.personality === personality.name;
  }
  const hasCredentials = request.headers.authorization !== undefined || form.has('client_assertion');
  if (!hasCredentials) return false;
  const client = await authenticateClient(state, request, form, state.origin + personality.paths.token);
  return 'client' in client && client.client.auth.type !== 'public';
}
