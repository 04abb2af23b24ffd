// The command line, parsed apart from starting anything so it can be tested.
import { parseArgs } from 'node:util';
import { DEFAULT_SUBSCRIPTION_KEY, DEV_CLIENT_ID, redirectUriProblem, type Client } from './clients.js';

/** What the sandbox listens on, serves and launches; from flags, then the config file, then defaults. */
export interface SandboxSettings {
  readonly port: number;
  readonly host: string;
  /** A folder of FHIR JSON; the built-in data when absent. */
  readonly data?: string;
  /** Where the example launch URL sends the EHR launch. */
  readonly app: string;
}

export const DEFAULT_SETTINGS: SandboxSettings = {
  port: 4000,
  host: '127.0.0.1',
  app: 'http://127.0.0.1:5173/launch.html',
};

export interface CliArguments {
  readonly help: boolean;
  /** --port, --host, --data and --app as given: they win over the config file's. */
  readonly settings: Partial<SandboxSettings>;
  /** From --client: public clients, one per ID with every redirect URI given for it, in order. */
  readonly clients: readonly Client[];
  /** --config FILE.json */
  readonly config?: string;
}

/** Every flag; the help text must document each (a test holds it to that). */
export const CLI_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  app: { type: 'string' },
  client: { type: 'string', multiple: true },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Usage: samspill-sandbox [options]

A local SMART EHR for development and tests, never production: an authorization server and a FHIR R4
server with four vendor personalities (smart-v2, epic, oracle-health, dips).

Options:
  --port PORT               port to listen on (default 4000; 0 for any free port)
  --host HOST               address to bind (default 127.0.0.1)
  --data DIR                a folder of *.json FHIR resources or Bundles to serve
                            (default: synthetic Norwegian patients and public examples)
  --app URL                 the app's launch URL, filled in on the launcher and in the printed
                            example launch, and one the launcher may open (default
                            http://127.0.0.1:5173/launch.html)
  --client ID=REDIRECT_URI  register a public client with that exact redirect URI; repeat it for
                            more clients, or with the same ID for more redirect URIs
  --config FILE.json        clients (public, client_secret_basic, private_key_jwt), their redirect
                            URIs and scopes, and any of port, host, app and data; flags win
  -h, --help                show this help

The built-in public client ${DEV_CLIENT_ID} takes any redirect URI on http://localhost or
http://127.0.0.1, so a local app needs no registration. The launcher opens apps on this machine,
the app of --app and the launchUrls of registered clients, nothing else.

dips wants the header Ocp-Apim-Subscription-Key on every FHIR request but discovery:
${DEFAULT_SUBSCRIPTION_KEY}, or the subscriptionKey a client is registered with.

A config file (paths in it are relative to it):
  {
    "port": 4000,
    "clients": [
      { "id": "my-app", "redirectUris": ["http://localhost:3000/callback"] },
      { "id": "my-server-app", "redirectUris": ["https://app.example/callback"],
        "launchUrls": ["https://app.example/launch"],
        "auth": { "type": "client_secret_basic", "secret": "a-test-secret" },
        "allowedScopes": ["launch", "openid", "fhirUser", "patient/*.rs"] },
      { "id": "my-jwt-app", "redirectUris": ["http://localhost:3000/callback"],
        "auth": { "type": "private_key_jwt", "jwksFile": "public-jwks.json" },
        "epicScopes": ["user/Patient.read"], "persistentAccess": false,
        "subscriptionKey": "my-dips-key" }
    ]
  }
The whole format: https://github.com/samspill/samspill/tree/main/packages/sandbox#the-config-file`;

export function parseCliArguments(argv: readonly string[]): CliArguments | string {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: CLI_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const settings: { -readonly [K in keyof SandboxSettings]?: SandboxSettings[K] } = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535)
      return `--port must be a port number (0-65535), not '${values.port}'.`;
    settings.port = port;
  }
  if (values.host !== undefined) {
    if (values.host === '') return '--host must not be empty.';
    settings.host = values.host;
  }
  if (values.app !== undefined) {
    if (!URL.canParse(values.app)) return `--app must be a URL, not '${values.app}'.`;
    settings.app = values.app;
  }
  if (values.data !== undefined) settings.data = values.data;
  const clients = clientsOfFlags(values.client ?? []);
  if (typeof clients === 'string') return clients;
  return {
    help: values.help ?? false,
    settings,
    clients,
    ...(values.config !== undefined && { config: values.config }),
  };
}

/** `--client ID=REDIRECT_URI`, repeated: one public client per ID, its redirect URIs in the order given. */
export function clientsOfFlags(flags: readonly string[]): Client[] | string {
  const redirects = new Map<string, string[]>();
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    const id = flag.slice(0, equals);
    const uri = flag.slice(equals + 1);
    if (equals <= 0 || uri === '' || /\s/.test(id)) return `--client must be ID=REDIRECT_URI, not '${flag}'.`;
    if (id === DEV_CLIENT_ID) return `--client ${flag}: ${DEV_CLIENT_ID} is built in; register another ID.`;
    const problem = redirectUriProblem(uri);
    if (problem !== undefined) return `--client ${flag}: the redirect URI ${problem}.`;
    const uris = redirects.get(id) ?? [];
    if (!uris.includes(uri)) uris.push(uri);
    redirects.set(id, uris);
  }
  return [...redirects].map(([id, redirectUris]) => ({ id, redirectUris, auth: { type: 'public' } }));
}

/** Flags over the config file over the defaults. */
export function resolveSettings(...layers: readonly Partial<SandboxSettings>[]): SandboxSettings {
  const settings: { -readonly [K in keyof SandboxSettings]?: SandboxSettings[K] } = { ...DEFAULT_SETTINGS };
  for (const layer of [...layers].reverse()) Object.assign(settings, definedOnly(layer));
  return settings as SandboxSettings;
}

/** The app's launch URL with the EHR's `iss` and `launch` added. */
export function launchUrl(app: string, iss: string, launch: string): string {
  const url = new URL(app);
  url.searchParams.set('iss', iss);
  url.searchParams.set('launch', launch);
  return url.href;
}

/** The launcher page with the form showing `app` as the app to launch. */
export function launcherUrl(origin: string, app: string): string {
  const url = new URL('/launcher', origin);
  url.searchParams.set('form', '');
  url.searchParams.set('app', app);
  return url.href;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
