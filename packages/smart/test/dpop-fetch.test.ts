// Sending with DPoP proofs: the token as `Authorization: DPoP`, the server's nonce remembered per origin,
// one retry when it asks for a newer one and never a second, and each refusal as its typed error.
import { EmbeddedJWK, jwtVerify, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { dpopChallenge, dpopSender, type DpopSender } from '../src/dpop-fetch.js';
import { generateDpopKeyPair, publicJwkOf } from '../src/dpop-key.js';
import { SmartError } from '../src/errors.js';
import { postTokenRequest, tokenBinding } from '../src/token-request.js';

const FHIR = 'https://fhir.example.no/r4';
const TOKEN = 'https://auth.example.no/connect/token';

interface Seen {
  readonly url: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly proof: JWTPayload;
}

/** A sender whose requests a scripted server answers, each proof verified as the server would. */
async function senderAgainst(answer: (request: Seen, index: number) => Response) {
  const keys = await generateDpopKeyPair();
  const seen: Seen[] = [];
  const sender: DpopSender = dpopSender({
    privateKey: keys.privateKey,
    publicJwk: await publicJwkOf(keys.publicKey),
    now: () => Date.now(),
    fetch: async (url, init) => {
      const headers = new Headers(init.headers);
      const { payload } = await jwtVerify(headers.get('dpop') ?? '', EmbeddedJWK, {
        typ: 'dpop+jwt',
        algorithms: ['ES256'],
      });
      const request = { url, headers, body: init.body, proof: payload };
      seen.push(request);
      return answer(request, seen.length - 1);
    },
  });
  return { sender, seen };
}

const askNonce = (nonce: string): Response =>
  new Response(null, {
    status: 401,
    headers: {
      'www-authenticate':
        'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
      'dpop-nonce': nonce,
    },
  });
const tokenAskNonce = (nonce: string): Response =>
  Response.json(
    { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof' },
    { status: 400, headers: { 'dpop-nonce': nonce } },
  );

describe('dpopSender', () => {
  it('sends the token as Authorization: DPoP with a proof bound to it', async () => {
    const { sender, seen } = await senderAgainst(() => Response.json({ resourceType: 'Patient' }));
    const response = await sender.fetch(`${FHIR}/Patient/kari?_elements=name`, { method: 'GET' }, 'the-access-token');
    expect(response.status).toBe(200);
    expect(seen[0]?.headers.get('authorization')).toBe('DPoP the-access-token');
    expect(seen[0]?.proof).toMatchObject({ htm: 'GET', htu: `${FHIR}/Patient/kari` });
    expect(seen[0]?.proof.ath).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sender.refusal(response)).toBeUndefined();
  });

  it('sends a resource request once more with the nonce the 401 gave, and only once', async () => {
    const { sender, seen } = await senderAgainst((request) =>
      request.proof.nonce === 'n-1' ? Response.json({ resourceType: 'Patient' }) : askNonce('n-1'),
    );
    const response = await sender.fetch(`${FHIR}/Patient/kari`, { method: 'GET' }, 'tok');
    expect(response.status).toBe(200);
    expect(seen.map((request) => request.proof.nonce)).toEqual([undefined, 'n-1']);
    expect(seen[0]?.proof.jti).not.toBe(seen[1]?.proof.jti);
    // The nonce is remembered: the next request carries it from the start.
    await sender.fetch(`${FHIR}/Observation`, { method: 'GET' }, 'tok');
    expect(seen.map((request) => request.proof.nonce)).toEqual([undefined, 'n-1', 'n-1']);
  });

  it('gives up after one retry when the server asks for a nonce again, as dpop-nonce-exhausted', async () => {
    const { sender, seen } = await senderAgainst((_request, index) => askNonce(`n-${String(index + 1)}`));
    const response = await sender.fetch(`${FHIR}/Patient/kari`, { method: 'GET' }, 'tok');
    expect(seen).toHaveLength(2);
    expect(response.status).toBe(401);
    expect(await sender.refusal(response)).toMatchObject({ code: 'dpop-nonce-exhausted', status: 401 });
  });

  it('does not retry when the challenge brings no new nonce', async () => {
    const { sender, seen } = await senderAgainst(
      () => new Response(null, { status: 401, headers: { 'www-authenticate': 'DPoP error="use_dpop_nonce"' } }),
    );
    await sender.fetch(`${FHIR}/Patient/kari`, { method: 'GET' }, 'tok');
    expect(seen).toHaveLength(1);
  });

  it('sends a token request once more with the nonce its 400 gave, the same body both times', async () => {
    const { sender, seen } = await senderAgainst((request) =>
      request.proof.nonce === 'as-nonce'
        ? Response.json({ access_token: 'a', token_type: 'DPoP' })
        : tokenAskNonce('as-nonce'),
    );
    const answer = await postTokenRequest({
      tokenUri: TOKEN,
      body: 'grant_type=authorization_code&code=c',
      fetch: (url, init) => sender.fetch(url, init),
      refusal: sender.refusal,
      failure: 'token-failed',
    });
    expect(answer).toMatchObject({ token_type: 'DPoP' });
    expect(seen.map((request) => [request.proof.htm, request.proof.htu, request.proof.nonce, request.body])).toEqual([
      ['POST', TOKEN, undefined, 'grant_type=authorization_code&code=c'],
      ['POST', TOKEN, 'as-nonce', 'grant_type=authorization_code&code=c'],
    ]);
    expect(seen.every((request) => !('ath' in request.proof) && !request.headers.has('authorization'))).toBe(true);
  });

  it('keeps each origin’s nonce to itself, and takes the newest from any answer', async () => {
    const { sender, seen } = await senderAgainst((request) =>
      Response.json({}, { headers: { 'dpop-nonce': request.url.startsWith(FHIR) ? 'fhir-2' : 'auth-1' } }),
    );
    await sender.fetch(TOKEN, { method: 'POST', body: 'x' });
    await sender.fetch(`${FHIR}/Patient`, { method: 'GET' }, 'tok');
    await sender.fetch(`${FHIR}/Patient`, { method: 'GET' }, 'tok');
    await sender.fetch(TOKEN, { method: 'POST', body: 'x' });
    expect(seen.map((request) => request.proof.nonce)).toEqual([undefined, undefined, 'fhir-2', 'auth-1']);
  });

  it('ignores a nonce with characters RFC 9449 does not allow', async () => {
    const { sender, seen } = await senderAgainst(() => Response.json({}, { headers: { 'dpop-nonce': 'bad"nonce' } }));
    await sender.fetch(`${FHIR}/Patient`, { method: 'GET' }, 'tok');
    await sender.fetch(`${FHIR}/Patient`, { method: 'GET' }, 'tok');
    expect(seen[1]?.proof.nonce).toBeUndefined();
  });

  it('turns a refused proof into dpop-proof-refused, on the token endpoint and on a resource', async () => {
    const { sender } = await senderAgainst((request) =>
      request.url === TOKEN
        ? Response.json({ error: 'invalid_dpop_proof' }, { status: 400 })
        : new Response(null, {
            status: 401,
            headers: { 'www-authenticate': 'DPoP error="invalid_dpop_proof", algs="ES256"' },
          }),
    );
    const tokenFailure = await postTokenRequest({
      tokenUri: TOKEN,
      body: 'grant_type=refresh_token',
      fetch: (url, init) => sender.fetch(url, init),
      refusal: sender.refusal,
      failure: 'refresh-failed',
    }).catch((error: unknown) => error);
    expect(tokenFailure).toMatchObject({ code: 'dpop-proof-refused', status: 400 });
    const response = await sender.fetch(`${FHIR}/Patient`, { method: 'GET' }, 'tok');
    expect(await sender.refusal(response)).toMatchObject({ code: 'dpop-proof-refused', status: 401 });
  });
});

describe('dpopChallenge', () => {
  it.each<[string, Response, string | undefined]>([
    ['a DPoP 401 asking for a nonce', askNonce('n'), 'use_dpop_nonce'],
    [
      'a 401 among other challenges',
      new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="fhir", DPoP algs="ES256", error=invalid_dpop_proof' },
      }),
      'invalid_dpop_proof',
    ],
    [
      'an expired DPoP token',
      new Response(null, { status: 401, headers: { 'www-authenticate': 'DPoP error="invalid_token"' } }),
      undefined,
    ],
    [
      'a Bearer 401',
      new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }),
      undefined,
    ],
    ['a token endpoint asking for a nonce', tokenAskNonce('n'), 'use_dpop_nonce'],
    ['an ordinary OAuth error', Response.json({ error: 'invalid_grant' }, { status: 400 }), undefined],
    ['a 400 that is not JSON', new Response('<html>', { status: 400 }), undefined],
    ['a 200', Response.json({ error: 'use_dpop_nonce' }), undefined],
  ])('%s', async (_what, response, challenge) => {
    expect(await dpopChallenge(response)).toBe(challenge);
  });
});

