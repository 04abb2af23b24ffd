// The id_token, verified against the server's published keys before anything in it (fhirUser) is
// trusted: signature, issuer, audience, expiry and the launch's nonce, with jose — fetched only when there is a token
// to verify, so the launch page and apps without `openid` never download it.
import type { JWTPayload } from 'jose';
import { SmartError } from './errors.js';

export interface IdTokenCheck {
  readonly jwksUri: string;
  /** The discovery document's `issuer`; the token's `iss` must equal it. */
  readonly issuer: string | undefined;
  readonly clientId: string;
  /** The nonce the launch sent; the token must carry exactly it, or none when `nonceRequired` is false. */
  readonly nonce: string | undefined;
  readonly nonceRequired: boolean;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

// The EHR's clock and the clinician's PC disagree by seconds to minutes; a minute either way is fine.
const CLOCK_TOLERANCE_SECONDS = 60;

// SMART requires RS256; ES256 and RS384 are allowed for servers that use them. Never `none` or HMAC.
const ALGORITHMS = ['RS256', 'RS384', 'ES256', 'ES384', 'PS256'];

/** The verified claims; a `token-failed` SmartError when the token is forged, expired or not ours. */
export async function verifyIdToken(idToken: string, check: IdTokenCheck): Promise<JWTPayload> {
  try {
    const { createRemoteJWKSet, jwtVerify } = await import('jose');
    const keys = createRemoteJWKSet(new URL(check.jwksUri));
    const { payload } = await jwtVerify(idToken, keys, {
      algorithms: ALGORITHMS,
      audience: check.clientId,
      currentDate: new Date(check.now),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
      ...(check.issuer !== undefined && { issuer: check.issuer }),
    });
    checkNonce(payload.nonce, check);
    return payload;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new SmartError('token-failed', `The id_token could not be verified (${reason}).`, { cause: error });
  }
}

// A nonce other than ours is another launch's token; none at all is accepted only where PKCE binds the
// code (servers that do not echo the nonce exist).
function checkNonce(nonce: unknown, check: IdTokenCheck): void {
  if (nonce === undefined && !check.nonceRequired) return;
  if (nonce === undefined) throw new Error('the id_token carries no nonce, and this launch is bound by it');
  if (nonce !== check.nonce) throw new Error('the id_token carries the nonce of another launch');
}
