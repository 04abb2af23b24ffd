// HelseID's OpenID discovery document, cut to what the sandbox does: token exchange at the token
// endpoint, DPoP-bound tokens with ES256 proofs. No authorization endpoint and no client credentials:
// a user reaches the national services through the EHR launch they are already in.
import { DPOP_ALGORITHMS } from './dpop-proof.js';
import {
  HELSEID_JWKS_PATH,
  HELSEID_TOKEN_PATH,
  helseIdIssuer,
  NATIONAL_SCOPES,
  TOKEN_EXCHANGE_GRANT,
} from './paths.js';

export function helseIdConfiguration(origin: string): Record<string, unknown> {
  return {
    issuer: helseIdIssuer(origin),
    jwks_uri: origin + HELSEID_JWKS_PATH,
    token_endpoint: origin + HELSEID_TOKEN_PATH,
    grant_types_supported: [TOKEN_EXCHANGE_GRANT],
    token_endpoint_auth_methods_supported: ['none'],
    dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
    scopes_supported: [...NATIONAL_SCOPES],
  };
}
