// Where a launch keeps what it needs between pages, each under its own unguessable key (the `state`),
// so two apps, tabs or embedded instances sharing one sessionStorage never meet:
// - the launch record, from launch() until ready() exchanges the code: always sessionStorage, since
//   the page is left for the authorization server; it holds no token;
// - the session (tokens and context): sessionStorage, or this page's memory only. Never localStorage.
import type { EngineState } from './fhirclient-engine.js';
import type { KeyValueStorage } from './environment.js';
import { STORAGE_PREFIX } from './launch-state.js';

const LAUNCH_PREFIX = `${STORAGE_PREFIX}:launch:`;
const SESSION_PREFIX = `${STORAGE_PREFIX}:session:`;

/** How long a launch may wait for its redirect back; an older record is refused and removed. */
export const LAUNCH_RECORD_LIFETIME_MS = 10 * 60 * 1000;

export type TokenStorage = 'session' | 'memory';

export interface LaunchRecord {
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly vendor: string;
  readonly tokenStorage: TokenStorage;
  readonly fhirBaseUrl: string;
  readonly clientId: string;
  readonly tokenUri: string;
  /** The launch URL's `lang`, when it names a Samspill locale: it is lost in the redirect otherwise. */
  readonly lang?: string;
  /** The redirect URI the launch asked for: only that page may complete it. */
  readonly redirectUri?: string;
  /** From discovery, to verify the id_token. */
  readonly issuer?: string;
  readonly jwksUri?: string;
  /** The OIDC nonce sent with the authorization request, and whether the id_token must carry it. */
  readonly nonce?: string;
  readonly nonceRequired?: boolean;
  /** Whether the code exchange sends DPoP proofs: because the app requires it, or the server offers it. */
  readonly dpop?: 'required' | 'offered';
  /** The gateway header the profile names for the app's subscription key (never the key itself). */
  readonly subscriptionKeyHeader?: string;
  /** fhirclient's own launch state, handed back to it for the code exchange. */
  readonly engineState: EngineState;
}

export interface StoredSession {
  readonly vendor: string;
  readonly tokenStorage: TokenStorage;
  readonly fhirBaseUrl: string;
  readonly clientId: string;
  readonly tokenUri: string;
  /** The token response as last received (a refresh merges into it). */
  readonly tokenResponse: Readonly<Record<string, unknown>>;
  /** The launch URL's `lang`, kept from the launch record. */
  readonly launchLang?: string;
  /** Verified id_token claims, when there was an id_token that could be verified. */
  readonly idTokenClaims?: Readonly<Record<string, unknown>>;
  /** Milliseconds since the epoch when the token response was received. */
  readonly receivedAt: number;
  /**
   * The token is DPoP-bound: its key waits in the DPoP key store under the session id, and a session
   * without it cannot be resumed (`dpop-key-lost`). `required` when the app would take no Bearer token.
   */
  readonly dpop?: 'required' | 'offered';
  /** The gateway header the profile names for the app's subscription key (never the key itself). */
  readonly subscriptionKeyHeader?: string;
}

// Sessions kept in memory: this page only, gone on reload.
const memory = new Map<string, StoredSession>();

export function saveLaunchRecord(storage: KeyValueStorage, state: string, record: LaunchRecord): void {
  storage.setItem(LAUNCH_PREFIX + state, JSON.stringify(record));
}

/** The record of `state`, removed as it is read: a `state` is good for one redirect. */
export function takeLaunchRecord(
  storage: KeyValueStorage | undefined,
  state: string,
  now: number,
): LaunchRecord | undefined {
  if (!storage) return undefined;
  const record = parse(storage.getItem(LAUNCH_PREFIX + state));
  storage.removeItem(LAUNCH_PREFIX + state);
  return isLaunchRecord(record) && isFresh(record.createdAt, now) ? record : undefined;
}

/** Removes launch records left by launches that never came back. */
export function pruneLaunchRecords(storage: KeyValueStorage, now: number): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(LAUNCH_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const record = parse(storage.getItem(key));
    if (!isLaunchRecord(record) || !isFresh(record.createdAt, now)) storage.removeItem(key);
  }
}

export function saveSession(storage: KeyValueStorage | undefined, id: string, session: StoredSession): void {
  if (session.tokenStorage === 'memory' || !storage) {
    memory.set(id, session);
    return;
  }
  storage.setItem(SESSION_PREFIX + id, JSON.stringify(session));
}

export function loadSession(storage: KeyValueStorage | undefined, id: string): StoredSession | undefined {
  const remembered = memory.get(id);
  if (remembered) return remembered;
  const session = parse(storage?.getItem(SESSION_PREFIX + id) ?? null);
  return isStoredSession(session) ? session : undefined;
}

export function removeSession(storage: KeyValueStorage | undefined, id: string): void {
  memory.delete(id);
  storage?.removeItem(SESSION_PREFIX + id);
}

function isFresh(createdAt: number, now: number): boolean {
  return createdAt <= now && now - createdAt <= LAUNCH_RECORD_LIFETIME_MS;
}

// What is read back was written by this code, but storage is shared with every script on the origin:
// a record of the wrong shape counts as none.
function isLaunchRecord(value: Record<string, unknown> | undefined): value is LaunchRecord & Record<string, unknown> {
  return (
    value !== undefined &&
    typeof value.createdAt === 'number' &&
    hasStrings(value, 'vendor', 'fhirBaseUrl', 'clientId', 'tokenUri') &&
    isObject(value.engineState)
  );
}

function isStoredSession(value: Record<string, unknown> | undefined): value is StoredSession & Record<string, unknown> {
  return (
    value !== undefined &&
    typeof value.receivedAt === 'number' &&
    hasStrings(value, 'vendor', 'fhirBaseUrl', 'clientId', 'tokenUri') &&
    isObject(value.tokenResponse)
  );
}

function hasStrings(value: Record<string, unknown>, ...names: string[]): boolean {
  return names.every((name) => typeof value[name] === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(json: string | null): Record<string, unknown> | undefined {
  if (json === null) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
