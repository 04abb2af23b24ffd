// The id_token check on its own: a JWKS server of our own, and tokens signed right and wrong.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from '../src/id-token.js';

const ISSUER = 'https://ehr.example.no/oauth2';
const CLIENT = 'samspill-app';
const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

let server: Server;
let jwksUri: string;
let privateKey: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUri = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/jwks`;
});
afterAll(() => {
  server.close();
});

interface TokenShape {
  readonly key?: CryptoKey;
  readonly issuer?: string;
  readonly audience?: string;
  readonly expiresAt?: number | null;
  readonly nonce?: string;
}

async function idToken(shape: TokenShape = {}): Promise<string> {
  const jwt = new SignJWT({ fhirUser: 'Practitioner/lege-1', ...(shape.nonce !== undefined && { nonce: shape.nonce }) })
    .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
    .setIssuer(shape.issuer ?? ISSUER)
    .setAudience(shape.audience ?? CLIENT)
    .setSubject('lege-1')
    .setIssuedAt(Math.floor(NOW / 1000) - 10);
  if (shape.expiresAt !== null) jwt.setExpirationTime(shape.expiresAt ?? Math.floor(NOW / 1000) + 300);
  return jwt.sign(shape.key ?? privateKey);
}

const NONCE = 'n-0S6_WzA2Mj';
const check = (): Parameters<typeof verifyIdToken>[1] => ({
  jwksUri,
  issuer: ISSUER,
  clientId: CLIENT,
  nonce: NONCE,
  nonceRequired: false,
  now: NOW,
});

describe('verifyIdToken', () => {
  it('returns the claims of a token signed with the published key, for this client, from this issuer', async () => {
    const claims = await verifyIdToken(await idToken(), check());
    expect(claims).toMatchObject({ fhirUser: 'Practitioner/lege-1', sub: 'lege-1', aud: CLIENT });
  });

  it.each<[string, () => Promise<string>]>([
    ['signed with another key', () => idToken({ key: otherKey })],
    ['for another client', () => idToken({ audience: 'another-app' })],
    ['from another issuer', () => idToken({ issuer: 'https://evil.example/oauth2' })],
    ['expired beyond the minute of clock tolerance', () => idToken({ expiresAt: Math.floor(NOW / 1000) - 120 })],
    ['unsigned (alg none)', async () => unsigned(await idToken())],
    ['not a JWT', () => Promise.resolve('eyJhbGciOiJSUzI1NiJ9.garbage')],
    ['without an expiry', () => idToken({ expiresAt: null })],
    ['with another launch’s nonce', () => idToken({ nonce: 'another-launch' })],
  ])('refuses a token %s as token-failed, without the token in the message', async (_what, make) => {
    const token = await make();
    const error: unknown = await verifyIdToken(token, check()).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'SmartError', code: 'token-failed' });
    expect((error as Error).message).not.toContain(token.split('.')[1] ?? token);
  });

  it('takes the launch’s own nonce, and no nonce only where the nonce is not what binds the code', async () => {
    expect((await verifyIdToken(await idToken({ nonce: NONCE }), { ...check(), nonceRequired: true })).nonce).toBe(
      NONCE,
    );
    expect((await verifyIdToken(await idToken(), check())).sub).toBe('lege-1');
    const error: unknown = await verifyIdToken(await idToken(), { ...check(), nonceRequired: true }).catch(
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ code: 'token-failed' });
  });

  it('tolerates a minute of clock difference', async () => {
    const claims = await verifyIdToken(await idToken({ expiresAt: Math.floor(NOW / 1000) - 30 }), check());
    expect(claims.sub).toBe('lege-1');
  });

  it('fails as token-failed when the keys cannot be fetched', async () => {
    const error: unknown = await verifyIdToken(await idToken(), {
      ...check(),
      jwksUri: 'http://127.0.0.1:9/jwks',
    }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'token-failed' });
  });
});

/** The same claims with `alg: none` and no signature. */
function unsigned(token: string): string {
  const [, payload] = token.split('.');
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return `${header}.${payload ?? ''}.`;
}
