/// <reference types="mocha" />
// The DPoP key store in Chromium's IndexedDB: the private key stays non-extractable through a round trip,
// a new store (a reloaded page) finds it, pruning spares what is in use, and ending the session removes it.
import { assert } from '@open-wc/testing';
import { createDpopBinding, resumeDpopBinding } from '../src/dpop-binding.js';
import { generateDpopKeyPair, publicJwkOf } from '../src/dpop-key.js';
import { indexedDbDpopKeyStore } from '../src/dpop-key-store.js';
import { createDpopProof } from '../src/dpop-proof.js';
import type { LaunchEnvironment } from '../src/environment.js';
import { createSession } from '../src/session.js';

const sessionId = (): string => `test-${crypto.randomUUID()}`;

/** A page's environment whose network answers 200 and records what it was sent. */
function environment(): LaunchEnvironment & { readonly sent: Headers[] } {
  const sent: Headers[] = [];
  return {
    sent,
    location: () => 'https://app.example.no/index.html',
    navigate: () => undefined,
    replaceLocation: () => undefined,
    historyState: () => null,
    sessionStorage: () => undefined,
    fetch: (_input, init) => {
      sent.push(new Headers(init?.headers));
      return Promise.resolve(Response.json({ resourceType: 'Patient', id: 'kari' }));
    },
    now: () => Date.now(),
  };
}

/** Whether `proof` verifies against `publicKey`: it was signed by the pair's private half. */
async function signedBy(proof: string, publicKey: CryptoKey): Promise<boolean> {
  const [header = '', payload = '', signature = ''] = proof.split('.');
  const bytes = Uint8Array.from(atob(signature.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    bytes,
    new TextEncoder().encode(`${header}.${payload}`),
  );
}

describe('indexedDbDpopKeyStore', () => {
  it('gives a new store (a reloaded page) the same key, still not extractable and still signing', async () => {
    const id = sessionId();
    const keys = await generateDpopKeyPair();
    await indexedDbDpopKeyStore(indexedDB).put(id, keys, Date.now());

    const found = await indexedDbDpopKeyStore(indexedDB).get(id);
    assert.notStrictEqual(found, undefined);
    assert.strictEqual(found?.privateKey.extractable, false);
    let exported = true;
    await crypto.subtle.exportKey('jwk', found!.privateKey).catch(() => (exported = false));
    assert.strictEqual(exported, false);
    assert.deepEqual(await publicJwkOf(found!.publicKey), await publicJwkOf(keys.publicKey));
    const proof = await createDpopProof({
      privateKey: found!.privateKey,
      publicJwk: await publicJwkOf(found!.publicKey),
      method: 'GET',
      url: 'https://fhir.example.no/Patient',
      now: Date.now(),
    });
    assert.strictEqual(await signedBy(proof, keys.publicKey), true);
  });

  it('holds CryptoKey objects, never key material a script could read', async () => {
    const id = sessionId();
    await indexedDbDpopKeyStore(indexedDB).put(id, await generateDpopKeyPair(), Date.now());
    const raw = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('samspill-smart');
      open.onsuccess = () => {
        const request = open.result.transaction('dpop-keys').objectStore('dpop-keys').get(id);
        request.onsuccess = () => {
          resolve(request.result);
          open.result.close();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('read failed'));
        };
      };
      open.onerror = () => {
        reject(open.error ?? new Error('open failed'));
      };
    });
    const { keys } = raw as { keys: CryptoKeyPair };
    assert.instanceOf(keys.privateKey, CryptoKey);
    assert.strictEqual(keys.privateKey.extractable, false);
    assert.notMatch(JSON.stringify(raw), /"d"|"x"|"y"/);
  });

  it('removes a deleted key, and prunes only keys idle since before the cut', async () => {
    const store = indexedDbDpopKeyStore(indexedDB);
    const [gone, idle, used] = [sessionId(), sessionId(), sessionId()];
    await store.put(gone, await generateDpopKeyPair(), 5_000);
    await store.put(idle, await generateDpopKeyPair(), 1_000);
    await store.put(used, await generateDpopKeyPair(), 9_000);
    await store.delete(gone);
    await store.prune(2_000);
    const reloaded = indexedDbDpopKeyStore(indexedDB);
    assert.strictEqual(await reloaded.get(gone), undefined);
    assert.strictEqual(await reloaded.get(idle), undefined);
    assert.notStrictEqual(await reloaded.get(used), undefined);
    await reloaded.delete(used);
  });
});

describe('a DPoP session in the browser', () => {
  it('keeps its key in IndexedDB across a reload, signs with it, and removes it when the session ends', async () => {
    const id = sessionId();
    const page = environment();
    // No key store given: the browser's IndexedDB.
    const binding = await createDpopBinding(id, 'session', page);
    const stored = await indexedDbDpopKeyStore(indexedDB).get(id);
    assert.notStrictEqual(stored, undefined);

    const resumed = await resumeDpopBinding(id, 'session', page);
    const session = createSession(
      id,
      {
        vendor: 'smart-v2',
        tokenStorage: 'session',
        fhirBaseUrl: 'https://fhir.example.no/r4',
        clientId: 'app',
        tokenUri: 'https://fhir.example.no/token',
        tokenResponse: { access_token: 'access-token', token_type: 'DPoP' },
        receivedAt: Date.now(),
        dpop: 'required',
      },
      page,
      { dpop: resumed },
    );
    await session.fetch('Patient/kari');
    const sent = page.sent[0];
    assert.strictEqual(sent?.get('authorization'), 'DPoP access-token');
    assert.strictEqual(await signedBy(sent?.get('dpop') ?? '', stored!.publicKey), true);

    await session.end();
    assert.strictEqual(await indexedDbDpopKeyStore(indexedDB).get(id), undefined);
    let lost = '';
    await resumeDpopBinding(id, 'session', page).catch((error: unknown) => {
      lost = (error as { code?: string }).code ?? '';
    });
    assert.strictEqual(lost, 'dpop-key-lost');
    await binding.forget();
  });
});
