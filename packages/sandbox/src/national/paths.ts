// Where the national services live on the sandbox's origin. HelseID's own paths (`/connect/token`,
// `/.well-known/openid-configuration`) under a `/helseid` prefix, so a client written against HelseID's
// documentation finds what it expects; the national FHIR endpoint beside it, as PLL and Kjernejournal
// stand beside the EHR rather than behind it.

export const HELSEID_PREFIX = '/helseid';
export const HELSEID_DISCOVERY_PATH = `${HELSEID_PREFIX}/.well-known/openid-configuration`;
export const HELSEID_JWKS_PATH = `${HELSEID_DISCOVERY_PATH}/jwks`;
export const HELSEID_TOKEN_PATH = `${HELSEID_PREFIX}/connect/token`;

/** The national FHIR endpoint: the patient's national medication list (PLL) and critical information. */
export const NATIONAL_FHIR_PATH = '/nasjonal/fhir';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/** What the national endpoint serves, and so the scopes an exchange can ask for. */
export const NATIONAL_TYPES = ['MedicationStatement', 'Medication', 'AllergyIntolerance', 'Flag'] as const;
export const NATIONAL_SCOPES: readonly string[] = NATIONAL_TYPES.map((type) => `patient/${type}.rs`);

export function helseIdIssuer(origin: string): string {
  return origin + HELSEID_PREFIX;
}

export function nationalFhirBase(origin: string): string {
  return origin + NATIONAL_FHIR_PATH;
}
