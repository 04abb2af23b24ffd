// Everything under a personality's FHIR base: discovery without a token, then the bearer check, the
// launch's faults, and the interaction itself.
import { setTimeout as delay } from 'node:timers/promises';
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
import { FHIR_JSON, sendFhir, sendOutcome } from './operation-outcome.js';

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

  const access = bearer(state, personality, request, response);
  if (!access) return;
  if (await faulted(access, response)) return;

  const context: FhirContext = { source: state.source, base, access, patientLinked };
  if (path === '') {
    if (request.method !== 'POST') {
      sendOutcome(response, 405, 'not-supported', 'The base takes a POSTed batch Bundle.');
      return;
    }
    const result = await batch(context, parseJson(request.body));
    sendFhir(response, result.status, result.resource);
    return;
  }
  const query = new URLSearchParams(request.url.search);
  // POST Type/_search carries its parameters in a form body, in addition to any in the URL.
  if (request.method === 'POST') {
    if (!percentDecodable(request.body)) {
      sendOutcome(response, 400, 'invalid', 'The form body has percent-encoding that does not decode as UTF-8.');
      return;
    }
    for (const [name, value] of new URLSearchParams(request.body)) query.append(name, value);
  }
  const result = await interact(context, request.method, path.split('/'), query);
  sendFhir(response, result.status, result.resource);
}

function bearer(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
): AccessToken | undefined {
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
  sendOutcome(response, 401, 'login', problem, { 'WWW-Authenticate': challenge });
  return undefined;
}

/** Applies the launch's transport faults; true when the response has been dealt with. */
async function faulted(access: AccessToken, response: Response): Promise<boolean> {
  const launch = access.grant.launch;
  switch (launch.fault) {
    case 'latency':
      await delay(LATENCY_MS);
      return false;
    case 'rate_limit':
      if (launch.rateLimited) return false;
      launch.rateLimited = true;
      sendOutcome(response, 429, 'throttled', 'Too many requests (simulated).', { 'Retry-After': '2' });
      return true;
    case 'server_error':
      sendOutcome(response, 500, 'exception', 'Internal server error (simulated).');
      return true;
    case 'unavailable':
      sendOutcome(response, 503, 'transient', 'Service unavailable (simulated).', { 'Retry-After': '2' });
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
