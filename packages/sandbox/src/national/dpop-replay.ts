// Proofs already presented (RFC 9449 §11.1): a `jti` is good once per key. A proof is only accepted
// within its `iat` window, so an entry is kept until that window has closed and no longer. Memory is
// bounded however fast proofs come: at the bound, closed windows are let go first, then the oldest,
// which a client could only replay after as many fresh proofs had passed within a minute.

export const MAX_REMEMBERED_PROOFS = 10_000;

export interface ProofLedger {
  /** True the first time a key presents this jti; the entry is kept until `until` (seconds). */
  firstUse(jkt: string, jti: string, until: number, nowSeconds: number): boolean;
  readonly size: number;
}

export function createProofLedger(limit = MAX_REMEMBERED_PROOFS): ProofLedger {
  // Insertion order is arrival order, which makes the first key the oldest entry.
  const seen = new Map<string, number>();
  return {
    firstUse(jkt, jti, until, nowSeconds) {
      const key = `${jkt} ${jti}`;
      const kept = seen.get(key);
      if (kept !== undefined && kept >= nowSeconds) return false;
      seen.delete(key);
      if (seen.size >= limit) forgetClosed(seen, nowSeconds);
      while (seen.size >= limit) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      seen.set(key, until);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}

function forgetClosed(seen: Map<string, number>, nowSeconds: number): void {
  for (const [key, until] of seen) if (until < nowSeconds) seen.delete(key);
}
