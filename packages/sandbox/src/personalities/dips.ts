// DIPS Arena, as DIPS's public developer documentation (Open DIPS, api.dips.no) describes it: the FHIR
// API behind an Azure API Management gateway that wants a subscription key on every call, DIPS's own
// OpenID Connect server (IdentityServer-based, issuer `…/dips.oauth`, endpoints under `connect/`),
// authorization code with PKCE, and a role (organisation and department) the user picks at login that
// the tokens carry. Resources come in the DIPS Core profiles.
import { hasScope } from '../scopes.js';
import type { Grant } from '../tokens.js';
import { DIPS_ROLES, DEFAULT_DIPS_ROLE, dipsRole, dipsRoleClaim, type DipsRole } from './dips-roles.js';
import { dipsView } from './dips-profiles.js';
import { allowedScopes, smartStyle, type Personality, type PersonalityPaths } from './personality.js';

/** Azure API Management's header for the subscription key; DIPS's gateway asks for it on every call. */
export const SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

const oauth = '/dips/dips.oauth';

const paths: PersonalityPaths = {
  fhir: '/dips/fhir',
  authorize: `${oauth}/connect/authorize`,
  token: `${oauth}/connect/token`,
  introspect: `${oauth}/connect/introspect`,
  jwks: `${oauth}/.well-known/openid-configuration/jwks`,
  // DIPS documents no SMART style document; served for symmetry, never advertised.
  style: `${oauth}/smart-style.json`,
};

/** The role the launch carries, or the default one. */
export function roleOfGrant(grant: Grant): DipsRole {
  return (grant.launch.role === undefined ? undefined : dipsRole(grant.launch.role)) ?? DEFAULT_DIPS_ROLE;
}

export const dips: Personality = {
  name: 'dips',
  paths,
  pkce: 'S256',
  // IdentityServer's default access-token lifetime.
  accessTokenLifetime: 3600,
  echoesState: false,
  // IdentityServer's one-time-only refresh tokens: each refresh answers with a new one.
  rotatesRefreshTokens: true,
  hidesRefreshScopes: false,
  issuer: (origin) => origin + oauth,
  smartConfiguration: (origin) => ({
    issuer: origin + oauth,
    jwks_uri: origin + paths.jwks,
    authorization_endpoint: origin + paths.authorize,
    token_endpoint: origin + paths.token,
    introspection_endpoint: origin + paths.introspect,
    // DIPS also lists client_credentials, jwt-bearer and its own role-change grants; not granted here.
    grant_types_supported: ['authorization_code', 'refresh_token'],
    // DIPS also takes client_secret_post, which the sandbox does not implement.
    token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_basic'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'ES256', 'ES384'],
    scopes_supported: [
      'openid',
      'profile',
      'fhirUser',
      'launch',
      'launch/patient',
      'offline_access',
      'patient/*.read',
      'user/*.read',
      'patient/*.rs',
      'user/*.rs',
    ],
    response_types_supported: ['code'],
    // DIPS's server lists plain too; the sandbox holds apps to S256.
    code_challenge_methods_supported: ['S256'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'authorize-post',
      'client-public',
      'client-confidential-symmetric',
      'client-confidential-asymmetric',
      'sso-openid-connect',
      'context-banner',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'permission-offline',
      'permission-patient',
      'permission-user',
      'permission-v1',
      'permission-v2',
    ],
  }),
  grantedScopes: allowedScopes,
  // DIPS's server lists offline_access, not online_access.
  refreshAllowed: (granted) => hasScope(granted, 'offline_access'),
  fhirUser: (practitionerId, origin) => `${origin}${paths.fhir}/Practitioner/${practitionerId}`,
  tokenExtras: (grant) => ({
    need_patient_banner: grant.launch.needPatientBanner,
    dips_role: dipsRoleClaim(roleOfGrant(grant)),
  }),
  identityExtras: (grant) => ({ dips_role: dipsRoleClaim(roleOfGrant(grant)) }),
  styleDocument: smartStyle('#FFFFFF', '#00558C'),
  roles: DIPS_ROLES,
  subscriptionKeyHeader: SUBSCRIPTION_KEY_HEADER,
  fhirView: dipsView,
};
