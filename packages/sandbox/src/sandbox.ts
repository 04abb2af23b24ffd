// Starting and stopping one sandbox: a node:http server on 127.0.0.1 with its own keys, clients,
// launches and tokens, so tests can run many side by side.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import type { Bundle, Resource } from 'fhir/r4.js';
import { answerClientError, refuseConnect } from './client-error.js';
import { createClientRegistry, type Client } from './clients.js';
import { applyCors } from './cors.js';
import { defaultData } from './data.js';
import { patientCompartment } from './fhir/compartment.js';
import { sendOutcome } from './fhir/operation-outcome.js';
import { declaredOver, readBody, sendJson, type Request } from './http.js';
import { createLaunchIn, type CreatedLaunch } from './launch-endpoint.js';
import { createLaunchStore, type LaunchOptions } from './launches.js';
import { loggedPath, type RequestLogEntry } from './log.js';
import { PERSONALITIES } from './personalities/index.js';
import type { PersonalityName } from './personalities/personality-name.js';
import type { Personality } from './personalities/personality.js';
import { refuse } from './refusal.js';
import { requestUrl, targetDecodable } from './request-target.js';
import { route, type Route } from './router.js';
import { createSigningKey } from './signing-key.js';
import type { SandboxState } from './state.js';
import { createTokenStore } from './tokens.js';

export interface SandboxOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the sandbox is never meant to be reachable from another machine. */
  readonly host?: string;
  /** Resources and Bundles to serve; default: the synthetic Norwegian patients and the public example sets. */
  readonly data?: Resource | Bundle | readonly (Resource | Bundle)[];
  /** Seconds; overrides every personality's own lifetime. */
  readonly accessTokenLifetime?: number;
  /** Registered clients beside the built-in public `samspill-dev`. */
  readonly clients?: readonly Client[];
  /**
   * App launch URLs the launcher may open, beside those on this machine and the clients' `launchUrls`
   * (the CLI passes its `--app`). Compared by origin and path.
   */
  readonly launchUrls?: readonly string[];
  /** The clock, in milliseconds; tests move it to expire codes and tokens. */
  readonly now?: () => number;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly personalities: Readonly<Record<PersonalityName, Personality>>;
  /** Every request answered, without secrets. */
  readonly log: RequestLogEntry[];
  /** The data it serves, searchable without a token (for tools and tests on the same machine). */
  readonly source: FhirSource;
  /** What the EHR does before it opens an app: a launch context, and the app's `iss` and `launch`. */
  createLaunch(options: LaunchOptions): CreatedLaunch;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const data = options.data ?? (await defaultData());
  const source = createStaticSource(data);
  const practitioners = await source.search('Practitioner', { _count: 1 }, { pageLimit: 1 });
  const state: SandboxState = {
    origin: '',
    now,
    clients: createClientRegistry(options.clients),
    launches: createLaunchStore(),
    tokens: createTokenStore(now),
    key: await createSigningKey(),
    source,
    resourceTypes: resourceTypesOf(data),
    defaultPractitioner: practitioners.resources[0]?.id,
    accessTokenLifetime: options.accessTokenLifetime,
    usedAssertions: new Map(),
    launchUrls: [
      ...(options.launchUrls ?? []),
      ...(options.clients ?? []).flatMap((client) => client.launchUrls ?? []),
    ],
    log: [],
  };
  const patientLinked = patientCompartment(source);

  const server = createServer((incoming, response) => {
    void handle(state, incoming, response, patientLinked, false);
  });
  // Asked to confirm a body first (Expect: 100-continue): a body over the limit is refused unsent.
  server.on('checkContinue', (incoming: IncomingMessage, response: ServerResponse) => {
    void handle(state, incoming, response, patientLinked, true);
  });
  server.on('clientError', answerClientError);
  server.on('connect', refuseConnect);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  state.origin = `http://${host}:${address.port}`;

  return {
    url: state.origin,
    personalities: PERSONALITIES,
    log: state.log,
    source,
    createLaunch: (launch) => createLaunchIn(state, launch),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

async function handle(
  state: SandboxState,
  incoming: IncomingMessage,
  response: ServerResponse,
  patientLinked: (type: string) => Promise<boolean>,
  expectsContinue: boolean,
): Promise<void> {
  const started = performance.now();
  const arrived = state.now();
  const method = incoming.method ?? 'GET';
  const url = requestUrl(incoming.url, state.origin);
  if (!url) {
    refuse(response, 'plain', 400, 'The request target must be a path on this server (or an absolute http URL).');
    return;
  }
  const found = route(state, url.pathname, patientLinked);
  response.on('close', () => {
    // The launcher's own page and its log polling are not the traffic the log is there to show.
    if (url.pathname === '/' || url.pathname.startsWith('/launcher')) return;
    state.log.push({
      time: new Date(arrived).toISOString(),
      method,
      path: loggedPath(url),
      status: response.statusCode,
      duration: Math.round((performance.now() - started) * 10) / 10,
      ...(found?.personality !== undefined && { personality: found.personality }),
    });
  });
  try {
    if (!found) {
      sendJson(response, 404, { error: `Nothing at ${url.pathname}.` });
      return;
    }
    const body = await bodyOf(incoming, response, url, found, expectsContinue);
    if (body === undefined) return;
    const request: Request = { method, url, headers: incoming.headers, body, raw: incoming };
    if (applyCors(request, response, found.cors)) return;
    await found.handle(request, response);
  } catch (error) {
    // A client that went away mid-request has no one left to answer.
    if (response.headersSent || incoming.socket.destroyed) response.destroy();
    else sendOutcome(response, 500, 'exception', error instanceof Error ? error.message : 'Internal error.');
  }
}

/**
 * The request body within the route's limit, or undefined once the request has been refused: for a
 * target that does not decode (400), or a body over the limit (413), told by Content-Length before
 * anything is read, or while it streams in.
 */
async function bodyOf(
  incoming: IncomingMessage,
  response: ServerResponse,
  url: URL,
  found: Route,
  expectsContinue: boolean,
): Promise<string | undefined> {
  if (!targetDecodable(url)) {
    refuse(response, found.refusal, 400, 'The request target has percent-encoding that does not decode as UTF-8.');
    return undefined;
  }
  const tooLarge = (): void => {
    const limit = `${found.bodyLimit.toLocaleString('en')} bytes`;
    // The rest of the body is not read: the connection closes after the answer.
    refuse(response, found.refusal, 413, `The request body is larger than this endpoint takes (${limit}).`, {
      Connection: 'close',
    });
  };
  if (declaredOver(incoming, found.bodyLimit)) {
    tooLarge();
    return undefined;
  }
  if (expectsContinue) response.writeContinue();
  const body = await readBody(incoming, found.bodyLimit);
  if (body === undefined) tooLarge();
  return body;
}

// The types the CapabilityStatement lists: those in the data, Bundles unpacked as core unpacks them.
function resourceTypesOf(input: Resource | Bundle | readonly (Resource | Bundle)[]): string[] {
  const types = new Set<string>();
  const visit = (resource: Resource | undefined): void => {
    if (!resource) return;
    if (resource.resourceType === 'Bundle') for (const entry of (resource as Bundle).entry ?? []) visit(entry.resource);
    else types.add(resource.resourceType);
  };
  for (const resource of Array.isArray(input) ? input : [input]) visit(resource as Resource);
  return [...types].sort();
}
