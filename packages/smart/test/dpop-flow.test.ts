// A DPoP launch end to end in Node: the sandbox's authorization and FHIR servers behind a DPoP gateway
// written here, which verifies every proof with jose (signature by the header's key, htm, htu, ath, the
// nonce it handed out, the key the token was bound to), asks for a nonce once on each side, and answers
// token_type DPoP. Then what happens when the key is gone, the server answers Bearer, or the session ends.
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify, type JWK } from 'jose';
import { createHash } from 'node:crypto';
import type { Patient } from 'fhir/r4.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '@samspill/sandbox';
import { createSmartSource, memoryDpopKeyStore, ready, smartErrorOf, type DpopKeyStore } from '../src/index.js';
import { FakeStorage, fakePage, type FakePage } from './fake-page.js';
import { rejection, sandboxLaunch } from './sandbox-launch.js';

const KARI: Patient = { resourceType: 'Patient', id: 'kari', name: [{ family: 'Nordmann' }] };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: [KARI],
  });
});
afterAll(async () => {
  await sandbox.close();
});
const { startLaunch, authorizationAnswer } = sandboxLaunch(() => sandbox);

interface GatewayOptions {
  /** Answer token_type DPoP (a DPoP server) or leave the sandbox's Bearer (a server that ignores proofs). */
  readonly bindTokens?: boolean;
}

/** Everything the gateway saw, for the assertions. */
interface Gateway {
  readonly fetch: (input: string | URL, init?: RequestInit) => Promise<Response>;
  readonly urls: string[];
  readonly proofs: { htm: unknown; htu: unknown; nonce: unknown; ath: unknown; thumbprint: string }[];
  readonly refused: string[];
}

function dpopGateway(options: GatewayOptions = {}): Gateway {
  const tokenPath = sandbox.personalities['smart-v2'].paths.token;
  // The thumbprint each access token is bound to, as the server would keep it.
  const boundTo = new Map<string, string>();
  const gateway: Gateway = {
    urls: [],
    proofs: [],
    refused: [],
    async fetch(input, init) {
      const url = String(input);
      gateway.urls.push(url);
      const headers = new Headers(init?.headers);
      const proof = headers.get('dpop');
      const isToken = new URL(url).pathname === tokenPath;
      if (proof === null) return fetch(url, init);
      const { payload, protectedHeader } = await jwtVerify(proof, EmbeddedJWK, {
        typ: 'dpop+jwt',
        algorithms: ['ES256'],
      });
      const thumbprint = await calculateJwkThumbprint(protectedHeader.jwk as JWK);
      gateway.proofs.push({ htm: payload.htm, htu: payload.htu, nonce: payload.nonce, ath: payload.ath, thumbprint });
      const target = new URL(url);
      target.search = '';
      expect(payload.htu).toBe(target.href);
      expect(payload.htm).toBe(init?.method ?? 'GET');
      headers.delete('dpop');
      if (isToken) {
        // RFC 9449 §8: the authorization server wants its nonce in every proof.
        if (payload.nonce !== 'as-nonce-1') {
          return Response.json({ error: 'use_dpop_nonce' }, { status: 400, headers: { 'dpop-nonce': 'as-nonce-1' } });
        }
        const answer = await fetch(url, { ...init, headers });
        if (!answer.ok || options.bindTokens === false) return answer;
        const body = (await answer.json()) as Record<string, unknown>;
        boundTo.set(String(body.access_token), thumbprint);
        return Response.json({ ...body, token_type: 'DPoP' });
      }
      // RFC 9449 §9: so does the resource server, its own.
      if (payload.nonce !== 'rs-nonce-1') {
        return new Response(null, {
          status: 401,
          headers: { 'www-authenticate': 'DPoP error="use_dpop_nonce"', 'dpop-nonce': 'rs-nonce-1' },
        });
      }
      const token = (headers.get('authorization') ?? '').replace(/^DPoP /, '');
      const ath = createHash('sha256').update(token).digest('base64url');
      if (payload.ath !== ath || boundTo.get(token) !== thumbprint) {
        gateway.refused.push(url);
        return new Response(null, { status: 401, headers: { 'www-authenticate': 'DPoP error="invalid_dpop_proof"' } });
      }
      headers.set('authorization', `Bearer ${token}`);
      return fetch(url, { ...init, headers });
    },
  };
  return gateway;
}

/** The redirect page of a launch that requires DPoP, with the gateway as its network and `keys` as its store. */
async function dpopReadyPage(gateway: Gateway, keys: DpopKeyStore, dpop: 'required' | 'auto' = 'required') {
  const storage = new FakeStorage();
  const launchPage = await startLaunch({ personality: 'smart-v2', patient: 'kari' }, storage, { dpop });
  const page: FakePage = fakePage(await authorizationAnswer(launchPage), storage);
  page.fetch = gateway.fetch;
  page.dpopKeyStore = () => keys;
  return page;
}

function sessionIdOf(page: FakePage): string {
  return (page.history as { samspillSmartSession: string }).samspillSmartSession;
}

const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
afterEach(() => {
  for (const spy of logged) spy.mockClear();
});

