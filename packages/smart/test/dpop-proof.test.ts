// DPoP proofs (RFC 9449 §4) checked the way a server checks them: with jose, against the key in the
// proof's own header.
import { createHash } from 'node:crypto';
import { EmbeddedJWK, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateDpopKeyPair, publicJwkOf } from '../src/dpop-key.js';
import { accessTokenHash, createDpopProof, dpopHtu } from '../src/dpop-proof.js';

const NOW = Date.UTC(2026, 10, 23, 8, 30, 15, 750);

async function proofFor(request: { method: string; url: string; nonce?: string; accessToken?: string }) {
  const keys = await generateDpopKeyPair();
  const proof = await createDpopProof({
    privateKey: keys.privateKey,
    publicJwk: await publicJwkOf(keys.publicKey),
    now: NOW,
    ...request,
  });
  // The server's check: signature by the header's jwk, ES256, typ dpop+jwt; iat is ours, not the clock's.
  const verified = await jwtVerify(proof, EmbeddedJWK, {
    typ: 'dpop+jwt',
    algorithms: ['ES256'],
    currentDate: new Date(NOW),
  });
  return { keys, proof, verified };
}

describe('createDpopProof', () => {
  it('is signed with ES256 by the key in its header, which holds the public half only', async () => {
    const { proof, verified } = await proofFor({ method: 'get', url: 'https://fhir.example.no/r4/Patient/kari' });
    const header = decodeProtectedHeader(proof);
    expect(header.typ).toBe('dpop+jwt');
    expect(header.alg).toBe('ES256');
    expect(Object.keys(header.jwk ?? {}).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(header.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(verified.protectedHeader.jwk).not.toHaveProperty('d');
    const { jti, ...claims } = verified.payload;
    expect(jti).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(claims).toEqual({ htm: 'GET', htu: 'https://fhir.example.no/r4/Patient/kari', iat: Math.floor(NOW / 1000) });
  });

  it('fails verification once a claim is changed', async () => {
    const { proof } = await proofFor({ method: 'GET', url: 'https://fhir.example.no/r4/Patient' });
    const [header, , signature] = proof.split('.');
    const forged = Buffer.from(
      JSON.stringify({ htm: 'POST', htu: 'https://evil.example/', iat: 1, jti: 'x' }),
    ).toString('base64url');
    await expect(jwtVerify(`${header ?? ''}.${forged}.${signature ?? ''}`, EmbeddedJWK)).rejects.toThrow();
  });

  it('carries ath, the SHA-256 of the access token, on a resource request, and never the token', async () => {
    const accessToken = 'opaque-access-token.with~chars/+=';
    const { proof, verified } = await proofFor({
      method: 'GET',
      url: 'https://fhir.example.no/r4/Patient',
      accessToken,
    });
    expect(verified.payload.ath).toBe(createHash('sha256').update(accessToken, 'ascii').digest('base64url'));
    expect(await accessTokenHash(accessToken)).toBe(verified.payload.ath);
    expect(Buffer.from(proof.split('.')[1] ?? '', 'base64url').toString()).not.toContain(accessToken);
  });

  it('carries the nonce the server gave, and no ath on a token request', async () => {
    const { verified } = await proofFor({ method: 'POST', url: 'https://auth.example.no/token', nonce: 'eyJ7S_zG.9' });
    expect(verified.payload).toMatchObject({ htm: 'POST', htu: 'https://auth.example.no/token', nonce: 'eyJ7S_zG.9' });
    expect(verified.payload).not.toHaveProperty('ath');
  });

  it('has a fresh jti on every proof', async () => {
    const keys = await generateDpopKeyPair();
    const publicJwk = await publicJwkOf(keys.publicKey);
    const jtis = new Set<unknown>();
    for (let index = 0; index < 20; index++) {
      const proof = await createDpopProof({
        privateKey: keys.privateKey,
        publicJwk,
        method: 'GET',
        url: 'https://x.example/',
        now: NOW,
      });
      jtis.add((await jwtVerify(proof, EmbeddedJWK)).payload.jti);
    }
    expect(jtis.size).toBe(20);
  });
});

describe('dpopHtu', () => {
  it.each([
    ['https://fhir.example.no/r4/Observation?patient=kari&_count=100', 'https://fhir.example.no/r4/Observation'],
    ['https://fhir.example.no/r4/Patient/kari#section', 'https://fhir.example.no/r4/Patient/kari'],
    ['HTTPS://FHIR.Example.NO:443/r4/Patient', 'https://fhir.example.no/r4/Patient'],
    ['http://localhost:4010/dips/fhir/Patient?', 'http://localhost:4010/dips/fhir/Patient'],
    ['https://fhir.example.no', 'https://fhir.example.no/'],
  ])('%s → %s', (url, htu) => {
    expect(dpopHtu(url)).toBe(htu);
  });
});

describe('the DPoP key', () => {
  it('keeps its private half inside WebCrypto', async () => {
    const keys = await generateDpopKeyPair();
    expect(keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', keys.privateKey)).rejects.toThrow();
    expect(keys.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
  });
});
