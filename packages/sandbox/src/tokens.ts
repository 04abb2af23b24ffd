// Authorization codes, access tokens and refresh tokens: opaque random strings that point at a grant
// held here, so nothing about the grant can be read or forged from the token itself.
import type { LaunchContext } from './launches.js';
import type { PersonalityName } from './personalities/personality-name.js';
import { randomToken } from './random.js';

/** What the user (or the EHR) agreed to: one client, one launch, these scopes. */
export interface Grant {
  readonly clientId: string;
  readonly personality: PersonalityName;
  readonly scopes: readonly string[];
  readonly launch: LaunchContext;
  readonly nonce?: string;
}

export interface AuthorizationCode {
  readonly grant: Grant;
  readonly redirectUri: string;
  readonly codeChallenge?: string;
  /** The app's `state`, for personalities that echo it from the token endpoint. */
  readonly state?: string;
  readonly expiresAt: number;
}

export interface AccessToken {
  readonly grant: Grant;
  readonly expiresAt: number;
  readonly issuedAt: number;
}

export const CODE_LIFETIME_MS = 60_000;

export interface TokenStore {
  issueCode(code: Omit<AuthorizationCode, 'expiresAt'>): string;
  /** The code's grant, once: a second use finds nothing. */
  takeCode(code: string): AuthorizationCode | undefined;
  issueAccess(grant: Grant, lifetimeSeconds: number): { token: string; expiresAt: number };
  access(token: string): AccessToken | undefined;
  issueRefresh(grant: Grant): string;
  refresh(token: string): Grant | undefined;
  /** A rotated refresh token is spent: OAuth 2.1 §6.1, so a stolen copy stops working. */
  revokeRefresh(token: string): void;
}

export function createTokenStore(now: () => number): TokenStore {
  const codes = new Map<string, AuthorizationCode>();
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, Grant>();
  return {
    issueCode(code) {
      const value = randomToken();
      codes.set(value, { ...code, expiresAt: now() + CODE_LIFETIME_MS });
      return value;
    },
    takeCode(value) {
      const code = codes.get(value);
      codes.delete(value);
      return code && code.expiresAt > now() ? code : undefined;
    },
    issueAccess(grant, lifetimeSeconds) {
      const token = randomToken();
      const issuedAt = now();
      const expiresAt = issuedAt + lifetimeSeconds * 1000;
      accessTokens.set(token, { grant, expiresAt, issuedAt });
      return { token, expiresAt };
    },
    access: (token) => accessTokens.get(token),
    issueRefresh(grant) {
      const token = randomToken();
      refreshTokens.set(token, grant);
      return token;
    },
    refresh: (token) => refreshTokens.get(token),
    revokeRefresh(token) {
      refreshTokens.delete(token);
    },
  };
}