describe('a launch that requires DPoP', () => {
  it('binds the tokens to its key, with one nonce retry on each server, and reads with proofs', async () => {
    const gateway = dpopGateway();
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(gateway, keys);
    const session = await ready({ environment: page });
    expect(session.dpop).toBe(true);
    const read = await createSmartSource(session, { batch: false }).read<Patient>('Patient/kari');
    expect(read.resource?.name?.[0]?.family).toBe('Nordmann');
    expect(gateway.refused).toEqual([]);

    const tokenUri = sandbox.url + sandbox.personalities['smart-v2'].paths.token;
    const fhirBase = sandbox.url + sandbox.personalities['smart-v2'].paths.fhir;
    expect(gateway.proofs.map(({ htm, htu, nonce, ath }) => [htm, htu, nonce, typeof ath])).toEqual([
      ['POST', tokenUri, undefined, 'undefined'],
      ['POST', tokenUri, 'as-nonce-1', 'undefined'],
      // The sandbox's two servers share an origin, so the newest nonce of that origin goes first.
      ['GET', `${fhirBase}/Patient/kari`, 'as-nonce-1', 'string'],
      ['GET', `${fhirBase}/Patient/kari`, 'rs-nonce-1', 'string'],
    ]);
    // One key throughout, the one kept for this session.
    expect(new Set(gateway.proofs.map((proof) => proof.thumbprint)).size).toBe(1);
    expect(await keys.get(sessionIdOf(page))).toBeDefined();

    // Nothing secret in a URL, in sessionStorage or in a log line.
    const stored = page.storage.dump();
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(stored).not.toContain('privateKey');
    expect(gateway.urls.join(' ')).not.toMatch(/access_token|dpop|eyJ/i);
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it('resumes after a reload with the same key, and refreshes with a proof', async () => {
    const gateway = dpopGateway();
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(gateway, keys);
    await ready({ environment: page });
    const reloaded = await ready({ environment: page });
    expect(reloaded.dpop).toBe(true);
    await reloaded.refresh();
    expect((await createSmartSource(reloaded, { batch: false }).read('Patient/kari')).resource).toBeDefined();
    expect(gateway.refused).toEqual([]);
    expect(new Set(gateway.proofs.map((proof) => proof.thumbprint)).size).toBe(1);
    // A reloaded page knows no nonce yet: the refresh is asked for one, and sent once more with it.
    const refreshProofs = gateway.proofs.filter((proof) => proof.htm === 'POST').slice(2);
    expect(refreshProofs.map((proof) => [proof.nonce, proof.ath])).toEqual([
      [undefined, undefined],
      ['as-nonce-1', undefined],
    ]);
  });

  it('cannot be resumed once its key is gone: dpop-key-lost', async () => {
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(dpopGateway(), keys);
    await ready({ environment: page });
    await keys.delete(sessionIdOf(page));
    expect((await rejection(ready({ environment: page }))).code).toBe('dpop-key-lost');
  });

  it('removes its key when the session ends', async () => {
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(dpopGateway(), keys);
    const session = await ready({ environment: page });
    await session.end();
    expect(await keys.get(sessionIdOf(page))).toBeUndefined();
    expect(page.storage.dump()).not.toContain('samspill-smart:session:');
  });

  it('refuses a Bearer answer as dpop-token-type-mismatch, and forgets the key', async () => {
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(dpopGateway({ bindTokens: false }), keys);
    // The session would have been named by the launch's state.
    const state = new URL(page.url).searchParams.get('state') ?? '';
    const error = await rejection(ready({ environment: page }));
    expect(error.code).toBe('dpop-token-type-mismatch');
    expect(page.storage.dump()).not.toContain('samspill-smart:session:');
    expect(state).not.toBe('');
    expect(await keys.get(state)).toBeUndefined();
  });

  it('fails with dpop-unsupported where no key can be kept', async () => {
    const page = await dpopReadyPage(dpopGateway(), memoryDpopKeyStore());
    page.dpopKeyStore = () => undefined;
    expect((await rejection(ready({ environment: page }))).code).toBe('dpop-unsupported');
  });

  it('reports a refused proof as dpop-proof-refused, without refreshing', async () => {
    const gateway = dpopGateway();
    const keys = memoryDpopKeyStore();
    const page = await dpopReadyPage(gateway, keys);
    await ready({ environment: page });
    // Another client's key: the server refuses the proofs of this session from now on.
    await keys.put(
      sessionIdOf(page),
      await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']),
      0,
    );
    const thief = await ready({ environment: page });
    const read = await createSmartSource(thief, { batch: false }).read('Patient/kari');
    expect(read.failure?.kind).toBe('unauthorized');
    expect(smartErrorOf(read.failure!, thief).code).toBe('dpop-proof-refused');
    // No refresh was tried: a new token would be refused the same way.
    expect(gateway.proofs.filter((proof) => proof.htm === 'POST')).toHaveLength(2);
  });
});

describe('a launch on a server that does not advertise DPoP', () => {
  it('sends no proof when DPoP is left to the server (auto)', async () => {
    const gateway = dpopGateway();
    const page = await dpopReadyPage(gateway, memoryDpopKeyStore(), 'auto');
    const session = await ready({ environment: page });
    expect(session.dpop).toBe(false);
    await session.fetch('Patient/kari');
    expect(gateway.proofs).toEqual([]);
  });
});
