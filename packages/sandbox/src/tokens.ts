// Authorization codes, access tokens and refresh tokens: opaque random strings that point at a grant
// held here, so nothing about the grant can be read or forged from the token itself. Every token
// issued from one code is one family: a code or a rotated refresh token presented a second time means
// a copy has leaked, and the token endpoint revokes the family (RFC 6749 §4.1.2, RFC 9700 §4.14.2).
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

/**
 * A code or refresh token as presented: what it stands for, the family of tokens it belongs to
 * (everything issued from one authorization code, refreshes included), and whether it had been spent
 * before, which makes this presentation a replay.
 */
export interface Presented<T> {
  readonly value: T;
  readonly family: string;
  readonly replay: boolean;
}

export interface TokenStore {
  issueCode(code: Omit<AuthorizationCode, 'expiresAt'>): string;
  /** The code, spent by this call; presented again, it is a replay (however long after). */
  takeCode(code: string): Presented<AuthorizationCode> | undefined;
  issueAccess(grant: Grant, lifetimeSeconds: number, family: string): { token: string; expiresAt: number };
  /** An access token of a family not revoked. */
  access(token: string): AccessToken | undefined;
  issueRefresh(grant: Grant, family: string): string;
  /** A refresh token of a family not revoked; one spent by rotation comes back as a replay. */
  refresh(token: string): Presented<Grant> | undefined;
  /** A rotated refresh token is spent: OAuth 2.1 §6.1, so a stolen copy stops working. */
  spendRefresh(token: string): void;
  /** Every access and refresh token of the family stops working at once. */
  revokeFamily(family: string): void;
}

interface Held<T> {
  readonly value: T;
  readonly family: string;
  spent: boolean;
}

export function createTokenStore(now: () => number): TokenStore {
  const codes = new Map<string, Held<AuthorizationCode>>();
  const accessTokens = new Map<string, Held<AccessToken>>();
  const refreshTokens = new Map<string, Held<Grant>>();
  const revoked = new Set<string>();
  return {
    issueCode(code) {
      const value = randomToken();
      codes.set(value, {
        value: { ...code, expiresAt: now() + CODE_LIFETIME_MS },
        family: randomToken(),
        spent: false,
      });
      return value;
    },
    takeCode(value) {
      const held = codes.get(value);
      if (!held) return undefined;
      const replay = held.spent;
      held.spent = true;
      if (!replay && held.value.expiresAt <= now()) return undefined;
      return { value: held.value, family: held.family, replay };
    },
    issueAccess(grant, lifetimeSeconds, family) {
      const token = randomToken();
      const issuedAt = now();
      const expiresAt = issuedAt + lifetimeSeconds * 1000;
      accessTokens.set(token, { value: { grant, expiresAt, issuedAt }, family, spent: false });
      return { token, expiresAt };
    },
    access(token) {
      const held = accessTokens.get(token);
      return held && !revoked.has(held.family) ? held.value : undefined;
    },
    issueRefresh(grant, family) {
      const token = randomToken();
      refreshTokens.set(token, { value: grant, family, spent: false });
      return token;
    },
    refresh(token) {
      const held = refreshTokens.get(token);
      if (!held || revoked.has(held.family)) return undefined;
      return { value: held.value, family: held.family, replay: held.spent };
    },
    spendRefresh(token) {
      const held = refreshTokens.get(token);
      if (held) held.spent = true;
    },
    revokeFamily(family) {
      revoked.add(family);
    },
  };
}
