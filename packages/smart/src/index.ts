// @samspill/smart: SMART App Launch on fhirclient, hardened for Epic, Oracle Health, DIPS and SMART v2,
// with DPoP-bound tokens (RFC 9449) where the server offers them or the app requires them.
// launch() on the launch page, ready() on the redirect page, createSmartSource() for the components.
export { COMPONENT_RESOURCE_TYPES, launch, type LaunchOptions } from './launch.js';
export { ready, type ReadyOptions } from './ready.js';
export type { SmartSession } from './session.js';
export {
  createSmartSource,
  smartErrorOf,
  type RefusalSession,
  type SmartSourceOptions,
  type SourceSession,
} from './smart-source.js';
export { browserEnvironment, type KeyValueStorage, type LaunchEnvironment } from './environment.js';
export { LAUNCH_RECORD_LIFETIME_MS, type TokenStorage } from './session-store.js';
export { DPOP_KEY_IDLE_MS, indexedDbDpopKeyStore, memoryDpopKeyStore, type DpopKeyStore } from './dpop-key-store.js';
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
  type LaunchRole,
  type OrganizationUnit,
  type LaunchContextProblem,
  type SmartContext,
} from './launch-context.js';
export {
  DEFAULT_SUBSCRIPTION_KEY_HEADER,
  DIPS,
  DISCOVERY_PROBLEMS,
  EPIC,
  ORACLE_HEALTH,
  SMART_V2,
  checkDiscovery,
  createVendorRegistry,
  detectVendor,
  isDips,
  isEpic,
  isOracleHealth,
  scopeDialectFor,
  type DiscoveryProblem,
  type DiscoveryProblemCode,
  type SubscriptionKey,
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
