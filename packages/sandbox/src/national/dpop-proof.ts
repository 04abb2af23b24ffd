// One DPoP proof (RFC 9449 §4.3) checked against the request it came with: its form, its signature by
// the public key in its own header (ES256 only), what it says about the request (`htm`, `htu`), when it
// was made (`iat`), and for a resource request the hash of the access token beside it (`ath`). Whether
// its `jti` was seen before and whether its `nonce` is current are the caller's questions, since they
// need memory; this answers from the proof and the request alone. Any input, however malformed, comes
// back as a refusal, never as an exception.
import { createHash } from 'node:crypto';
import {
  calculateJwkThumbprint,
  decodeProtectedHeader,
  EmbeddedJWK,
  jwtVerify,
  type JWK,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from 'jose';
import { normalisedHtu } from './htu.js';

export const DPOP_ALGORITHMS = ['ES256'] as const;

/** Seconds a proof is good for after its `iat`: enough for one request and its retry. */
export const PROOF_MAX_AGE_SECONDS = 60;
/** Seconds a proof's `iat` may lie ahead of the server's clock (a client clock slightly fast). */
export const PROOF_CLOCK_SKEW_SECONDS = 5;

/** Characters of a `DPoP` header read at most: a P-256 proof with `ath` and a nonce is under 1,000. */
export const MAX_PROOF_LENGTH = 4096;
const MAX_JTI_LENGTH = 256;

/** Members only a private key has: a proof that carries one has published its signing key. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'];

export interface ProofExpectation {
  readonly method: string;
  /** The request's URI as the client may have named it (normalised by `normalisedHtu`). */
  readonly targets: readonly string[];
  readonly nowSeconds: number;
  /** The access token sent with the proof: its hash must be the proof's `ath`. */
  readonly accessToken?: string;
}

export interface VerifiedProof {
  readonly ok: true;
  /** RFC 7638 SHA-256 thumbprint of the proof's key: what a bound token's `cnf.jkt` names. */
  readonly jkt: string;
  readonly jti: string;
  readonly iat: number;
  readonly nonce?: string;
}

export interface RefusedProof {
  readonly ok: false;
  readonly description: string;
}

export type ProofCheck = VerifiedProof | RefusedProof;

const refused = (description: string): RefusedProof => ({ ok: false, description });

/** base64url(SHA-256(token)): a proof's `ath` for an access token (RFC 9449 §4.2). */
export function accessTokenHash(token: string): string {
  return createHash('sha256').update(token, 'ascii').digest('base64url');
}

export async function checkProof(proof: string | undefined, expected: ProofExpectation): Promise<ProofCheck> {
  if (proof === undefined || proof === '') return refused('A DPoP proof is required (the DPoP header).');
  if (proof.length > MAX_PROOF_LENGTH) return refused('The DPoP proof is too long.');
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(proof)) return refused('The DPoP proof is not a compact JWS.');
  const header = protectedHeader(proof);
  if (header === undefined) return refused('The DPoP proof header does not decode.');
  if (header.typ !== 'dpop+jwt') return refused('The DPoP proof must have typ "dpop+jwt".');
  if (!DPOP_ALGORITHMS.includes(header.alg as (typeof DPOP_ALGORITHMS)[number]))
    return refused(`The DPoP proof must be signed with ${DPOP_ALGORITHMS.join(' or ')}.`);
  // Typed as a JWK, but it is whatever the client wrote.
  const jwk = header.jwk as unknown;
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    return refused('The DPoP proof header must carry the public key as "jwk".');
  if (PRIVATE_MEMBERS.some((member) => member in jwk))
    return refused('The DPoP proof header carries private key material.');
  const payload = await verifiedPayload(proof, expected.nowSeconds);
  if (payload === undefined) return refused('The DPoP proof signature does not verify with its jwk.');
  return checkClaims(payload, jwk, expected);
}

function protectedHeader(proof: string): ProtectedHeaderParameters | undefined {
  try {
    return decodeProtectedHeader(proof);
  } catch {
    return undefined;
  }
}

async function verifiedPayload(proof: string, nowSeconds: number): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(proof, EmbeddedJWK, {
      algorithms: [...DPOP_ALGORITHMS],
      typ: 'dpop+jwt',
      currentDate: new Date(nowSeconds * 1000),
    });
    return payload;
  } catch {
    return undefined;
  }
}

async function checkClaims(payload: JWTPayload, jwk: JWK, expected: ProofExpectation): Promise<ProofCheck> {
  const { jti, htm, htu, iat, ath, nonce } = payload as Record<string, unknown>;
  if (typeof jti !== 'string' || jti === '' || jti.length > MAX_JTI_LENGTH)
    return refused(`The DPoP proof needs a jti of 1 to ${MAX_JTI_LENGTH} characters.`);
  if (htm !== expected.method) return refused('The DPoP proof htm is not the method of this request.');
  const named = typeof htu === 'string' ? normalisedHtu(htu) : undefined;
  if (named === undefined || !expected.targets.some((target) => normalisedHtu(target) === named))
    return refused('The DPoP proof htu is not the URI of this request.');
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return refused('The DPoP proof needs a numeric iat.');
  if (iat < expected.nowSeconds - PROOF_MAX_AGE_SECONDS) return refused('The DPoP proof is too old (iat).');
  if (iat > expected.nowSeconds + PROOF_CLOCK_SKEW_SECONDS) return refused('The DPoP proof is from the future (iat).');
  if (expected.accessToken !== undefined) {
    if (ath === undefined) return refused('The DPoP proof needs ath, the hash of the access token.');
    if (ath !== accessTokenHash(expected.accessToken))
      return refused('The DPoP proof ath is not the hash of this access token.');
  }
  if (nonce !== undefined && typeof nonce !== 'string') return refused('The DPoP proof nonce must be a string.');
  const jkt = await thumbprint(jwk);
  if (jkt === undefined) return refused('The DPoP proof jwk has no thumbprint.');
  return { ok: true, jkt, jti, iat, ...(nonce !== undefined && { nonce }) };
}

async function thumbprint(jwk: JWK): Promise<string | undefined> {
  try {
    return await calculateJwkThumbprint(jwk, 'sha256');
  } catch {
    return undefined;
  }
}
