// Who is calling the token endpoint: a public client by its client_id, a confidential-symmetric one by
// HTTP Basic, a confidential-asymmetric one by a private_key_jwt assertion signed with a key in its JWKS.
import { timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import type { Client } from '../clients.js';
import type { Request } from '../http.js';
import { formDecoded } from '../percent-encoding.js';
import type { SandboxState } from '../state.js';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const MAX_ASSERTION_LIFETIME_S = 300;

export type ClientAuthResult = { readonly client: Client } | { readonly error: string };

/** The client the request names, by HTTP Basic, `client_id` or an assertion's issuer; null when it names none. */
export function namedClientId(request: Request, form: URLSearchParams): string | null {
  const assertion = form.get('client_assertion');
  return (
    basicCredentials(request.headers.authorization)?.id ??
    form.get('client_id') ??
    (assertion === null ? null : issuerOf(assertion))
  );
}

/**
 * `impliedClientId` is who a refresh token was issued to: RFC 6749 §6 lets a public client refresh
 * without naming itself, while a confidential one must still authenticate as always.
 */
export async function authenticateClient(
  state: SandboxState,
  request: Request,
  form: URLSearchParams,
  tokenUrl: string,
  impliedClientId?: string,
): Promise<ClientAuthResult> {
  const basic = basicCredentials(request.headers.authorization);
  const assertion = form.get('client_assertion');
  const clientId = namedClientId(request, form) ?? impliedClientId ?? null;
  const client = clientId === null ? undefined : state.clients.get(clientId);
  if (!client)
    return { error: clientId === null ? 'No client_id and no client authentication.' : 'The client is unknown.' };
  const auth = client.auth;
  switch (auth.type) {
    case 'public':
      return { client };
    case 'client_secret_basic':
      return basic !== undefined && sameText(basic.secret, auth.secret)
        ? { client }
        : { error: 'The client secret is missing or wrong.' };
    case 'private_key_jwt': {
      if (form.get('client_assertion_type') !== ASSERTION_TYPE || assertion === null)
        return { error: 'A private_key_jwt client assertion is required.' };
      const checked = await verifyAssertion(state, client.id, assertion, createLocalJWKSet(auth.jwks), tokenUrl);
      return checked === undefined ? { client } : { error: checked };
    }
  }
}

async function verifyAssertion(
  state: SandboxState,
  clientId: string,
  assertion: string,
  keys: ReturnType<typeof createLocalJWKSet>,
  tokenUrl: string,
): Promise<string | undefined> {
  const now = state.now();
  try {
    const { payload } = await jwtVerify(assertion, keys, {
      issuer: clientId,
      subject: clientId,
      audience: tokenUrl,
      currentDate: new Date(now),
      requiredClaims: ['exp', 'jti'],
      algorithms: ['RS384', 'ES384', 'RS256', 'ES256'],
    });
    if ((payload.exp ?? 0) > now / 1000 + MAX_ASSERTION_LIFETIME_S)
      return 'The client assertion expires more than five minutes ahead.';
    const jti = String(payload.jti);
    for (const [used, expires] of state.usedAssertions) if (expires < now) state.usedAssertions.delete(used);
    if (state.usedAssertions.has(`${clientId} ${jti}`)) return 'The client assertion jti has been used before.';
    state.usedAssertions.set(`${clientId} ${jti}`, (payload.exp ?? 0) * 1000);
    return undefined;
  } catch (error) {
    return `The client assertion is not valid: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined. Parts that do not decode
  // are no credentials at all, so the client fails to authenticate rather than the request to run.
  const id = formDecoded(decoded.slice(0, colon));
  const secret = formDecoded(decoded.slice(colon + 1));
  return id === undefined || secret === undefined ? undefined : { id, secret };
}

function issuerOf(assertion: string): string | null {
  try {
    return decodeJwt(assertion).iss ?? null;
  } catch {
    return null;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
