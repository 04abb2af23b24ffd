// A session's DPoP key (RFC 9449): an ES256 pair made by the platform's WebCrypto with a private half
// no script can read out, so a stolen token is useless without this browser profile.
import { SmartError } from './errors.js';

/** The public half as a proof's `jwk` header carries it: the curve point and nothing else. */
export interface DpopPublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

const ES256: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };

/** WebCrypto, or a `dpop-unsupported` SmartError where the page has none (plain http off loopback, old browsers). */
export function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (subtle === undefined) {
    throw new SmartError(
      'dpop-unsupported',
      'This page has no WebCrypto (crypto.subtle), so it cannot hold a DPoP key.',
    );
  }
  return subtle;
}

/** A fresh pair; the private key is not extractable (WebCrypto always lets the public half out). */
export async function generateDpopKeyPair(): Promise<CryptoKeyPair> {
  const subtle = subtleCrypto();
  try {
    return await subtle.generateKey(ES256, false, ['sign', 'verify']);
  } catch (error) {
    throw new SmartError('dpop-unsupported', `WebCrypto cannot make an ES256 key: ${String(error)}`, { cause: error });
  }
}

export async function publicJwkOf(publicKey: CryptoKey): Promise<DpopPublicJwk> {
  const jwk = await subtleCrypto().exportKey('jwk', publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new SmartError('dpop-key-lost', 'The stored DPoP key is not an ES256 key.');
  }
  // Only the members RFC 7638 names: `ext` and `key_ops` would say nothing the server needs.
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** Whether `value` is a pair this module made: ECDSA P-256, a private key that signs. */
export function isDpopKeyPair(value: unknown): value is CryptoKeyPair {
  if (typeof value !== 'object' || value === null) return false;
  const { privateKey, publicKey } = value as Partial<CryptoKeyPair>;
  const isEs256 = (key: unknown, type: KeyType): boolean =>
    typeof CryptoKey !== 'undefined' &&
    key instanceof CryptoKey &&
    key.type === type &&
    key.algorithm.name === 'ECDSA' &&
    (key.algorithm as EcKeyAlgorithm).namedCurve === 'P-256';
  return isEs256(privateKey, 'private') && isEs256(publicKey, 'public');
}
