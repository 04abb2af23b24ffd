// Oracle Health (Cerner Millennium): a tenant GUID in every URL, v1 scopes only, no PKCE, no wildcard
// scopes, 570-second access tokens, and a refresh that keeps the original refresh token.
import { parseResourceScope } from '../scopes.js';
import {
  allowedScopes,
  refreshScopeGranted,
  smartStyle,
  type Personality,
  type PersonalityPaths,
} from './personality.js';

/** Cerner's public sandbox tenant; any GUID would do, this one is recognisable. */
export const ORACLE_HEALTH_TENANT = 'ec2458f2-1e24-41c8-b71b-0e701af7583d';

const oauth = `/oracle-health/tenants/${ORACLE_HEALTH_TENANT}/protocols/oauth2/profiles/smart-v1`;

const paths: PersonalityPaths = {
  fhir: `/oracle-health/r4/${ORACLE_HEALTH_TENANT}`,
  authorize: `${oauth}/personas/provider/authorize`,
  token: `${oauth}/token`,
  introspect: '/oracle-health/tokeninfo',
  jwks: `/oracle-health/tenants/${ORACLE_HEALTH_TENANT}/oidc/idsps/${ORACLE_HEALTH_TENANT}/protocols/openid-connect/jwks`,
  style: `/oracle-health/r4/${ORACLE_HEALTH_TENANT}/smart-style.json`,
};

export const oracleHealth: Personality = {
  name: 'oracle-health',
  paths,
  pkce: 'none',
  accessTokenLifetime: 570,
  echoesState: false,
  rotatesRefreshTokens: false,
  hidesRefreshScopes: false,
  issuer: (origin) => `${origin}/oracle-health/tenants/${ORACLE_HEALTH_TENANT}/oidc/idsps/${ORACLE_HEALTH_TENANT}/`,
  smartConfiguration: (origin) => ({
    issuer: `${origin}/oracle-health/tenants/${ORACLE_HEALTH_TENANT}/oidc/idsps/${ORACLE_HEALTH_TENANT}/`,
    jwks_uri: origin + paths.jwks,
    authorization_endpoint: origin + paths.authorize,
    token_endpoint: origin + paths.token,
    introspection_endpoint: origin + paths.introspect,
    token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_basic'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    scopes_supported: [
      'openid',
      'fhirUser',
      'launch',
      'launch/patient',
      'launch/encounter',
      'offline_access',
      'online_access',
      'user/Patient.read',
      'patient/Patient.read',
      'user/Observation.read',
      'patient/Observation.read',
    ],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'authorize-post',
      'client-public',
      'client-confidential-symmetric',
      'sso-openid-connect',
      'context-banner',
      'context-style',
      'context-ehr-patient',
      'context-ehr-encounter',
      'permission-offline',
      'permission-online',
      'permission-patient',
      'permission-user',
      'permission-v1',
    ],
  }),
  // "An application is currently required to specifically request each scope": no wildcards asked for
  // are granted, even where the registration has one.
  grantedScopes: (requested, client) =>
    allowedScopes(
      requested.filter((scope) => parseResourceScope(scope)?.type !== '*'),
      client,
    ),
  refreshAllowed: (granted) => refreshScopeGranted(granted),
  fhirUser: (practitionerId, origin) => `${origin}${paths.fhir}/Practitioner/${practitionerId}`,
  tokenExtras: (grant, origin) => ({
    need_patient_banner: grant.launch.needPatientBanner,
    smart_style_url: origin + paths.style,
    tenant: ORACLE_HEALTH_TENANT,
  }),
  styleDocument: smartStyle('#FFFFFF', '#0072CE'),
};
