// The launch page: check `iss` against the allowlist, discover the server, pick the vendor profile,
// and leave for the authorization server in this same window with a fresh `state`, PKCE and nonce.
import { codeBinding } from './code-binding.js';
import { advertisesDpop, fetchDiscovery, launchEndpoints } from './discovery.js';
import { browserEnvironment, type LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import { engineAuthorize } from './fhirclient-engine.js';
import { supportedLocale } from './launch-locale.js';
import { isAllowedIss, newState } from './launch-state.js';
import { requestScopes } from './scopes.js';
import { assertSecureEndpoint } from './secure-endpoint.js';
import { pruneLaunchRecords, saveLaunchRecord, type TokenStorage } from './session-store.js';
import {
  DEFAULT_SUBSCRIPTION_KEY_HEADER,
  createVendorRegistry,
  scopeDialectFor,
  subscriptionKeyFor,
  type SubscriptionKey,
  type VendorProfile,
  type VendorRegistry,
} from './vendor-profiles.js';

/** What Samspill's components read: the default when a launch names neither `scope` nor `resourceTypes`. */
export const COMPONENT_RESOURCE_TYPES = [
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'Medication',
  'MedicationRequest',
  'MedicationStatement',
  'MedicationDispense',
  'CarePlan',
  'CareTeam',
  'Goal',
  'Condition',
  'Observation',
  'Encounter',
  'Procedure',
  'DiagnosticReport',
  'DocumentReference',
  'Immunization',
  'AllergyIntolerance',
  'Appointment',
  'ServiceRequest',
  'Task',
] as const;

export interface LaunchOptions {
  readonly clientId: string;
  /** Where the authorization server sends the user back; relative to the launch page or absolute. */
  readonly redirectUri: string;
  /** The FHIR servers this app may be launched from, compared exactly; any other `iss` is refused. */
  readonly issAllowlist: readonly string[];
  /** The server for a standalone launch, used when the page was opened without `?iss=`. */
  readonly iss?: string;
  /** The exact scope to ask for. Default: read access to `resourceTypes` in the vendor's dialect. */
  readonly scope?: string;
  /** Default `COMPONENT_RESOURCE_TYPES`. */
  readonly resourceTypes?: readonly string[];
  /** `auto` (default) detects the vendor from `iss` and discovery; a name picks a registered profile. */
  readonly vendor?: string;
  /** Profiles of the app's own, tried before the built-in ones. */
  readonly vendors?: VendorRegistry;
  /** `required` sends S256 whatever the profile says; default: the profile's mode. */
  readonly pkce?: 'required' | 'auto';
  /** Where the tokens will live after ready(); default: the profile's choice. */
  readonly tokenStorage?: TokenStorage;
  /**
   * DPoP (RFC 9449), which binds the tokens to a key only this browser holds. `auto` (default): when the
   * server advertises ES256 proofs, and a Bearer token if the server issues one anyway. `required`: always,
   * and a Bearer token is refused (`dpop-token-type-mismatch`): the national services (HelseID) take only
   * DPoP-bound tokens. `off`: never, for a server that advertises DPoP but whose FHIR API does not take
   * DPoP-bound tokens.
   */
  readonly dpop?: 'auto' | 'required' | 'off';
  /**
   * The app's key for an API gateway in front of the FHIR server (DIPS): sent with the discovery request
   * under `iss`, in the profile's `subscriptionKeyHeader` (default `Ocp-Apim-Subscription-Key`). It is
   * never stored: pass it to `ready()` as well, which sends it with every FHIR request. A function gives
   * each FHIR base (`iss`) its own key, or none.
   */
  readonly subscriptionKey?: SubscriptionKey;
  /** Default: this browser window. */
  readonly environment?: LaunchEnvironment;
}

/**
 * Starts a SMART launch (EHR launch with `?iss=&launch=`, or standalone with `options.iss`) and
 * navigates to the authorization server. Rejects with a `SmartError` before leaving the page when
 * the launch cannot work: no launch parameters, an `iss` not on the allowlist, failed discovery.
 */
export async function launch(options: LaunchOptions): Promise<void> {
  const environment = options.environment ?? browserEnvironment();
  const page = new URL(environment.location());
  const launchId = page.searchParams.get('launch') ?? undefined;
  // The EHR's `lang` would be lost in the redirect: it travels in the launch record instead.
  const lang = supportedLocale(page.searchParams.get('lang'));
  const iss = page.searchParams.get('iss') ?? (launchId === undefined ? options.iss : undefined);
  if (iss === undefined || iss.trim() === '') {
    throw new SmartError(
      'no-launch-params',
      launchId === undefined
        ? 'The page was opened without ?iss= and no standalone iss is configured.'
        : 'launch without iss.',
    );
  }
  if (!isAllowedIss(iss, options.issAllowlist)) {
    throw new SmartError('iss-not-allowed', `${iss} is not on the iss allowlist.`);
  }
  assertSecureEndpoint(iss, 'FHIR server');
  const storage = environment.sessionStorage();
  if (!storage)
    throw new SmartError('no-launch-params', 'sessionStorage is not available, so the launch cannot be resumed.');

  // The profile, and with it the gateway's header name, is known only after discovery: a profile
  // named up front gives its own, else APIM's default.
  const named = options.vendor === undefined || options.vendor === 'auto' ? undefined : vendorProfile(options, iss, {});
  const key = subscriptionKeyFor(options.subscriptionKey, iss);
  const discoveryHeaders =
    key === undefined ? undefined : { [named?.subscriptionKeyHeader ?? DEFAULT_SUBSCRIPTION_KEY_HEADER]: key };
  const config = await fetchDiscovery(iss, discoveryHeaders);
  const profile = vendorProfile(options, iss, config);
  const dpop = dpopMode(options.dpop, config);
  const endpoints = launchEndpoints(iss, config, profile);
  const redirectUri = new URL(options.redirectUri, page).href;
  const binding = codeBinding(
    profile,
    config,
    options.pkce ?? profile.pkce,
    options.scope ??
      requestScopes(options.resourceTypes ?? COMPONENT_RESOURCE_TYPES, scopeDialectFor(profile, config), {
        launch: launchId === undefined ? 'standalone' : 'ehr',
        refresh: profile.refreshScope,
      }),
  );
  if (binding.nonceRequired && (endpoints.issuer === undefined || endpoints.jwks === undefined)) {
    throw new SmartError(
      'discovery-failed',
      `The ${profile.name} profile binds the code with the id_token's nonce, but discovery names no issuer or jwks_uri to verify it.`,
    );
  }
  const state = newState();
  let authorization: Awaited<ReturnType<typeof engineAuthorize>>;
  try {
    authorization = await engineAuthorize({
      iss,
      launch: launchId,
      clientId: options.clientId,
      redirectUri,
      scope: binding.scope,
      stateKey: state,
      pkce: binding.pkce,
      discoveryHeaders,
    });
  } catch (error) {
    throw new SmartError('discovery-failed', error instanceof Error ? error.message : String(error), { cause: error });
  }

  const now = environment.now();
  pruneLaunchRecords(storage, now);
  saveLaunchRecord(storage, state, {
    createdAt: now,
    vendor: profile.name,
    tokenStorage: options.tokenStorage ?? profile.storage,
    fhirBaseUrl: iss,
    clientId: options.clientId,
    tokenUri: endpoints.token,
    redirectUri,
    ...(lang !== undefined && { lang }),
    ...(endpoints.issuer !== undefined && { issuer: endpoints.issuer }),
    ...(endpoints.jwks !== undefined && { jwksUri: endpoints.jwks }),
    ...(binding.nonce !== undefined && { nonce: binding.nonce, nonceRequired: binding.nonceRequired }),
    ...(dpop !== undefined && { dpop }),
    ...(profile.subscriptionKeyHeader !== undefined && { subscriptionKeyHeader: profile.subscriptionKeyHeader }),
    engineState: { ...authorization.state, tokenUri: endpoints.token },
  });
  // fhirclient joins the endpoint as discovery wrote it; a relative one is resolved like the others.
  // It knows no nonce, so the nonce is added here.
  const authorizeUrl = new URL(authorization.url, `${iss.replace(/\/+$/, '')}/`);
  if (binding.nonce !== undefined) authorizeUrl.searchParams.set('nonce', binding.nonce);
  // OpenID's way to ask the sign-in pages for the same language.
  if (lang !== undefined) authorizeUrl.searchParams.set('ui_locales', lang);
  environment.navigate(authorizeUrl.href);
}

/** Whether this launch binds its tokens with DPoP, and how firmly; a `dpop-unsupported` SmartError when it must and cannot. */
function dpopMode(option: LaunchOptions['dpop'], config: unknown): 'required' | 'offered' | undefined {
  const hasWebCrypto = (globalThis.crypto as Crypto | undefined)?.subtle !== undefined;
  if (option === 'required') {
    if (!hasWebCrypto) {
      throw new SmartError(
        'dpop-unsupported',
        'The app requires DPoP, but this page has no WebCrypto (crypto.subtle).',
      );
    }
    return 'required';
  }
  if (option === 'off') return undefined;
  // Offered by the server, not required by it: without WebCrypto the launch goes on with Bearer.
  return hasWebCrypto && advertisesDpop(config) ? 'offered' : undefined;
}

function vendorProfile(options: LaunchOptions, iss: string, config: unknown): VendorProfile {
  const vendors = options.vendors ?? createVendorRegistry();
  if (options.vendor === undefined || options.vendor === 'auto') return vendors.detectVendor(iss, config);
  const named = vendors.vendorNamed(options.vendor);
  if (!named) throw new TypeError(`No vendor profile named ${options.vendor}.`);
  return named;
}
