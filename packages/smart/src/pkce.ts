// PKCE (RFC 7636) with S256 from the platform's WebCrypto, for fhirclient's authorize step: its own
// helper would bring a WebCrypto shim for old browsers into every bundle.
import { base64url } from './launch-state.js';

// 64 bytes: an 86-character verifier, within RFC 7636's 43 to 128.
const VERIFIER_BYTES = 64;

export interface PkceChallenge {
  readonly codeVerifier: string;
  readonly codeChallenge: string;
}

export async function pkceChallenge(): Promise<PkceChallenge> {
  const codeVerifier = base64url(crypto.getRandomValues(new Uint8Array(VERIFIER_BYTES)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  return { codeVerifier, codeChallenge: base64url(new Uint8Array(digest)) };
}
