// Where a session's DPoP key waits between page loads. A CryptoKey is stored as the object it is, so
// a non-extractable private key survives a reload in IndexedDB without ever being readable as bytes.
// Keyed by the session id (the launch's `state`), like the session in sessionStorage.
import { isDpopKeyPair } from './dpop-key.js';
import { SmartError } from './errors.js';
import { STORAGE_PREFIX } from './launch-state.js';

export interface DpopKeyStore {
  get(sessionId: string): Promise<CryptoKeyPair | undefined>;
  /** Keeps `keys` for `sessionId`; `now` (ms since the epoch) marks it used, for `prune`. */
  put(sessionId: string, keys: CryptoKeyPair, now: number): Promise<void>;
  delete(sessionId: string): Promise<void>;
  /** Removes keys not used since `before`: sessions whose tab closed without ending them. */
  prune(before: number): Promise<void>;
}

/** A key unused this long belongs to a session nobody will resume: a tab closed, a shift over. */
export const DPOP_KEY_IDLE_MS = 24 * 60 * 60 * 1000;

interface StoredKey {
  readonly keys: CryptoKeyPair;
  readonly usedAt: number;
}

/** Keys in this page's memory, gone on reload: for sessions kept in memory (`tokenStorage: 'memory'`). */
export function memoryDpopKeyStore(): DpopKeyStore {
  const keys = new Map<string, StoredKey>();
  return {
    get: (id) => Promise.resolve(keys.get(id)?.keys),
    put: (id, pair, now) => {
      keys.set(id, { keys: pair, usedAt: now });
      return Promise.resolve();
    },
    delete: (id) => {
      keys.delete(id);
      return Promise.resolve();
    },
    prune: (before) => {
      for (const [id, entry] of keys) if (entry.usedAt < before) keys.delete(id);
      return Promise.resolve();
    },
  };
}

const DATABASE = STORAGE_PREFIX;
const STORE = 'dpop-keys';

/** Keys in the origin's IndexedDB: they survive a reload of the app page, as the session does. */
export function indexedDbDpopKeyStore(factory: IDBFactory): DpopKeyStore {
  let opened: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        // Another tab upgrading the database must not wait on this one.
        request.result.onversionchange = () => {
          request.result.close();
          opened = undefined;
        };
        resolve(request.result);
      };
      request.onerror = () => {
        opened = undefined;
        reject(unsupported(request.error));
      };
      request.onblocked = () => {
        opened = undefined;
        reject(unsupported(new Error('the database is held open elsewhere')));
      };
    }));

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await database();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      // Resolve once the transaction is durable, not when the request succeeds.
      transaction.oncomplete = () => {
        resolve(request.result);
      };
      transaction.onerror = () => {
        reject(unsupported(transaction.error));
      };
      transaction.onabort = () => {
        reject(unsupported(transaction.error));
      };
    });
  }

  return {
    async get(id) {
      const entry: unknown = await run('readonly', (store) => store.get(id));
      const keys = (entry as Partial<StoredKey> | undefined)?.keys;
      return isDpopKeyPair(keys) ? keys : undefined;
    },
    async put(id, keys, now) {
      const entry: StoredKey = { keys, usedAt: now };
      await run('readwrite', (store) => store.put(entry, id));
    },
    async delete(id) {
      await run('readwrite', (store) => store.delete(id));
    },
    async prune(before) {
      const db = await database();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(STORE, 'readwrite');
        const cursor = transaction.objectStore(STORE).openCursor();
        cursor.onsuccess = () => {
          const current = cursor.result;
          if (current === null) return;
          const usedAt = (current.value as Partial<StoredKey> | undefined)?.usedAt;
          if (typeof usedAt !== 'number' || usedAt < before) current.delete();
          current.continue();
        };
        transaction.oncomplete = () => {
          resolve();
        };
        transaction.onerror = () => {
          reject(unsupported(transaction.error));
        };
      });
    },
  };
}

function unsupported(cause: unknown): SmartError {
  return new SmartError('dpop-unsupported', `IndexedDB refused the DPoP key store: ${String(cause)}`, { cause });
}
