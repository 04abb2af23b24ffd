// The DPoP pieces on their own: a proof's checks (src/national/dpop-proof.ts), the replay ledger's
// bound, the nonces' windows and htu normalisation, with real ES256 proofs made by jose.
import { exportJWK, generateKeyPair, SignJWT, calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { createNonceIssuer, NONCE_WINDOW_SECONDS } from '../src/national/dpop-nonce.js';
import { checkProof, type ProofCheck, type ProofExpectation } from '../src/national/dpop-proof.js';
import { createProofLedger } from '../src/national/dpop-replay.js';
import { normalisedHtu } from '../src/national/htu.js';
import { dpopKey, makeProof } from './national-helpers.js';

const NOW = 1_764_064_800;
/** Why a proof was refused, or undefined when it was not. */
const why = (check: ProofCheck): string | undefined => (check.ok ? undefined : check.description);
const URL_ = 'http://127.0.0.1:4000/nasjonal/fhir/Flag';
const expectation: ProofExpectation = { method: 'GET', targets: [URL_], nowSeconds: NOW, accessToken: 'tok' };

describe('checkProof', () => {
  it('accepts a good proof and names its key by its RFC 7638 thumbprint', async () => {
    const key = await dpopKey();
    const result = await checkProof(
      await makeProof(key, { method: 'GET', url: URL_, iat: NOW, accessToken: 'tok' }),
      expectation,
    );
    expect(result).toMatchObject({ ok: true, jkt: await calculateJwkThumbprint(key.jwk, 'sha256'), iat: NOW });
  });

  it('accepts iat at the edges of its window and refuses it just past them', async () => {
    const key = await dpopKey();
    const at = async (iat: number): Promise<boolean> =>
      (await checkProof(await makeProof(key, { method: 'GET', url: URL_, iat, accessToken: 'tok' }), expectation)).ok;
    expect(await at(NOW - 60)).toBe(true);
    expect(await at(NOW - 61)).toBe(false);
    expect(await at(NOW + 5)).toBe(true);
    expect(await at(NOW + 6)).toBe(false);
  });

  it('refuses typ other than dpop+jwt, and a private key in the header', async () => {
    const key = await dpopKey();
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const base = { method: 'GET', url: URL_, iat: NOW, accessToken: 'tok' };
    const typ = await checkProof(await makeProof(key, { ...base, header: { typ: 'JWT' } }), expectation);
    expect(why(typ)).toContain('typ');
    const leaked = await makeProof({ privateKey, jwk: privateJwk }, base);
    expect(why(await checkProof(leaked, expectation))).toContain('private');
  });

  it('refuses a proof whose signature is not by the key in its header', async () => {
    const signer = await dpopKey();
    const other = await dpopKey();
    const proof = await makeProof(signer, {
      method: 'GET',
      url: URL_,
      iat: NOW,
      accessToken: 'tok',
      header: { jwk: other.jwk },
    });
    expect(why(await checkProof(proof, expectation))).toContain('signature');
  });

  it('refuses other algorithms: RS256, HS256 and none', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const claims = { jti: 'a', htm: 'GET', htu: URL_, iat: NOW };
    const rs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'dpop+jwt', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
    const secret = new Uint8Array(32);
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'dpop+jwt', jwk: { kty: 'oct', k: 'AAAA' } } as never)
      .sign(secret);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'dpop+jwt' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.x`;
    for (const proof of [rs, hs, none]) expect((await checkProof(proof, expectation)).ok).toBe(false);
  });

  it('never throws, whatever the header says', async () => {
    const part = (value: unknown): string =>
      Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const inputs = [
      undefined,
      '',
      'a.b',
      'a.b.c',
      '....',
      'x'.repeat(100_000),
      `${part('{not json')}.${part({})}.AAAA`,
      `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: 'a string' })}.${part({})}.AAAA`,
      `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: [1, 2] })}.${part({})}.AAAA`,
      `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC', crv: 'P-256', x: '!', y: '?' } })}.${part({})}.AAAA`,
      `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC', crv: 'P-384' } })}.${part('[]')}.AAAA`,
      `${part({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' } })}.${part(null)}.AAAA`,
      `${part({ alg: { nested: true }, typ: ['dpop+jwt'] })}.${part(42)}.AAAA`,
      `${part(null)}.${part(null)}.${part(null)}`,
    ];
    for (const input of inputs) await expect(checkProof(input, expectation)).resolves.toMatchObject({ ok: false });
  });

  it('refuses claims of the wrong type: a numeric jti, a string iat, an htu that is no URL', async () => {
    const key = await dpopKey();
    const base = { method: 'GET', url: URL_, iat: NOW, accessToken: 'tok' };
    for (const claims of [{ jti: 7 }, { iat: String(NOW) }, { htu: 'ikke en url' }, { htm: 'get' }, { nonce: 5 }])
      expect(
        (await checkProof(await makeProof(key, { ...base, claims }), expectation)).ok,
        JSON.stringify(claims),
      ).toBe(false);
  });
});

describe('normalisedHtu', () => {
  it('compares by scheme, host and path, after RFC 3986 normalisation', () => {
    const expected = 'http://127.0.0.1:4000/a/~b%2F';
    for (const written of [
      'http://127.0.0.1:4000/a/~b%2F?x=1#y',
      'HTTP://127.0.0.1:4000/a/%7eb%2f',
      'http://127.0.0.1:4000/a/./c/../~b%2F',
    ])
      expect(normalisedHtu(written), written).toBe(expected);
    expect(normalisedHtu('http://127.0.0.1:80/a')).toBe('http://127.0.0.1/a');
    expect(normalisedHtu('http://user:pass@127.0.0.1/a')).toBeUndefined();
    expect(normalisedHtu('ftp://127.0.0.1/a')).toBeUndefined();
    expect(normalisedHtu('ikke en url')).toBeUndefined();
  });
});

describe('the replay ledger', () => {
  it('takes a jti once per key, and again once its window has closed', () => {
    const ledger = createProofLedger();
    expect(ledger.firstUse('k1', 'j', NOW + 60, NOW)).toBe(true);
    expect(ledger.firstUse('k1', 'j', NOW + 60, NOW + 30)).toBe(false);
    expect(ledger.firstUse('k2', 'j', NOW + 60, NOW)).toBe(true);
    expect(ledger.firstUse('k1', 'j', NOW + 200, NOW + 61)).toBe(true);
  });

  it('holds no more than its bound however many proofs come', () => {
    const ledger = createProofLedger(100);
    for (let index = 0; index < 1000; index += 1) ledger.firstUse('k', `j${String(index)}`, NOW + 60, NOW);
    expect(ledger.size).toBe(100);
    // The newest are still remembered.
    expect(ledger.firstUse('k', 'j999', NOW + 60, NOW)).toBe(false);
  });
});

describe('nonces', () => {
  it('are good in their window and the next, not after, and cannot be made without the key', () => {
    const issuer = createNonceIssuer(Buffer.alloc(32, 1));
    const nonce = issuer.current(NOW);
    expect(issuer.accepts(nonce, NOW)).toBe(true);
    expect(issuer.accepts(nonce, NOW + NONCE_WINDOW_SECONDS)).toBe(true);
    expect(issuer.accepts(nonce, NOW + 2 * NONCE_WINDOW_SECONDS)).toBe(false);
    expect(issuer.accepts(undefined, NOW)).toBe(false);
    expect(createNonceIssuer(Buffer.alloc(32, 2)).accepts(nonce, NOW)).toBe(false);
  });
});
