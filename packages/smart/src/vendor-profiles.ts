// What differs between EHR vendors at launch time, as data: PKCE, the scope dialect, refresh-token
// rotation and where launch state may live. Detection reads `iss` and the discovery document.
import type { ScopeDialect } from './scopes.js';

export interface VendorProfile {
  readonly name: string;
  /** `required`: always S256, advertised or not. `auto`: S256 when discovery advertises it. `none`: never, for a server that refuses it. */
  readonly pkce: 'required' | 'auto' | 'none';
  /**
   * `false` where the server ignores the PKCE verifier (Oracle Health), so PKCE cannot stop a swapped
   * code: the launch then asks for `openid`, sends a nonce and refuses an id_token without it. Default `true`.
   */
  readonly checksPkce?: boolean;
  readonly scopeDialect: ScopeDialect;
  /** Which refresh scope to ask for: Epic issues refresh tokens for `offline_access` only. */
  readonly refreshScope: 'online' | 'offline';
  /** Whether a refresh answers with a new refresh token; when false, keep the first one. */
  readonly rotatesRefreshToken: boolean;
  /** `memory` where the embedding browser may share sessionStorage between app instances. */
  readonly storage: 'session' | 'memory';
  /**
   * The header an API gateway in front of the FHIR server reads the app's subscription key from (DIPS:
   * Azure API Management's `Ocp-Apim-Subscription-Key`). Sent only when the app passes `subscriptionKey`.
   */
  readonly subscriptionKeyHeader?: string;
}

/** Azure API Management's own header for a subscription key, for a profile that names none. */
export const DEFAULT_SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

/** Epic (Helseplattformen). v1 scopes: the registration's "SMART scope version" decides, and v1 is what Nordic installs grant. */
export const EPIC: VendorProfile = {
  name: 'epic',
  pkce: 'required',
  scopeDialect: 'v1',
  refreshScope: 'offline',
  rotatesRefreshToken: true,
  storage: 'session',
};

/**
 * Oracle Health (Cerner Millennium): v1 scopes, the first refresh token is kept, and PowerChart's
 * embedded browser shares sessionStorage. Its authorization server implements no PKCE: S256 is sent
 * (ignored today, checked the day it is implemented) and the code is bound by the id_token's nonce.
 */
export const ORACLE_HEALTH: VendorProfile = {
  name: 'oracle-health',
  pkce: 'required',
  checksPkce: false,
  scopeDialect: 'v1',
  refreshScope: 'online',
  rotatesRefreshToken: false,
  storage: 'memory',
};

/**
 * DIPS Arena (Helse Nord, Helse Vest, Helse Sør-Øst): the DIPS Federation Service (IdentityServer) with
 * PKCE S256, v1 scopes (`patient/*.read`), `offline_access`, rotating refresh tokens, and an Azure API
 * Management gateway in front of the FHIR API that wants the app's subscription key on every call.
 */
export const DIPS: VendorProfile = {
  name: 'dips',
  pkce: 'required',
  scopeDialect: 'v1',
  refreshScope: 'offline',
  rotatesRefreshToken: true,
  storage: 'session',
  subscriptionKeyHeader: DEFAULT_SUBSCRIPTION_KEY_HEADER,
};

/** Any server that follows SMART App Launch 2.x. */
export const SMART_V2: VendorProfile = {
  name: 'smart-v2',
  pkce: 'required',
  scopeDialect: 'v2',
  refreshScope: 'online',
  rotatesRefreshToken: true,
  storage: 'session',
};

/**
 * The app's key for an API gateway in front of a FHIR server (DIPS): one key, or the key for a FHIR base
 * (`iss`), for an app launched from several EHRs of which only some sit behind a gateway.
 */
export type SubscriptionKey = string | ((fhirBaseUrl: string) => string | undefined);

/** The key to send to `fhirBaseUrl`, if any. */
export function subscriptionKeyFor(key: SubscriptionKey | undefined, fhirBaseUrl: string): string | undefined {
  return typeof key === 'function' ? key(fhirBaseUrl) : key;
}

