// Everything under a personality's FHIR base: discovery without a token, then the gateway's key check
// where the personality has a gateway (DIPS), the bearer check, the launch's faults, and the
// interaction itself, each answer in the personality's view of it.
import { setTimeout as delay } from 'node:timers/promises';
import type { Resource } from 'fhir/r4.js';
import { openidConfiguration } from '../auth/openid-configuration.js';
import { LATENCY_MS } from '../faults.js';
import { sendJson, type Request, type Response } from '../http.js';
import { percentDecodable } from '../percent-encoding.js';
import type { Personality } from '../personalities/personality.js';
import type { SandboxState } from '../state.js';
import type { AccessToken } from '../tokens.js';
import { capabilityStatement } from './capability.js';
import type { FhirContext } from './fhir-context.js';
import { batch } from './batch.js';
import { interact } from './interaction.js';
import { FHIR_JSON, operationOutcome, sendFhir } from './operation-outcome.js';
import { presented } from './presented.js';
import { subscriptionKeyRefusal } from './subscription-key.js';

/** Sends a FHIR answer; the personality's view applies. */
type Send = (status: number, resource: Resource, headers?: Record<string, string>) => void;

export async function fhirServer(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
  patientLinked: (type: string) => Promise<boolean>,
): Promise<void> {
  const base = state.origin + personality.paths.fhir;
  const path = request.url.pathname.slice(personality.paths.fhir.length).replace(/^\/+|\/+$/g, '');

  if (path === '.well-known/smart-configuration') {
    sendJson(response, 200, personality.smartConfiguration(state.origin));
    return;
  }
  if (path === '.well-known/openid-configuration') {
    sendJson(response, 200, openidConfiguration(personality, state.origin));
    return;
  }
  if (path === 'metadata' && request.method === 'GET') {
    sendFhir(response, 200, capabilityStatement(state.resourceTypes, base, new Date(state.now())));
    return;
  }

  // Discovery above is open: an app fetches it before it knows which EHR, or that it needs a key.
  const header = personality.subscriptionKeyHeader;
  if (header !== undefined) {
    const refused = subscriptionKeyRefusal(header, request.headers[header.toLowerCase()], (key) =>
      state.clients.subscriptionKeyKnown(key),
    );
    if (refused) {
      sendFhir(response, 401, refused);
      return;
    }
  }

  const send: Send = (status, resource, headers) => {
    sendFhir(response, status, presented(personality.fhirView, resource), headers);
  };
  const access = bearer(state, personality, request, send);
  if (!access) return;
  if (await faulted(access, response, send)) return;

  const context: FhirContext = { source: state.source, base, access, patientLinked };
  if (path === '') {
    if (request.method !== 'POST') {
      send(405, operationOutcome('not-supported', 'The base takes a POSTed batch Bundle.'));
      return;
    }
    const result = await batch(context, parseJson(request.body));
    send(result.status, result.resource);
    return;
  }
  const query = new URLSearchParams(request.url.search);
  // POST Type/_search carries its parameters in a form body, in addition to any in the URL.
  if (request.method === 'POST') {
    if (!percentDecodable(request.body)) {
      send(400, operationOutcome('invalid', 'The form body has percent-encoding that does not decode as UTF-8.'));
      return;
    }
    for (const [name, value] of new URLSearchParams(request.body)) query.append(name, value);
  }
  const result = await interact(context, request.method, path.split('/'), query);
  send(result.status, result.resource);
}

function bearer(state: SandboxState, personality: Personality, request: Request, send: Send): AccessToken | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  const access = match?.[1] === undefined ? undefined : state.tokens.access(match[1]);
  const fault = access?.grant.launch.fault;
  let problem: string | undefined;
  if (!match) problem = 'A bearer token is required.';
  else if (access?.grant.personality !== personality.name || fault === 'request_invalid_token')
    problem = 'The access token is not valid.';
  else if (access.expiresAt <= state.now() || fault === 'request_expired_token')
    problem = 'The access token has expired.';
  if (problem === undefined) return access;
  const challenge = match
    ? `Bearer realm="samspill", error="invalid_token", error_description="${problem}"`
    : 'Bearer realm="samspill"';
  send(401, operationOutcome('login', problem), { 'WWW-Authenticate': challenge });
  return undefined;
}

/** Applies the launch's transport faults; true when the response has been dealt with. */
async function faulted(access: AccessToken, response: Response, send: Send): Promise<boolean> {
  const launch = access.grant.launch;
  switch (launch.fault) {
    case 'latency':
      await delay(LATENCY_MS);
      return false;
    case 'rate_limit':
      if (launch.rateLimited) return false;
      launch.rateLimited = true;
      send(429, operationOutcome('throttled', 'Too many requests (simulated).'), { 'Retry-After': '2' });
      return true;
    case 'server_error':
      send(500, operationOutcome('exception', 'Internal server error (simulated).'));
      return true;
    case 'unavailable':
      send(503, operationOutcome('transient', 'Service unavailable (simulated).'), { 'Retry-After': '2' });
      return true;
    case 'malformed_json':
      response.writeHead(200, { 'Content-Type': `${FHIR_JSON}; charset=utf-8` });
      response.end('{"resourceType":"Bundle","type":"searchset","entry":[{"resource":');
      return true;
    case 'dropped_connection':
      // Headers and half a body, then the socket goes: what a proxy timeout looks like to the app.
      response.writeHead(200, { 'Content-Type': `${FHIR_JSON}; charset=utf-8`, 'Content-Length': '4096' });
      response.write('{"resourceType":"Bundle","type":"searchset","entry":[');
      response.socket?.destroy();
      return true;
    default:
      return false;
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
