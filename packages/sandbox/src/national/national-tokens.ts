// Access tokens the HelseID-like server issued by token exchange: each bound to one DPoP key
// (`cnf.jkt`) and to the EHR token it was exchanged for, so revoking that grant (a replayed code, a
// replayed refresh token) ends the national token too. The token itself is a signed JWT a client may
// read (HelseID issues JWTs); the server still looks it up here, since only what it issued counts.
export interface NationalToken {
  readonly patient: string;
  /** The EHR user the launch was for, when it named one. */
  readonly practitioner?: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  /** RFC 7638 thumbprint of the key every request with this token must prove. */
  readonly jkt: string;
  /** The EHR access token it was exchanged for. */
  readonly subjectToken: string;
  /** Milliseconds. */
  readonly expiresAt: number;
}

export interface NationalTokenStore {
  add(token: string, value: NationalToken, now: number): void;
  get(token: string): NationalToken | undefined;
}

export function createNationalTokenStore(): NationalTokenStore {
  const tokens = new Map<string, NationalToken>();
  return {
    add(token, value, now) {
      // Expired tokens go as new ones come, so the store holds what is live.
      for (const [held, { expiresAt }] of tokens) if (expiresAt <= now) tokens.delete(held);
      tokens.set(token, value);
    },
    get: (token) => tokens.get(token),
  };
}
