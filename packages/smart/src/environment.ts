// What launch() and ready() need from the page they run in, as one object: the browser's by default,
// a fake one in tests and in hosts without a window.
import type { DpopKeyStore } from './dpop-key-store.js';

/** The part of Web Storage the launch uses. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface LaunchEnvironment {
  /** The page's address. */
  location(): string;
  /** Leave the page for `url` in this same window: never a popup, which embedded EHR browsers block. */
  navigate(url: string): void;
  /** Change the address without a reload, keeping `state` with this history entry. */
  replaceLocation(url: string, state: unknown): void;
  /** The state kept with the current history entry. */
  historyState(): unknown;
  /** `undefined` where the browser refuses storage (some embedded browsers, private modes). */
  sessionStorage(): KeyValueStorage | undefined;
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Where the DPoP keys of sessions kept in sessionStorage wait between page loads. Default: the
   * origin's IndexedDB; `undefined` where there is none (a DPoP launch then fails with `dpop-unsupported`).
   */
  dpopKeyStore?(): DpopKeyStore | undefined;
}

/** The page the code runs in. */
export function browserEnvironment(): LaunchEnvironment {
  return {
    location: () => window.location.href,
    navigate: (url) => {
      window.location.assign(url);
    },
    replaceLocation: (url, state) => {
      window.history.replaceState(state, '', url);
    },
    historyState: () => window.history.state as unknown,
    sessionStorage: () => {
      try {
        return window.sessionStorage;
      } catch {
        // A SecurityError where storage is blocked.
        return undefined;
      }
    },
    fetch: (input, init) => window.fetch(input, init),
    now: () => Date.now(),
  };
}
