// Which handler answers a path, under which CORS policy, how large a body it reads and in which format
// it refuses one. Personalities are told apart by their URL prefix, exactly as an app tells EHRs apart
// by their `iss`.
import { authorize } from './auth/authorize.js';
import { introspect } from './auth/introspect.js';
import { openidConfiguration, openidConfigurationPath } from './auth/openid-configuration.js';
import { token } from './auth/token.js';
import type { CorsPolicy } from './cors.js';
import { fhirServer } from './fhir/fhir-server.js';
import { redirect, sendJson, type Request, type Response } from './http.js';
import { launcherEndpoint } from './launcher/launcher-endpoint.js';
import { launchEndpoint } from './launch-endpoint.js';
import { MAX_BODY_BYTES, MAX_FHIR_BODY_BYTES } from './limits.js';
import { nationalRoute } from './national/national-route.js';
import { PERSONALITIES } from './personalities/index.js';
import type { PersonalityName } from './personalities/personality-name.js';
import type { RefusalStyle } from './refusal.js';
import type { SandboxState } from './state.js';

export interface Route {
  readonly personality?: PersonalityName;
  readonly cors: CorsPolicy;
  /** How a request the handler never sees (a body too large, a target that does not decode) is refused. */
  readonly refusal: RefusalStyle;
  /** Bytes of request body read at most. */
  readonly bodyLimit: number;
  handle(request: Request, response: Response): Promise<void> | void;
}

type Handle = Route['handle'];

const plain = (cors: CorsPolicy, handle: Handle): Route => ({
  cors,
  refusal: 'plain',
  bodyLimit: MAX_BODY_BYTES,
  handle,
});

export function route(
  state: SandboxState,
  path: string,
  patientLinked: (type: string) => Promise<boolean>,
): Route | undefined {
  if (path === '/')
    return plain('local', (_, response) => {
      redirect(response, '/launcher');
    });
  if (path === '/launcher' || path.startsWith('/launcher/'))
    return plain('local', (request, response) => launcherEndpoint(state, request, response));
  if (path === '/launch') return plain('local', (request, response) => launchEndpoint(state, request, response));
  // HelseID and the national FHIR endpoint (PLL, Kjernejournal): src/national/.
  const national = nationalRoute(state, path);
  if (national) return national;
  for (const personality of Object.values(PERSONALITIES)) {
    const { paths, name } = personality;
    const on = (cors: CorsPolicy, handle: Handle, refusal: RefusalStyle = 'plain'): Route => ({
      ...plain(cors, handle),
      personality: name,
      refusal,
    });
    if (path === paths.authorize)
      return on('local', (request, response) => authorize(state, personality, request, response), 'page');
    if (path === paths.token)
      return on('local', (request, response) => token(state, personality, request, response), 'oauth');
    if (path === paths.introspect)
      return on('local', (request, response) => introspect(state, personality, request, response), 'oauth');
    if (path === paths.jwks)
      return on('any', (_, response) => {
        sendJson(response, 200, state.key.jwks);
      });
    if (path === openidConfigurationPath(personality, state.origin))
      return on('any', (_, response) => {
        sendJson(response, 200, openidConfiguration(personality, state.origin));
      });
    if (path === paths.style)
      return on('any', (_, response) => {
        sendJson(response, 200, personality.styleDocument);
      });
    if (path === paths.fhir || path.startsWith(`${paths.fhir}/`)) {
      const discovery = path.includes('/.well-known/') || path.endsWith('/metadata');
      return {
        ...on(discovery ? 'any' : 'local', (request, response) =>
          fhirServer(state, personality, request, response, patientLinked),
        ),
        refusal: 'fhir',
        bodyLimit: MAX_FHIR_BODY_BYTES,
      };
    }
  }
  return undefined;
}
