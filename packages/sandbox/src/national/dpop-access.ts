// The national endpoint's door (RFC 9449 §7): a token only with `Authorization: DPoP <token>` and a
// proof by the key it is bound to, made for this request. What is refused gets a 401 with a
// `WWW-Authenticate: DPoP` challenge naming the error, and always a fresh `DPoP-Nonce`. The challenge's
// descriptions are the sandbox's own fixed words, never text from the request.
import { sendOutcome } from '../fhir/operation-outcome.js';
import type { Request, Response } from '../http.js';
import type { SandboxState } from '../state.js';
import { DPOP_ALGORITHMS } from './dpop-proof.js';
import { nowSeconds, requestProof } from './dpop-request.js';
import type { NationalToken } from './national-tokens.js';
import { nationalState, type NationalState } from './national-state.js';

const ALGS = `algs="${DPOP_ALGORITHMS.join(' ')}"`;

/** Characters of an Authorization header read at most; a token the sandbox issued is under 1,500. */
const MAX_AUTHORIZATION_LENGTH = 8192;

type ChallengeError = 'invalid_token' | 'invalid_dpop_proof' | 'use_dpop_nonce';

/** The request's token when everything holds; otherwise the 401 has been sent and this is undefined. */
export async function dpopAccess(
  state: SandboxState,
  request: Request,
  response: Response,
): Promise<NationalToken | undefined> {
  const national = nationalState(state);
  const nonce = national.nonces.current(nowSeconds(state));
  const judged = await judge(state, national, request);
  if ('token' in judged) {
    response.setHeader('DPoP-Nonce', nonce);
    return judged.token;
  }
  const { error, description } = judged;
  // A quoted-string cannot hold a bare quote or backslash (RFC 9110 §5.6.4).
  const quoted = description.replace(/["\\]/g, "'");
  const challenge =
    error === undefined ? `DPoP ${ALGS}` : `DPoP error="${error}", error_description="${quoted}", ${ALGS}`;
  sendOutcome(response, 401, 'login', description, { 'WWW-Authenticate': challenge, 'DPoP-Nonce': nonce });
  return undefined;
}

type Judged = { readonly token: NationalToken } | { readonly error?: ChallengeError; readonly description: string };

async function judge(state: SandboxState, national: NationalState, request: Request): Promise<Judged> {
  const authorization = request.headers.authorization ?? '';
  if (authorization === '') return { description: 'A DPoP-bound access token is required.' };
  const invalid = { error: 'invalid_token', description: 'The access token is not valid.' } as const;
  if (authorization.length > MAX_AUTHORIZATION_LENGTH) return invalid;
  const match = /^(\S+) +([\w\-.~+/]+=*)$/.exec(authorization);
  if (match?.[1]?.toLowerCase() !== 'dpop')
    return {
      error: 'invalid_token',
      description: 'The national services take only DPoP-bound tokens: send Authorization: DPoP with a DPoP proof.',
    };
  const token = match[2] ?? '';
  const held = national.tokens.get(token);
  // The EHR grant it came from still stands: revoking it (a replayed code) ends this token too.
  if (held === undefined || state.tokens.access(held.subjectToken) === undefined) return invalid;
  if (held.expiresAt <= state.now()) return { error: 'invalid_token', description: 'The access token has expired.' };

  const proof = await requestProof(state, national, request, token);
  if (!proof.ok) return { error: proof.error, description: proof.description };
  if (proof.proof.jkt !== held.jkt)
    return {
      error: 'invalid_dpop_proof',
      description: 'The DPoP proof is signed by another key than the token is bound to.',
    };
  return { token: held };
}
