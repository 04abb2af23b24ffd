// OpenID Connect discovery, for apps that verify id_tokens the standard way: from the id_token's `iss`
// to `{iss}/.well-known/openid-configuration` to its jwks_uri. Epic's and Oracle Health's issuers are
// not their FHIR bases, so the document is served at the issuer as well as under the FHIR base.
import type { Personality } from '../personalities/personality.js';

const WELL_KNOWN = '/.well-known/openid-configuration';

/** OIDC Discovery §4: the issuer without its trailing slash, then the well-known path. */
export function openidConfigurationPath(personality: Personality, origin: string): string {
  return new URL(personality.issuer(origin)).pathname.replace(/\/$/, '') + WELL_KNOWN;
}

export function openidConfiguration(personality: Personality, origin: string): Record<string, unknown> {
  const smart = personality.smartConfiguration(origin);
  return {
    issuer: personality.issuer(origin),
    jwks_uri: smart.jwks_uri,
    authorization_endpoint: smart.authorization_endpoint,
    token_endpoint: smart.token_endpoint,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    ...(smart.token_endpoint_auth_methods_supported !== undefined && {
      token_endpoint_auth_methods_supported: smart.token_endpoint_auth_methods_supported,
    }),
    ...(smart.code_challenge_methods_supported !== undefined && {
      code_challenge_methods_supported: smart.code_challenge_methods_supported,
    }),
  };
}
