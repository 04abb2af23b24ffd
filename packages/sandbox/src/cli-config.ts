// The --config file's format, checked whole before anything starts. Every problem names the file and
// the field it is in (`clients[1].redirectUris[0] must be …`), all of them in one run, so nothing ever
// starts half-configured. Pure: reading the file and a `jwksFile` is cli-config-file.ts's job.
import { dirname, resolve } from 'node:path';
import type { JSONWebKeySet, JWK } from 'jose';
import type { SandboxSettings } from './cli-arguments.js';
import { DEV_CLIENT_ID, redirectUriProblem, type Client, type ClientAuth } from './clients.js';

/** A `private_key_jwt` client's keys may still be a file to read (an absolute path by now). */
export type ConfiguredAuth = ClientAuth | { readonly type: 'private_key_jwt'; readonly jwksFile: string };

export type ConfiguredClient = Omit<Client, 'auth'> & { readonly auth: ConfiguredAuth };

export interface SandboxConfig {
  /** `data` resolved against the file's folder. */
  readonly settings: Partial<SandboxSettings>;
  readonly clients: readonly ConfiguredClient[];
}

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

const CONFIG_FIELDS = ['port', 'host', 'app', 'data', 'clients'];
const CLIENT_FIELDS = [
  'id',
  'redirectUris',
  'launchUrls',
  'auth',
  'allowedScopes',
  'epicScopes',
  'persistentAccess',
  'subscriptionKey',
];
// What an HTTP header value can carry as one token: visible ASCII, no spaces, no commas (which would
// read as two values).
const SUBSCRIPTION_KEY = /^[\x21-\x2B\x2D-\x7E]{1,256}$/;
const AUTH_FIELDS: Readonly<Record<ClientAuth['type'], readonly string[]>> = {
  public: ['type'],
  client_secret_basic: ['type', 'secret'],
  private_key_jwt: ['type', 'jwks', 'jwksFile'],
};
// The members a public key of each type cannot do without (RFC 7518 §6, RFC 8037 §2).
const KEY_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
};

type JsonObject = Readonly<Record<string, unknown>>;

/** The parsed JSON of `file`, checked into settings and clients, or every problem with it. */
export function checkConfig(value: unknown, file: string): Checked<SandboxConfig> {
  const problems: string[] = [];
  const config = readConfig(value, dirname(file), problems);
  if (config === undefined || problems.length > 0) return { ok: false, problems: problems.map((p) => `${file}: ${p}`) };
  return { ok: true, value: config };
}

/** A JWKS of public keys, as a client registers it; `path` names it in the problems. */
export function checkJwks(value: unknown, path: string): Checked<JSONWebKeySet> {
  const problems: string[] = [];
  const jwks = readJwks(value, path, problems);
  return jwks === undefined || problems.length > 0 ? { ok: false, problems } : { ok: true, value: jwks };
}

function readConfig(value: unknown, folder: string, problems: string[]): SandboxConfig | undefined {
  if (!isObject(value)) {
    problems.push('must hold a JSON object, like { "clients": [ … ] }');
    return undefined;
  }
  unknownFields(value, '', CONFIG_FIELDS, problems);
  const settings: { -readonly [K in keyof SandboxSettings]?: SandboxSettings[K] } = {};
  if (value.port !== undefined) {
    if (isPort(value.port)) settings.port = value.port;
    else problems.push('port must be a port number (0-65535)');
  }
  if (value.host !== undefined) {
    const host = nonEmptyString(value.host, 'host', problems);
    if (host !== undefined) settings.host = host;
  }
  if (value.app !== undefined) {
    if (typeof value.app === 'string' && URL.canParse(value.app)) settings.app = value.app;
    else problems.push("app must be an absolute URL (the app's launch URL)");
  }
  if (value.data !== undefined) {
    const data = nonEmptyString(value.data, 'data', problems);
    if (data !== undefined) settings.data = resolve(folder, data);
  }
  const clients = value.clients === undefined ? [] : readClients(value.clients, folder, problems);
  return { settings, clients };
}

function readClients(value: unknown, folder: string, problems: string[]): ConfiguredClient[] {
  if (!Array.isArray(value)) {
    problems.push('clients must be an array of clients');
    return [];
  }
  const firstWithId = new Map<string, number>();
  return value.flatMap((entry, index) => {
    const path = `clients[${index}]`;
    const client = readClient(entry, path, folder, problems);
    if (client === undefined) return [];
    const earlier = firstWithId.get(client.id);
    if (earlier !== undefined) problems.push(`${path}.id '${client.id}' is already the id of clients[${earlier}]`);
    else firstWithId.set(client.id, index);
    return [client];
  });
}