export type VendorMatcher = (iss: string, smartConfiguration: unknown) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(config: unknown, key: string): string {
  if (!isRecord(config) || !Object.hasOwn(config, key)) return '';
  const value = config[key];
  return typeof value === 'string' ? value : '';
}

function listField(config: unknown, key: string): readonly unknown[] | undefined {
  if (!isRecord(config) || !Object.hasOwn(config, key)) return undefined;
  const value = config[key];
  return Array.isArray(value) ? value : undefined;
}

const EPIC_FHIR_PATH = /\/api\/FHIR\/(R4|STU3|DSTU2)\/?$/i;
const EPIC_OAUTH = /\/interconnect-[^/]*\/oauth2\/|\.epic\.com\//i;
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ORACLE_FHIR_PATH = new RegExp(`/(r4|dstu2)/${GUID}/?$`, 'i');
const ORACLE_AUTHORIZE = /^https?:\/\/authorization\.cerner\.com\/|\/tenants\/[^/]+\/protocols\/oauth2\//i;

// DIPS: its own hosts; the sandbox's personality, which serves everything under /dips/; the DIPS
// Federation Service, an IdentityServer at …/dips.oauth; and the grant types only it has.
const DIPS_HOST = /(^|\.)dips\.no$/i;
const DIPS_FIRST_SEGMENT = /^\/dips(\/|$)/i;
const DIPS_FEDERATION = /\/dips\.oauth(\/|$)/i;
const DIPS_GRANT = /^(urn:dips:|https?:\/\/dips\.no\/)/i;

