// Its declarations use Node's types (node:http); the reference keeps them resolvable for a consumer with `types: []`.
/// <reference types="node" preserve="true" />
export { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export type { CreatedLaunch } from './launch-endpoint.js';
export type { LaunchOptions } from './launches.js';
export {
  DEFAULT_ALLOWED_SCOPES,
  DEFAULT_SUBSCRIPTION_KEY,
  DEV_CLIENT_ID,
  EPIC_REGISTERED_SCOPES,
  type Client,
  type ClientAuth,
} from './clients.js';
export { FAULTS, type Fault, type FaultId } from './faults.js';
export { PERSONALITY_NAMES, type PersonalityName } from './personalities/personality-name.js';
export type { Personality, PersonalityPaths } from './personalities/personality.js';
export { ORACLE_HEALTH_TENANT } from './personalities/oracle-health.js';
export { SUBSCRIPTION_KEY_HEADER } from './personalities/dips.js';
export { DIPS_ROLES, RESH_SYSTEM, type DipsRole, type OrganisationUnit } from './personalities/dips-roles.js';
export { DIPS_PROFILES } from './personalities/dips-profiles.js';
export type { RequestLogEntry } from './log.js';
export { CODE_LIFETIME_MS } from './tokens.js';
export { DEFAULT_PAGE_SIZE } from './fhir/search.js';
export { MAX_BATCH_ENTRIES, MAX_BATCH_SEARCH_RESULTS, MAX_BODY_BYTES, MAX_FHIR_BODY_BYTES } from './limits.js';