describe('tokenBinding', () => {
  it.each<[string, Record<string, unknown>, 'required' | 'offered' | undefined, string]>([
    ['DPoP, asked for', { token_type: 'DPoP' }, 'required', 'dpop'],
    ['dpop in lower case, offered', { token_type: 'dpop' }, 'offered', 'dpop'],
    ['Bearer where DPoP was only offered (RFC 9449 §5)', { token_type: 'Bearer' }, 'offered', 'bearer'],
    ['Bearer without DPoP', { token_type: 'bearer' }, undefined, 'bearer'],
    ['no token_type without DPoP', {}, undefined, 'bearer'],
  ])('takes %s', (_what, response, dpop, binding) => {
    expect(tokenBinding(response, dpop)).toBe(binding);
  });

  it.each<[string, Record<string, unknown>, 'required' | 'offered' | undefined]>([
    ['Bearer where DPoP was required', { token_type: 'Bearer' }, 'required'],
    ['no token_type where DPoP was required', {}, 'required'],
    ['a DPoP token for a launch that sent no proof', { token_type: 'DPoP' }, undefined],
    ['an unknown token_type', { token_type: 'MAC' }, 'offered'],
  ])('refuses %s as dpop-token-type-mismatch', (_what, response, dpop) => {
    const error: unknown = (() => {
      try {
        return tokenBinding(response, dpop);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(SmartError);
    expect(error).toMatchObject({ code: 'dpop-token-type-mismatch' });
  });
});
