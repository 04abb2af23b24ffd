// Refresh and token-endpoint errors on scripted answers: each vendor's shape and each way it fails.
import { describe, expect, it } from 'vitest';
import { SmartError } from '../src/errors.js';
import { refreshTokens, tokenError, type RefreshRequest } from '../src/token-request.js';

function request(answer: () => Promise<Response>): RefreshRequest & { bodies: string[] } {
  const bodies: string[] = [];
  return {
    tokenUri: 'https://ehr.example.no/oauth2/token',
    clientId: 'samspill-app',
    refreshToken: 'old-refresh-token',
    bodies,
    fetch: (_url, init) => {
      bodies.push(init.body as string);
      return answer();
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<SmartError> {
  const error: unknown = await promise.catch((reason: unknown) => reason);
  if (!(error instanceof SmartError)) throw new Error(`expected a SmartError, got ${String(error)}`);
  return error;
}

describe('refreshTokens', () => {
  it('posts a public client’s refresh grant, form-encoded', async () => {
    const refresh = request(() => Promise.resolve(Response.json({ access_token: 'new', refresh_token: 'rotated' })));
    await refreshTokens(refresh);
    expect(Object.fromEntries(new URLSearchParams(refresh.bodies[0]))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'old-refresh-token',
      client_id: 'samspill-app',
    });
  });

  it('takes a rotated refresh token (Epic, SMART v2)', async () => {
    const answer = await refreshTokens(
      request(() => Promise.resolve(Response.json({ access_token: 'new', refresh_token: 'rotated' }))),
    );
    expect(answer).toMatchObject({ access_token: 'new', refresh_token: 'rotated' });
  });

  it('keeps the old refresh token when none comes back (Oracle Health)', async () => {
    const answer = await refreshTokens(
      request(() => Promise.resolve(Response.json({ access_token: 'new', expires_in: 570 }))),
    );
    expect(answer).toMatchObject({ access_token: 'new', refresh_token: 'old-refresh-token', expires_in: 570 });
  });

  it.each<[string, () => Promise<Response>, string]>([
    [
      'an OAuth error',
      () => Promise.resolve(Response.json({ error: 'invalid_grant' }, { status: 400 })),
      'refresh-failed',
    ],
    ['a server error', () => Promise.resolve(new Response('down', { status: 502 })), 'server-error'],
    ['no answer', () => Promise.reject(new TypeError('fetch failed')), 'network'],
    ['HTML instead of JSON', () => Promise.resolve(new Response('<html>', { status: 200 })), 'malformed-response'],
    ['JSON without access_token', () => Promise.resolve(Response.json({ token_type: 'Bearer' })), 'malformed-response'],
  ])('turns %s into %s, naming the OAuth error but no token', async (_what, answer, code) => {
    const error = await failure(refreshTokens(request(answer)));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('old-refresh-token');
  });
});

describe('tokenError', () => {
  it('maps fhirclient’s errors by status, and keeps SmartErrors as they are', () => {
    const http = (status: number): Error => Object.assign(new Error(`${String(status)} x`), { status });
    expect(tokenError(http(400), 'token-failed').code).toBe('token-failed');
    expect(tokenError(http(401), 'token-failed')).toMatchObject({ code: 'token-failed', status: 401 });
    expect(tokenError(http(503), 'token-failed').code).toBe('server-error');
    expect(tokenError(new TypeError('Failed to fetch'), 'token-failed').code).toBe('network');
    expect(tokenError(new SyntaxError('Unexpected token <'), 'token-failed').code).toBe('malformed-response');
    const original = new SmartError('state-mismatch', 'x');
    expect(tokenError(original, 'token-failed')).toBe(original);
  });
});
