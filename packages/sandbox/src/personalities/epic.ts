// Epic (Helseplattformen), as seen in Apotti's token response and Epic's sandbox discovery document:
// scopes come from the registration (v1, duplicated in mixed case), need_patient_banner is a string,
// fhirUser is absolute, and refresh tokens need offline_access and a "persistent access" registration.
import { EPIC_REGISTERED_SCOPES } from '../clients.js';
import { hasScope } from '../scopes.js';
import { allowedScopes, isResourceScope, smartStyle, type Personality, type PersonalityPaths } from './personality.js';

// Epic's style URLs carry their content's hash; the name here is Apotti's shape with our own content.
const STYLE_ID = Buffer.from('#F2FAF8|#C12127|#00A54F|Arial, sans-serif').toString('base64url');

const paths: PersonalityPaths = {
  fhir: '/epic/api/FHIR/R4',
  authorize: '/epic/oauth2/authorize',
  token: '/epic/oauth2/token',
  introspect: '/epic/oauth2/introspect',
  jwks: '/epic/api/epic/2019/Security/Open/PublicKeys/530005/OIDC',
  style: `/epic/api/epic/2016/EDI/HTTP/style/100016/${STYLE_ID}.json`,
};

export const epic: Personality = {
  name: 'epic',
  paths,
  pkce: 'S256',
  accessTokenLifetime: 3600,
  echoesState: true,
  rotatesRefreshTokens: true,
  hidesRefreshScopes: true,
  issuer: (origin) => `${origin}/epic/oauth2`,
  smartConfiguration: (origin) => ({
    issuer: `${origin}/epic/oauth2`,
    jwks_uri: origin + paths.jwks,
    authorization_endpoint: origin + paths.authorize,
    token_endpoint: origin + paths.token,
    introspection_endpoint: origin + paths.introspect,
    // Epic also lists client_credentials, jwt-bearer and token-exchange; the sandbox does not grant them.
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    scopes_supported: ['fhirUser', 'launch', 'openid', 'profile'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'authorize-post',
      'client-public',
      'client-confidential-symmetric',
      'client-confidential-asymmetric',
      'context-banner',
      'context-style',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'permission-offline',
      'permission-patient',
      'permission-user',
      'permission-v1',
      'permission-v2',
      'sso-openid-connect',
    ],
  }),
  // The registration decides the resource scopes; the request only decides launch, identity and refresh.
  grantedScopes: (requested, client) => [
    ...allowedScopes(requested, client).filter((scope) => !isResourceScope(scope)),
    ...(client.epicScopes ?? EPIC_REGISTERED_SCOPES),
  ],
  refreshAllowed: (granted, client) => hasScope(granted, 'offline_access') && client.persistentAccess !== false,
  fhirUser: (practitionerId, origin) => `${origin}${paths.fhir}/Practitioner/${practitionerId}`,
  tokenExtras: (grant, origin) => ({
    need_patient_banner: String(grant.launch.needPatientBanner),
    smart_style_url: origin + paths.style,
    ...(grant.launch.patient !== undefined && {
      '__epic.dstu2.patient': `T${Buffer.from(grant.launch.patient).toString('hex').toUpperCase()}`,
    }),
    deptID: '100016',
    loginDepartment: '100016',
  }),
  styleDocument: smartStyle('#F2FAF8', '#006A4E'),
};
