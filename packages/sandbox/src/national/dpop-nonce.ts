// Server nonces (RFC 9449 §8, §9): the sandbox requires one in every proof, so a client meets the
// `use_dpop_nonce` answer and its retry on a laptop rather than first in production. A nonce is an HMAC
// of a time window under a key made at start: nothing to store, the same for every client, good for the
// window it was made in and the one after (5 to 10 minutes), unguessable before its window opens.
import { createHmac, randomBytes } from 'node:crypto';

export const NONCE_WINDOW_SECONDS = 300;

export interface NonceIssuer {
  /** The nonce to hand out now (the `DPoP-Nonce` header). */
  current(nowSeconds: number): string;
  /** Whether a proof's nonce is one handed out in this window or the last. */
  accepts(nonce: string | undefined, nowSeconds: number): boolean;
}

export function createNonceIssuer(key: Buffer = randomBytes(32)): NonceIssuer {
  const nonceOf = (window: number): string =>
    createHmac('sha256', key).update(`dpop-nonce:${window}`).digest('base64url');
  const windowOf = (nowSeconds: number): number => Math.floor(nowSeconds / NONCE_WINDOW_SECONDS);
  return {
    current: (nowSeconds) => nonceOf(windowOf(nowSeconds)),
    accepts(nonce, nowSeconds) {
      if (nonce === undefined) return false;
      const window = windowOf(nowSeconds);
      return nonce === nonceOf(window) || nonce === nonceOf(window - 1);
    },
  };
}
