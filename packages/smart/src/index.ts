// @samspill/smart: the pure foundations of SMART App Launch. The launch/ready engine and the
// FhirSource over a SMART session build on these.
export {
  PERMISSIONS,
  SCOPE_CONTEXTS,
  parseScopes,
  requestScopes,
  type GrantedScopes,
  type Permission,
  type RequestScopesOptions,
  type ResourceScope,
  type ScopeAction,
  type ScopeContext,
  type ScopeDialect,
} from './scopes.js';
export {
  launchContext,
  type FhirContextItem,
  type FhirUser,
  type LaunchContextOptions,
  type LaunchContextProblem,
  type SmartContext,
} from './launch-context.js';
export {
  DISCOVERY_PROBLEMS,
  EPIC,
  ORACLE_HEALTH,
  SMART_V2,
  checkDiscovery,
  createVendorRegistry,
  detectVendor,
  isEpic,
  isOracleHealth,
  type DiscoveryProblem,
  type DiscoveryProblemCode,
  type VendorMatcher,
  type VendorProfile,
  type VendorRegistry,
} from './vendor-profiles.js';
export {
  SMART_ERROR_CODES,
  SmartError,
  isSmartError,
  isSmartErrorCode,
  messageFor,
  redact,
  type SmartErrorCode,
  type SmartErrorOptions,
} from './errors.js';
export { STORAGE_PREFIX, isAllowedIss, launchKey, newState, normalizeIss } from './launch-state.js';
export { createFhirHttpSource, type FhirHttpSourceOptions } from './fhir-http-source.js';
export type { RetryOptions } from './retry.js';
