// RFC 7662 token introspection, with SMART's additions: the launch context and the user. The caller
// must be authorized (RFC 7662 §2.1): a confidential client by its credentials, or anyone holding an
// active access token of this EHR (SMART allows a bearer token here).
import { sendJson, type Request, type Response } from '../http.js';
import type { Personality } from '../personalities/personality.js';
import type { SandboxState } from '../state.js';
import { authenticateClient } from './client-auth.js';
import { sendOAuthError } from './oauth-error.js';
import { identityOf } from './token.js';

export async function introspect(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
): Promise<void> {
  if (request.method !== 'POST') {
    sendOAuthError(response, 'invalid_request', 'Introspection takes a form POST.');
    return;
  }
  const form = new URLSearchParams(request.body);
  if (!(await authorized(state, personality, request, form))) {
    sendJson(
      response,
      401,
      { error: 'invalid_client', error_description: 'Introspection needs client credentials or a bearer token.' },
      { 'WWW-Authenticate': 'Bearer realm="samspill"', 'Cache-Control': 'no-store' },
    );
    return;
  }
  const token = form.get('token') ?? '';
  const access = state.tokens.access(token);
  const headers = { 'Cache-Control': 'no-store' };
  if (!access || access.expiresAt <= state.now() || access.grant.personality !== personality.name) {
    sendJson(response, 200, { active: false }, headers);
    return;
  }
  const { grant } = access;
  const identity = identityOf(state, personality, grant);
  sendJson(
    response,
    200,
    {
      active: true,
      scope: grant.scopes.join(' '),
      client_id: grant.clientId,
      token_type: 'Bearer',
      exp: Math.floor(access.expiresAt / 1000),
      iat: Math.floor(access.issuedAt / 1000),
      ...(grant.launch.patient !== undefined && { patient: grant.launch.patient }),
      ...(grant.launch.encounter !== undefined && { encounter: grant.launch.encounter }),
      ...(identity && { iss: personality.issuer(state.origin), sub: identity.sub, fhirUser: identity.fhirUser }),
    },
    headers,
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
