// The client registry: which apps may ask for tokens, where they may be sent back to, and how they
// prove who they are at the token endpoint.
import { timingSafeEqual } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';

export type ClientAuth =
  | { readonly type: 'public' }
  | { readonly type: 'client_secret_basic'; readonly secret: string }
  | { readonly type: 'private_key_jwt'; readonly jwks: JSONWebKeySet };

export interface Client {
  readonly id: string;
  /** Exact redirect URIs; the built-in dev client instead takes any on localhost. */
  readonly redirectUris: readonly string[];
  /**
   * The app's launch URLs, which the launcher may open (compared by origin and path). Apps on
   * localhost and 127.0.0.1 need none.
   */
  readonly launchUrls?: readonly string[];
  readonly auth: ClientAuth;
  /**
   * Scopes the client may be granted: it gets the requested scopes as far as these reach. Default:
   * `DEFAULT_ALLOWED_SCOPES`, reading only.
   */
  readonly allowedScopes?: readonly string[];
  /**
   * Epic grants what the registration lists, not what was asked for, in v1 form with duplicate
   * mixed-case entries; this is that list. Default: `EPIC_REGISTERED_SCOPES`.
   */
  readonly epicScopes?: readonly string[];
  /** Epic's "Requires persistent access": refresh tokens only when registered so (default true). */
  readonly persistentAccess?: boolean;
  /**
   * The API subscription key the app sends in `Ocp-Apim-Subscription-Key` to DIPS's FHIR API, where
   * the gateway wants one. Default: `DEFAULT_SUBSCRIPTION_KEY`, which is always valid.
   */
  readonly subscriptionKey?: string;
}

export const DEV_CLIENT_ID = 'samspill-dev';

/**
 * The subscription key of the built-in client and of every client registered without one: the dips
 * gateway takes it, and the keys clients are registered with (`Client.subscriptionKey`).
 */
export const DEFAULT_SUBSCRIPTION_KEY = 'samspill-dips-subscription-key';

const LOCAL_REDIRECT = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^#]*)?$/;

const DEV_CLIENT: Client = { id: DEV_CLIENT_ID, redirectUris: [], auth: { type: 'public' } };

/**
 * What a client registered without `allowedScopes` may be granted, samspill-dev among them: launch
 * context, identity, refresh, and reading (v2 `rs`, which also covers v1 `read`) in the patient and
 * user contexts. No writing (the FHIR server only reads) and no `system/` scopes (no backend services).
 */
export const DEFAULT_ALLOWED_SCOPES = [
  'launch',
  'launch/patient',
  'launch/encounter',
  'openid',
  'fhirUser',
  'profile',
  'online_access',
  'offline_access',
  'patient/*.rs',
  'user/*.rs',
] as const;

export const EPIC_REGISTERED_SCOPES = [
  'user/Patient.read',
  'user/Patient.Read',
  'user/MedicationRequest.read',
  'user/MedicationRequest.Read',
  'user/MedicationStatement.read',
  'user/Medication.read',
  'user/CarePlan.read',
  'user/CarePlan.Read',
  'user/Encounter.read',
  'user/Encounter.Read',
  'user/Observation.read',
  'user/Observation.Read',
  'user/Condition.read',
  'user/AllergyIntolerance.read',
  'user/Practitioner.read',
  'user/Organization.read',
] as const;

/**
 * Why a URI cannot be registered as a redirect URI, or undefined when it can: absolute http(s), and no
 * fragment (RFC 6749 §3.1.2). Registered URIs are compared exactly, so anything looser would never match.
 */
export function redirectUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an absolute http(s) URL';
  if (uri.includes('#')) return 'must not have a #fragment';
  return undefined;
}

export interface ClientRegistry {
  get(id: string): Client | undefined;
  redirectAllowed(client: Client, redirectUri: string): boolean;
  /**
   * Whether an API gateway takes this subscription key: the default or any client's own. As in Azure
   * API Management, a subscription is not tied to the OAuth client whose token comes with it.
   */
  subscriptionKeyKnown(key: string): boolean;
}

export function createClientRegistry(clients: readonly Client[] = []): ClientRegistry {
  const byId = new Map<string, Client>([[DEV_CLIENT_ID, DEV_CLIENT], ...clients.map((c) => [c.id, c] as const)]);
  const keys = [DEFAULT_SUBSCRIPTION_KEY, ...clients.flatMap((client) => client.subscriptionKey ?? [])];
  return {
    get: (id) => byId.get(id),
    subscriptionKeyKnown: (key) => keys.some((known) => sameText(known, key)),
    redirectAllowed(client, redirectUri) {
      if (client.id === DEV_CLIENT_ID) return LOCAL_REDIRECT.test(redirectUri);
      return client.redirectUris.includes(redirectUri);
    },
  };
}

// A key compared in constant time, so the time of a refusal says nothing about how much of it was right.
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
