// A browser page without a browser: address, history state, sessionStorage and navigation, so the
// launch flow runs in Node against the sandbox over real HTTP.
import type { KeyValueStorage, LaunchEnvironment } from '../src/index.js';

export class FakeStorage implements KeyValueStorage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  /** Everything stored, for assertions. */
  dump(): string {
    return JSON.stringify([...this.#items]);
  }
}

export interface FakePage extends LaunchEnvironment {
  url: string;
  history: unknown;
  readonly navigations: string[];
  readonly storage: FakeStorage;
  /** Every request the page made itself (not fhirclient's), with whether it carried a token. */
  readonly requests: { url: string; bearer: boolean }[];
}

export function fakePage(url: string, storage = new FakeStorage(), clock: () => number = Date.now): FakePage {
  const page: FakePage = {
    url,
    history: null,
    navigations: [],
    storage,
    requests: [],
    location: () => page.url,
    navigate: (to) => {
      page.navigations.push(to);
    },
    replaceLocation: (to, state) => {
      page.url = new URL(to, page.url).href;
      page.history = state;
    },
    historyState: () => page.history,
    sessionStorage: () => storage,
    fetch: (input, init) => {
      const bearer = new Headers(init?.headers).get('authorization')?.startsWith('Bearer ') ?? false;
      page.requests.push({ url: String(input), bearer });
      return fetch(input, init);
    },
    now: clock,
  };
  return page;
}
