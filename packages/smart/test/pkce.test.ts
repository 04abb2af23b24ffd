import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pkceChallenge } from '../src/pkce.js';

describe('pkceChallenge', () => {
  it('makes a fresh RFC 7636 verifier and its S256 challenge', async () => {
    const { codeVerifier, codeChallenge } = await pkceChallenge();
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(codeChallenge).toBe(createHash('sha256').update(codeVerifier).digest('base64url'));
    expect((await pkceChallenge()).codeVerifier).not.toBe(codeVerifier);
  });
});
