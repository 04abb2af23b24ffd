// Requests that prove possession of the session's DPoP key (RFC 9449): a fresh proof on each, the
// token as `Authorization: DPoP`, and the server's nonce: remembered per origin from every answer,
// and when the server asks for a newer one (`use_dpop_nonce`), the request is sent once more with it.
import type { DpopPublicJwk } from './dpop-key.js';
import { createDpopProof } from './dpop-proof.js';
import { SmartError } from './errors.js';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface DpopSenderOptions {
  readonly privateKey: CryptoKey;
  readonly publicJwk: DpopPublicJwk;
  /** Sends the request as it is; the platform's fetch, or the test's. */
  readonly fetch: Fetch;
  /** Milliseconds since the epoch, for `iat`. */
  readonly now: () => number;
}

export interface DpopSender {
  /**
   * `fetch` with a `DPoP` proof, and with `Authorization: DPoP <token>` when `accessToken` is given
   * (a resource request; its proof carries `ath`). Asked for a nonce, it sends the request once more.
   */
  readonly fetch: (url: string, init: RequestInit, accessToken?: string) => Promise<Response>;
  /** The DPoP failure an answer means (a refused proof, a nonce asked for again), if any. */
  readonly refusal: (response: Response) => Promise<SmartError | undefined>;
}

/** RFC 9449's errors: on the token endpoint as OAuth JSON (400), on a resource in `WWW-Authenticate` (401). */
export type DpopChallenge = 'use_dpop_nonce' | 'invalid_dpop_proof';

// RFC 9449 §8.1: a nonce is 1*NQCHAR, visible ASCII without `"` and `\`.
const NONCE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const CHALLENGE_ERROR = /\berror\s*=\s*"?(use_dpop_nonce|invalid_dpop_proof)\b/i;

export function dpopSender(options: DpopSenderOptions): DpopSender {
  // The newest nonce per origin: an authorization server and a FHIR server each keep their own.
  const nonces = new Map<string, string>();

  async function send(
    url: string,
    init: RequestInit,
    accessToken: string | undefined,
    nonce: string | undefined,
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set(
      'dpop',
      await createDpopProof({
        privateKey: options.privateKey,
        publicJwk: options.publicJwk,
        method: init.method ?? 'GET',
        url,
        now: options.now(),
        nonce,
        accessToken,
      }),
    );
    if (accessToken !== undefined) headers.set('authorization', `DPoP ${accessToken}`);
    const response = await options.fetch(url, { ...init, headers });
    const next = response.headers.get('dpop-nonce')?.trim();
    if (next !== undefined && NONCE.test(next)) nonces.set(new URL(url).origin, next);
    return response;
  }

  return {
    async fetch(url, init, accessToken) {
      const origin = new URL(url).origin;
      const sentWith = nonces.get(origin);
      const response = await send(url, init, accessToken, sentWith);
      // Once, and only with a nonce the first proof did not carry: a second refusal is the caller's to report.
      if ((await dpopChallenge(response)) !== 'use_dpop_nonce') return response;
      const fresh = nonces.get(origin);
      if (fresh === undefined || fresh === sentWith) return response;
      await response.body?.cancel().catch(() => undefined);
      return send(url, init, accessToken, fresh);
    },
    async refusal(response) {
      const challenge = await dpopChallenge(response);
      if (challenge === 'invalid_dpop_proof') {
        return new SmartError('dpop-proof-refused', `The server refused the DPoP proof (${response.status}).`, {
          status: response.status,
        });
      }
      if (challenge === 'use_dpop_nonce') {
        return new SmartError(
          'dpop-nonce-exhausted',
          `The server asked for a DPoP nonce again after the request was sent with the one it gave (${response.status}).`,
          { status: response.status },
        );
      }
      return undefined;
    },
  };
}

/** What a refusal says about DPoP; reads a 400's body from a clone, so the caller can still read it. */
export async function dpopChallenge(response: Response): Promise<DpopChallenge | undefined> {
  if (response.status === 401) {
    const header = response.headers.get('www-authenticate') ?? '';
    if (!/\bDPoP\b/i.test(header)) return undefined;
    return CHALLENGE_ERROR.exec(header)?.[1]?.toLowerCase() as DpopChallenge | undefined;
  }
  if (response.status !== 400) return undefined;
  try {
    const body = (await response.clone().json()) as { error?: unknown };
    return body.error === 'use_dpop_nonce' || body.error === 'invalid_dpop_proof' ? body.error : undefined;
  } catch {
    return undefined;
  }
}
