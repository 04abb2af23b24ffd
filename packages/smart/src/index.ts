// @samspill/smart: SMART App Launch on fhirclient, hardened for Epic, Oracle Health and SMART v2.
// launch() on the launch page, ready() on the redirect page, createSmartSource() for the components.
export { COMPONENT_RESOURCE_TYPES, launch, type LaunchOptions } from './launch.js';
export { ready, type ReadyOptions } from './ready.js';
export type { SmartSession } from './session.js';
export { createSmartSource, smartErrorOf, type SmartSourceOptions } from './smart-source.js';
export { browserEnvironment, type KeyValueStorage, type LaunchEnvironment } from './environment.js';
export { LAUNCH_RECORD_LIFETIME_MS, type TokenStorage } from './session-store.js';
export {
  IGNORED_SCOPE_REASONS,
  PERMISSIONS,
  SCOPE_CONTEXTS,
  parseScopes,
  requestScopes,
  type GrantedScopes,
  type IgnoredScope,
  type IgnoredScopeReason,
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
  scopeDialectFor,
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
  recoveryFor,
  redact,
  type SmartErrorCode,
  type SmartErrorOptions,
  type SmartRecovery,
} from './errors.js';
export { STORAGE_PREFIX, isAllowedIss, newState, normalizeIss } from './launch-state.js';
export { createFhirHttpSource, type FhirHttpSourceOptions } from './fhir-http-source.js';
export type { RetryOptions } from './retry.js';
