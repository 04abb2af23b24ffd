// The key id_tokens are signed with: generated at start, so nothing secret is ever checked in, and
// published as a JWKS so apps verify id_tokens the way they would against a real EHR.
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet, type JWTPayload } from 'jose';
import { randomToken } from './random.js';

export interface SigningKey {
  readonly jwks: JSONWebKeySet;
  sign(claims: JWTPayload, expiresAtSeconds: number, issuedAtSeconds: number): Promise<string>;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomToken().slice(0, 16);
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: (claims, expiresAt, issuedAt) => sign(privateKey, kid, claims, expiresAt, issuedAt),
  };
}

function sign(key: CryptoKey, kid: string, claims: JWTPayload, expiresAt: number, issuedAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(key);
}
