// SMART: discovery from any origin; token and FHIR endpoints only from registered origins, which for a
// local sandbox are the example apps on localhost. A browser app may send DIPS's gateway key header.
import type { Request, Response } from './http.js';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

export type CorsPolicy = 'any' | 'local';

/** Sets the CORS headers; true when the request was a preflight and has been answered. */
export function applyCors(request: Request, response: Response, policy: CorsPolicy): boolean {
  const origin = request.headers.origin;
  if (policy === 'any') response.setHeader('Access-Control-Allow-Origin', '*');
  else if (origin !== undefined && LOCAL_ORIGIN.test(origin)) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  }
  response.setHeader('Access-Control-Expose-Headers', 'Location, WWW-Authenticate, Retry-After, DPoP-Nonce');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Ocp-Apim-Subscription-Key, DPoP',
    'Access-Control-Max-Age': '600',
  });
  response.end();
  return true;
}