function readClient(value: unknown, path: string, folder: string, problems: string[]): ConfiguredClient | undefined {
  if (!isObject(value)) {
    problems.push(`${path} must be an object with an id and redirectUris`);
    return undefined;
  }
  unknownFields(value, path, CLIENT_FIELDS, problems);
  const id = readId(value.id, `${path}.id`, problems);
  const redirectUris = readRedirectUris(value.redirectUris, `${path}.redirectUris`, problems);
  const launchUrls = optionalLaunchUrls(value.launchUrls, `${path}.launchUrls`, problems);
  const auth =
    value.auth === undefined ? { type: 'public' as const } : readAuth(value.auth, `${path}.auth`, folder, problems);
  const allowedScopes = optionalScopes(value.allowedScopes, `${path}.allowedScopes`, problems);
  const epicScopes = optionalScopes(value.epicScopes, `${path}.epicScopes`, problems);
  if (value.persistentAccess !== undefined && typeof value.persistentAccess !== 'boolean')
    problems.push(`${path}.persistentAccess must be true or false`);
  const subscriptionKey = value.subscriptionKey;
  if (subscriptionKey !== undefined && (typeof subscriptionKey !== 'string' || !SUBSCRIPTION_KEY.test(subscriptionKey)))
    problems.push(`${path}.subscriptionKey must be 1-256 visible ASCII characters, without spaces or commas`);
  if (id === undefined || redirectUris === undefined || auth === undefined) return undefined;
  return {
    id,
    redirectUris,
    ...(launchUrls !== undefined && { launchUrls }),
    auth,
    ...(allowedScopes !== undefined && { allowedScopes }),
    ...(epicScopes !== undefined && { epicScopes }),
    ...(typeof value.persistentAccess === 'boolean' && { persistentAccess: value.persistentAccess }),
    ...(typeof subscriptionKey === 'string' && SUBSCRIPTION_KEY.test(subscriptionKey) && { subscriptionKey }),
  };
}

function readId(value: unknown, path: string, problems: string[]): string | undefined {
  if (typeof value !== 'string' || value === '' || /\s/.test(value)) {
    problems.push(`${path} must be a non-empty string without spaces`);
    return undefined;
  }
  if (value === DEV_CLIENT_ID) {
    problems.push(`${path} '${DEV_CLIENT_ID}' is the built-in client; register another id`);
    return undefined;
  }
  return value;
}

function readRedirectUris(value: unknown, path: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${path} must be a non-empty array of absolute http(s) URLs`);
    return undefined;
  }
  const uris = value.flatMap((uri, index) => {
    const problem = typeof uri === 'string' ? redirectUriProblem(uri) : 'must be an absolute http(s) URL';
    if (problem === undefined) return [uri as string];
    problems.push(`${path}[${index}] ${problem}`);
    return [];
  });
  return uris.length === value.length ? uris : undefined;
}

function optionalLaunchUrls(value: unknown, path: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`${path} must be an array of absolute http(s) URLs`);
    return undefined;
  }
  const urls = value.flatMap((url, index) => {
    if (typeof url === 'string' && isHttpUrl(url)) return [url];
    problems.push(`${path}[${index}] must be an absolute http(s) URL`);
    return [];
  });
  return urls.length === value.length ? urls : undefined;
}

function readAuth(value: unknown, path: string, folder: string, problems: string[]): ConfiguredAuth | undefined {
  if (!isObject(value)) {
    problems.push(`${path} must be an object with a type`);
    return undefined;
  }
  const type = value.type;
  if (type !== 'public' && type !== 'client_secret_basic' && type !== 'private_key_jwt') {
    problems.push(`${path}.type must be one of ${Object.keys(AUTH_FIELDS).join(', ')}`);
    return undefined;
  }
  unknownFields(value, path, AUTH_FIELDS[type], problems);
  switch (type) {
    case 'public':
      return { type };
    case 'client_secret_basic': {
      const secret = nonEmptyString(value.secret, `${path}.secret`, problems);
      return secret === undefined ? undefined : { type, secret };
    }
    case 'private_key_jwt': {
      if ((value.jwks === undefined) === (value.jwksFile === undefined)) {
        problems.push(`${path} must have one of jwks (the keys inline) or jwksFile (a path), not both or neither`);
        return undefined;
      }
      if (value.jwks !== undefined) {
        const jwks = readJwks(value.jwks, `${path}.jwks`, problems);
        return jwks === undefined ? undefined : { type, jwks };
      }
      const jwksFile = nonEmptyString(value.jwksFile, `${path}.jwksFile`, problems);
      return jwksFile === undefined ? undefined : { type, jwksFile: resolve(folder, jwksFile) };
    }
  }
}

function readJwks(value: unknown, path: string, problems: string[]): JSONWebKeySet | undefined {
  if (!isObject(value) || !Array.isArray(value.keys) || value.keys.length === 0) {
    problems.push(`${path} must be a JWKS: an object with a non-empty "keys" array`);
    return undefined;
  }
  const before = problems.length;
  value.keys.forEach((key: unknown, index) => {
    const keyPath = `${path}.keys[${index}]`;
    if (!isObject(key) || typeof key.kty !== 'string') {
      problems.push(`${keyPath} must be a JWK with a "kty"`);
      return;
    }
    // The sandbox only verifies signatures; a private key in a registration is one leaked by mistake.
    if (key.d !== undefined) problems.push(`${keyPath} is a private key ("d"): register the public key only`);
    const missing = (KEY_MEMBERS[key.kty] ?? []).filter((member) => typeof key[member] !== 'string');
    if (missing.length > 0) problems.push(`${keyPath} is a ${key.kty} key without ${missing.join(', ')}`);
  });
  return problems.length === before ? { keys: value.keys as JWK[] } : undefined;
}

function optionalScopes(value: unknown, path: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`${path} must be an array of scopes`);
    return undefined;
  }
  const scopes = value.flatMap((scope, index) => {
    if (typeof scope === 'string' && scope !== '' && !/\s/.test(scope)) return [scope];
    problems.push(`${path}[${index}] must be one scope: a non-empty string without spaces`);
    return [];
  });
  return scopes.length === value.length ? scopes : undefined;
}

function unknownFields(value: JsonObject, path: string, known: readonly string[], problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      problems.push(`${path === '' ? key : `${path}.${key}`} is not a known field (known: ${known.join(', ')})`);
  }
}

function nonEmptyString(value: unknown, path: string, problems: string[]): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  problems.push(`${path} must be a non-empty string`);
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol);
}

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;
}