function urlOf(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function pathOf(iss: string): string {
  try {
    const url = new URL(iss);
    return `${url.host}${url.pathname}`;
  } catch {
    return '';
  }
}

export const isEpic: VendorMatcher = (iss, config) =>
  EPIC_FHIR_PATH.test(pathOf(iss)) ||
  EPIC_OAUTH.test(stringField(config, 'authorization_endpoint')) ||
  EPIC_OAUTH.test(stringField(config, 'token_endpoint'));

export const isOracleHealth: VendorMatcher = (iss, config) => {
  if (ORACLE_FHIR_PATH.test(pathOf(iss))) return true;
  return ORACLE_AUTHORIZE.test(stringField(config, 'authorization_endpoint'));
};

export const isDips: VendorMatcher = (iss, config) => {
  const url = urlOf(iss);
  if (url !== undefined && (DIPS_HOST.test(url.hostname) || DIPS_FIRST_SEGMENT.test(url.pathname))) return true;
  const federation = ['issuer', 'authorization_endpoint', 'token_endpoint'].some((name) =>
    DIPS_FEDERATION.test(urlOf(stringField(config, name))?.pathname ?? ''),
  );
  const grants = listField(config, 'grant_types_supported') ?? [];
  return federation || grants.some((grant) => typeof grant === 'string' && DIPS_GRANT.test(grant));
};

/**
 * The scope dialect to ask `profile`'s server in: the profile's, except that a server whose discovery
 * names only `permission-v1` gets v1 scopes (an older SMART server that would refuse `.rs`).
 */
export function scopeDialectFor(profile: VendorProfile, smartConfiguration: unknown): ScopeDialect {
  const capabilities = listField(smartConfiguration, 'capabilities') ?? [];
  const v1Only = capabilities.includes('permission-v1') && !capabilities.includes('permission-v2');
  return v1Only ? 'v1' : profile.scopeDialect;
}

export interface VendorRegistry {
  /** Add a profile; later registrations are tried before earlier ones and before the built-in vendors. */
  registerVendor(profile: VendorProfile, matcher: VendorMatcher): void;
  /** The first matching profile, or `SMART_V2`. A matcher that throws counts as no match. */
  detectVendor(iss: string, smartConfiguration: unknown): VendorProfile;
  /** The profile registered (or built in) under `name`. */
  vendorNamed(name: string): VendorProfile | undefined;
}

/** A registry with Epic, Oracle Health and DIPS built in. Each call makes a separate one (tests, several apps). */
export function createVendorRegistry(): VendorRegistry {
  // Tried last to first: DIPS's signs are its own, Epic's and Oracle Health's are URL shapes.
  const entries: { profile: VendorProfile; matcher: VendorMatcher }[] = [
    { profile: ORACLE_HEALTH, matcher: isOracleHealth },
    { profile: EPIC, matcher: isEpic },
    { profile: DIPS, matcher: isDips },
  ];
  return {
    registerVendor(profile, matcher) {
      entries.push({ profile, matcher });
    },
    detectVendor(iss, smartConfiguration) {
      for (const { profile, matcher } of [...entries].reverse()) {
        try {
          if (matcher(iss, smartConfiguration)) return profile;
        } catch {
          // An app's matcher must not break the launch; try the next.
        }
      }
      return SMART_V2;
    },
    vendorNamed(name) {
      return (
        [...entries].reverse().find(({ profile }) => profile.name === name)?.profile ??
        (name === SMART_V2.name ? SMART_V2 : undefined)
      );
    },
  };
}

/** Detection with the built-in vendors only. */
export function detectVendor(iss: string, smartConfiguration: unknown): VendorProfile {
  return createVendorRegistry().detectVendor(iss, smartConfiguration);
}

export const DISCOVERY_PROBLEMS = [
  'not-an-object',
  'missing-token-endpoint',
  'missing-authorization-endpoint',
  'plain-pkce-advertised',
  'no-s256',
  'missing-capabilities',
] as const;

export type DiscoveryProblemCode = (typeof DISCOVERY_PROBLEMS)[number];

export interface DiscoveryProblem {
  readonly code: DiscoveryProblemCode;
  /** `error`: a launch with this profile cannot work. `warning`: it can, but the server is not conformant. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** What is wrong with a `.well-known/smart-configuration` document, for `profile` (default `SMART_V2`). */
export function checkDiscovery(smartConfiguration: unknown, profile: VendorProfile = SMART_V2): DiscoveryProblem[] {
  if (!isRecord(smartConfiguration)) {
    return [{ code: 'not-an-object', severity: 'error', message: 'The discovery document is not a JSON object.' }];
  }
  const problems: DiscoveryProblem[] = [];
  if (stringField(smartConfiguration, 'token_endpoint').trim() === '') {
    problems.push({ code: 'missing-token-endpoint', severity: 'error', message: 'No token_endpoint.' });
  }
  if (stringField(smartConfiguration, 'authorization_endpoint').trim() === '') {
    problems.push({
      code: 'missing-authorization-endpoint',
      severity: 'error',
      message: 'No authorization_endpoint, so no EHR or standalone launch.',
    });
  }
  const methods = listField(smartConfiguration, 'code_challenge_methods_supported') ?? [];
  if (methods.includes('plain')) {
    problems.push({
      code: 'plain-pkce-advertised',
      severity: 'warning',
      message: 'code_challenge_methods_supported lists "plain", which SMART forbids; S256 is used regardless.',
    });
  }
  // A profile that knows its server ignores PKCE (Oracle Health) binds the code by the nonce instead.
  if (profile.pkce === 'required' && profile.checksPkce !== false && !methods.includes('S256')) {
    // Not fatal: the launch sends S256 regardless, and a server without PKCE ignores it (older Epic
    // installs do not advertise it).
    problems.push({
      code: 'no-s256',
      severity: 'warning',
      message: `The ${profile.name} profile requires PKCE, but S256 is not advertised; it is sent anyway.`,
    });
  }
  if (listField(smartConfiguration, 'capabilities') === undefined) {
    problems.push({ code: 'missing-capabilities', severity: 'warning', message: 'No capabilities array.' });
  }
  return problems;
}
