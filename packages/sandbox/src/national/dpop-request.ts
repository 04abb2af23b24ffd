// The proof a request carries, judged as the token endpoint and the national FHIR endpoint both must:
// exactly one `DPoP` header, a proof valid for this method and URI, a current server nonce, and a `jti`
// this key has not used before. The two endpoints answer a refusal differently (RFC 9449 §7.1, §8, §9),
// so this says what is wrong and leaves the answer to them.
import type { Request } from '../http.js';
import type { SandboxState } from '../state.js';
import { checkProof, PROOF_MAX_AGE_SECONDS, type VerifiedProof } from './dpop-proof.js';
import type { NationalState } from './national-state.js';

export type ProofOutcome =
  | { readonly ok: true; readonly proof: VerifiedProof }
  | { readonly ok: false; readonly error: 'invalid_dpop_proof' | 'use_dpop_nonce'; readonly description: string };

export function nowSeconds(state: SandboxState): number {
  return Math.floor(state.now() / 1000);
}

export async function requestProof(
  state: SandboxState,
  national: NationalState,
  request: Request,
  accessToken?: string,
): Promise<ProofOutcome> {
  // Node joins repeated headers it does not know into one value; the raw list still tells them apart.
  const raw = request.raw.rawHeaders;
  const count = raw.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'dpop').length;
  if (count > 1) return { ok: false, error: 'invalid_dpop_proof', description: 'Send exactly one DPoP header.' };
  const header = request.headers.dpop;
  const now = nowSeconds(state);
  const checked = await checkProof(typeof header === 'string' ? header : undefined, {
    method: request.method,
    targets: targetsOf(state, request),
    nowSeconds: now,
    ...(accessToken !== undefined && { accessToken }),
  });
  if (!checked.ok) return { ok: false, error: 'invalid_dpop_proof', description: checked.description };
  if (!national.nonces.accepts(checked.nonce, now))
    return {
      ok: false,
      error: 'use_dpop_nonce',
      description: 'A DPoP proof must carry the nonce of the DPoP-Nonce header.',
    };
  if (!national.proofs.firstUse(checked.jkt, checked.jti, checked.iat + PROOF_MAX_AGE_SECONDS, now))
    return { ok: false, error: 'invalid_dpop_proof', description: 'This DPoP proof was used before (jti).' };
  return { ok: true, proof: checked };
}

/**
 * The URI of this request as a client may have named it: on the sandbox's own origin, or on the host
 * it was addressed to (`localhost` for `127.0.0.1`), which is the same server. Query and fragment are
 * no part of it.
 */
function targetsOf(state: SandboxState, request: Request): string[] {
  const path = request.url.pathname;
  const host = request.headers.host;
  const targets = [state.origin + path];
  if (host !== undefined && /^[\w.\-[\]:]{1,300}$/.test(host)) targets.push(`http://${host}${path}`);
  return targets;
}
