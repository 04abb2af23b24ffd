// What the national services remember for one running sandbox: the proofs seen, the nonce key and the
// tokens issued. Kept beside the sandbox's own state, keyed by it, so sandboxes side by side in one
// test process share nothing.
import type { SandboxState } from '../state.js';
import { createNonceIssuer, type NonceIssuer } from './dpop-nonce.js';
import { createProofLedger, type ProofLedger } from './dpop-replay.js';
import { createNationalTokenStore, type NationalTokenStore } from './national-tokens.js';

export interface NationalState {
  readonly proofs: ProofLedger;
  readonly nonces: NonceIssuer;
  readonly tokens: NationalTokenStore;
}

const states = new WeakMap<SandboxState, NationalState>();

export function nationalState(state: SandboxState): NationalState {
  let national = states.get(state);
  if (national === undefined) {
    national = { proofs: createProofLedger(), nonces: createNonceIssuer(), tokens: createNationalTokenStore() };
    states.set(state, national);
  }
  return national;
}
