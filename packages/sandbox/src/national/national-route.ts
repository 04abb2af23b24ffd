// Which national handler answers a path: the HelseID-like server under /helseid and the national FHIR
// endpoint under /nasjonal/fhir. The router asks here once, so the national services stay in this
// folder and the router gains one branch. Its answer has the router's Route shape.
import type { CorsPolicy } from '../cors.js';
import { sendJson, type Request, type Response } from '../http.js';
import { MAX_BODY_BYTES, MAX_FHIR_BODY_BYTES } from '../limits.js';
import type { RefusalStyle } from '../refusal.js';
import type { SandboxState } from '../state.js';
import { helseIdConfiguration } from './helseid-discovery.js';
import { nationalFhir } from './national-fhir.js';
import { HELSEID_DISCOVERY_PATH, HELSEID_JWKS_PATH, HELSEID_TOKEN_PATH, NATIONAL_FHIR_PATH } from './paths.js';
import { tokenExchange } from './token-exchange.js';

export interface NationalRoute {
  readonly cors: CorsPolicy;
  readonly refusal: RefusalStyle;
  readonly bodyLimit: number;
  handle(request: Request, response: Response): Promise<void> | void;
}

export function nationalRoute(state: SandboxState, path: string): NationalRoute | undefined {
  const plain = (cors: CorsPolicy, handle: NationalRoute['handle']): NationalRoute => ({
    cors,
    refusal: 'plain',
    bodyLimit: MAX_BODY_BYTES,
    handle,
  });
  if (path === HELSEID_DISCOVERY_PATH)
    return plain('any', (_, response) => {
      sendJson(response, 200, helseIdConfiguration(state.origin));
    });
  if (path === HELSEID_JWKS_PATH)
    return plain('any', (_, response) => {
      sendJson(response, 200, state.key.jwks);
    });
  if (path === HELSEID_TOKEN_PATH)
    return { ...plain('local', (request, response) => tokenExchange(state, request, response)), refusal: 'oauth' };
  if (path === NATIONAL_FHIR_PATH || path.startsWith(`${NATIONAL_FHIR_PATH}/`))
    return {
      cors: path.endsWith('/metadata') ? 'any' : 'local',
      refusal: 'fhir',
      bodyLimit: MAX_FHIR_BODY_BYTES,
      handle: (request, response) => nationalFhir(state, request, response),
    };
  return undefined;
}
