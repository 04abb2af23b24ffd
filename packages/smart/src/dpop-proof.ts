// One DPoP proof (RFC 9449 §4): a JWT signed with the session's key that names this one request, so a
// token or a proof caught on the way cannot be replayed for another request or by another client.
import type { DpopPublicJwk } from './dpop-key.js';
import { subtleCrypto } from './dpop-key.js';
import { base64url } from './launch-state.js';

export interface DpopProofRequest {
  readonly privateKey: CryptoKey;
  readonly publicJwk: DpopPublicJwk;
  /** The HTTP method. */
  readonly method: string;
  readonly url: string;
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** The server's latest `DPoP-Nonce`, when it gave one. */
  readonly nonce?: string | undefined;
  /** For a resource request: the access token the proof goes with (only its hash enters the proof). */
  readonly accessToken?: string | undefined;
}

const JTI_BYTES = 16;
const encoder = new TextEncoder();

/** The `DPoP` header's value for one request. */
export async function createDpopProof(request: DpopProofRequest): Promise<string> {
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: request.publicJwk };
  const claims = {
    // 128 random bits: the server refuses a proof whose jti it has seen.
    jti: base64url(crypto.getRandomValues(new Uint8Array(JTI_BYTES))),
    htm: request.method.toUpperCase(),
    htu: dpopHtu(request.url),
    iat: Math.floor(request.now / 1000),
    ...(request.nonce !== undefined && { nonce: request.nonce }),
    ...(request.accessToken !== undefined && { ath: await accessTokenHash(request.accessToken) }),
  };
  const signingInput = `${jsonPart(header)}.${jsonPart(claims)}`;
  const signature = await subtleCrypto().sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    request.privateKey,
    encoder.encode(signingInput),
  );
  // WebCrypto's ECDSA signature is r‖s, the form JWS (RFC 7518 §3.4) wants.
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}

/** `htu`: the request's URI without query and fragment (RFC 9449 §4.2), in the URL parser's normal form. */
export function dpopHtu(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

/** `ath`: base64url of the SHA-256 of the access token's ASCII bytes. */
export async function accessTokenHash(accessToken: string): Promise<string> {
  return base64url(new Uint8Array(await subtleCrypto().digest('SHA-256', encoder.encode(accessToken))));
}

function jsonPart(value: unknown): string {
  return base64url(encoder.encode(JSON.stringify(value)));
}
