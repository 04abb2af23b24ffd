// Which handler answers a path, and under which CORS policy. Personalities are told apart by their
// URL prefix, exactly as an app tells EHRs apart by their `iss`.
import { authorize } from './auth/authorize.js';
import { introspect } from './auth/introspect.js';
import { openidConfiguration, openidConfigurationPath } from './auth/openid-configuration.js';
import { token } from './auth/token.js';
import type { CorsPolicy } from './cors.js';
import { fhirServer } from './fhir/fhir-server.js';
import { redirect, sendJson, type Request, type Response } from './http.js';
import { launcherEndpoint } from './launcher/launcher-endpoint.js';
import { launchEndpoint } from './launch-endpoint.js';
import { PERSONALITIES } from './personalities/index.js';
import type { PersonalityName } from './personalities/personality-name.js';
import type { SandboxState } from './state.js';

export interface Route {
  readonly personality?: PersonalityName;
  readonly cors: CorsPolicy;
  handle(request: Request, response: Response): Promise<void> | void;
}

export function route(
  state: SandboxState,
  path: string,
  patientLinked: (type: string) => Promise<boolean>,
): Route | undefined {
  if (path === '/')
    return {
      cors: 'local',
      handle: (_, response) => {
        redirect(response, '/launcher');
      },
    };
  if (path === '/launcher' || path.startsWith('/launcher/'))
    return { cors: 'local', handle: (request, response) => launcherEndpoint(state, request, response) };
  if (path === '/launch')
    return { cors: 'local', handle: (request, response) => launchEndpoint(state, request, response) };
  for (const personality of Object.values(PERSONALITIES)) {
    const { paths, name } = personality;
    const on = (cors: CorsPolicy, handle: Route['handle']): Route => ({ personality: name, cors, handle });
    if (path === paths.authorize)
      return on('local', (request, response) => authorize(state, personality, request, response));
    if (path === paths.token) return on('local', (request, response) => token(state, personality, request, response));
    if (path === paths.introspect)
      return on('local', (request, response) => introspect(state, personality, request, response));
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
      return on(discovery ? 'any' : 'local', (request, response) =>
        fhirServer(state, personality, request, response, patientLinked),
      );
    }
  }
  return undefined;
}
