// A session's DPoP binding: its key, made for the code exchange or found again after a reload, and the
// sender that proves possession of it. Loaded on demand: a launch without DPoP never downloads it.
import { dpopSender, type DpopSender } from './dpop-fetch.js';
import { generateDpopKeyPair, publicJwkOf } from './dpop-key.js';
import { DPOP_KEY_IDLE_MS, indexedDbDpopKeyStore, memoryDpopKeyStore, type DpopKeyStore } from './dpop-key-store.js';
import type { LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import type { TokenStorage } from './session-store.js';

export interface DpopBinding extends DpopSender {
  /** Removes the key for good: the session ended, or its token came back Bearer. */
  readonly forget: () => Promise<void>;
}

// Keys of sessions kept in memory live and die with this page, like their tokens.
const memoryKeys = memoryDpopKeyStore();

/** Where a session's key is kept: beside its tokens, so both survive a reload or neither does. */
export function dpopKeyStoreFor(tokenStorage: TokenStorage, environment: LaunchEnvironment): DpopKeyStore | undefined {
  if (tokenStorage === 'memory') return memoryKeys;
  if (environment.dpopKeyStore) return environment.dpopKeyStore();
  try {
    const factory = (globalThis as { indexedDB?: IDBFactory | null }).indexedDB;
    return factory ? indexedDbDpopKeyStore(factory) : undefined;
  } catch {
    // A SecurityError where storage is blocked.
    return undefined;
  }
}

/** A new key for the session `sessionId`, kept before any proof leaves, so a reload finds it. */
export async function createDpopBinding(
  sessionId: string,
  tokenStorage: TokenStorage,
  environment: LaunchEnvironment,
): Promise<DpopBinding> {
  const store = dpopKeyStoreFor(tokenStorage, environment);
  if (!store) throw new SmartError('dpop-unsupported', 'There is no IndexedDB to keep the DPoP key in.');
  const keys = await generateDpopKeyPair();
  const now = environment.now();
  await store.put(sessionId, keys, now);
  // Keys of sessions never ended (a tab closed) go once they have been idle long enough.
  await store.prune(now - DPOP_KEY_IDLE_MS).catch(() => undefined);
  return bind(store, sessionId, keys, environment);
}

/** The key the session `sessionId` was bound to; `dpop-key-lost` when it is gone (site data cleared). */
export async function resumeDpopBinding(
  sessionId: string,
  tokenStorage: TokenStorage,
  environment: LaunchEnvironment,
): Promise<DpopBinding> {
  const store = dpopKeyStoreFor(tokenStorage, environment);
  if (!store) throw new SmartError('dpop-unsupported', 'There is no IndexedDB to find the DPoP key in.');
  const keys = await store.get(sessionId);
  if (!keys) throw new SmartError('dpop-key-lost', 'The DPoP key this session is bound to is no longer stored.');
  // Marks it used, so pruning spares a session resumed every day.
  await store.put(sessionId, keys, environment.now());
  return bind(store, sessionId, keys, environment);
}

async function bind(
  store: DpopKeyStore,
  sessionId: string,
  keys: CryptoKeyPair,
  environment: LaunchEnvironment,
): Promise<DpopBinding> {
  const sender = dpopSender({
    privateKey: keys.privateKey,
    publicJwk: await publicJwkOf(keys.publicKey),
    fetch: (url, init) => environment.fetch(url, init),
    now: () => environment.now(),
  });
  return { fetch: sender.fetch, refusal: sender.refusal, forget: () => store.delete(sessionId) };
}
