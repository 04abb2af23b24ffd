// A personality is one EHR's way of speaking SMART: its URLs, what its discovery document says, which
// scopes and token fields it hands out and how. Everything vendor-specific lives behind this type.
import type { Resource } from 'fhir/r4.js';
import { DEFAULT_ALLOWED_SCOPES, type Client } from '../clients.js';
import { grantWithin } from '../scope-grant.js';
import { hasScope, parseResourceScope } from '../scopes.js';
import type { Grant } from '../tokens.js';
import type { DipsRole } from './dips-roles.js';
import type { PersonalityName } from './personality-name.js';

/** Absolute paths on the sandbox's origin. */
export interface PersonalityPaths {
  readonly fhir: string;
  readonly authorize: string;
  readonly token: string;
  readonly introspect: string;
  readonly jwks: string;
  readonly style: string;
}

export interface Personality {
  readonly name: PersonalityName;
  readonly paths: PersonalityPaths;
  /** `S256`: PKCE with S256 is required. `none`: the server implements no PKCE (Oracle Health). */
  readonly pkce: 'S256' | 'none';
  /** Seconds. */
  readonly accessTokenLifetime: number;
  /** Epic repeats the authorize request's `state` in the token response. */
  readonly echoesState: boolean;
  /** Whether a refresh answers with a new refresh token; Oracle Health keeps the first. */
  readonly rotatesRefreshTokens: boolean;
  /**
   * Epic grants `offline_access` (a refresh token comes) but leaves it out of the token response's
   * `scope` (client-js #138); clients that read the scope to decide on refresh then never refresh.
   */
  readonly hidesRefreshScopes: boolean;
  issuer(origin: string): string;
  smartConfiguration(origin: string): Record<string, unknown>;
  grantedScopes(requested: readonly string[], client: Client): string[];
  refreshAllowed(granted: readonly string[], client: Client): boolean;
  /** The id_token's and introspection's `fhirUser` for a Practitioner id. */
  fhirUser(practitionerId: string, origin: string): string;
  /** Launch-context fields of the token response beyond `patient`, `encounter` and `fhirContext`. */
  tokenExtras(grant: Grant, origin: string): Record<string, unknown>;
  readonly styleDocument: Readonly<Record<string, string>>;
  /** Claims of the id_token beyond `iss`, `aud`, `sub`, `fhirUser` and `nonce` (DIPS: the role). */
  identityExtras?(grant: Grant): Record<string, unknown>;
  /**
   * The roles a user works in, one picked at login (DIPS: organisation and department). A standalone
   * launch asks for one on the login page; an EHR launch carries it, or takes the first.
   */
  readonly roles?: readonly DipsRole[];
  /**
   * An API gateway in front of the FHIR server that wants this header, with a subscription key the
   * sandbox knows, on every FHIR request but discovery (DIPS: Azure API Management).
   */
  readonly subscriptionKeyHeader?: string;
  /** What the FHIR server makes of a resource it returns (DIPS: its profiles); default as stored. */
  readonly fhirView?: (resource: Resource) => Resource;
}

/** The requested scopes within the client's registration (`allowedScopes`, or the default set). */
export function allowedScopes(requested: readonly string[], client: Client): string[] {
  return grantWithin(requested, client.allowedScopes ?? DEFAULT_ALLOWED_SCOPES);
}

export function isResourceScope(scope: string): boolean {
  return parseResourceScope(scope) !== undefined;
}

export function refreshScopeGranted(granted: readonly string[]): boolean {
  return hasScope(granted, 'offline_access') || hasScope(granted, 'online_access');
}

/** A SMART style document (smart_style_url); one shape, colours per vendor. */
export function smartStyle(background: string, highlight: string): Record<string, string> {
  return {
    color_background: background,
    color_error: '#C12127',
    color_highlight: highlight,
    color_modal_backdrop: '',
    color_success: '#00A54F',
    color_text: '#212121',
    dim_border_radius: '4px',
    dim_font_size: '14px',
    dim_spacing_size: '8px',
    font_family_body: 'Arial, sans-serif',
    font_family_heading: "'Segoe UI', Arial, sans-serif",
  };
}
