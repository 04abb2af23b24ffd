// Faults a launch can carry, so an app can be tried against what goes wrong in a real EHR. The ids of
// the first group are smart-launcher-v2's, so tests written for it read the same here.

export const FAULTS = {
  auth_invalid_client_id: {
    nb: 'Autorisasjonen avviser klient-id-en.',
    en: 'The authorization endpoint rejects the client id.',
  },
  auth_invalid_redirect_uri: {
    nb: 'Autorisasjonen avviser redirect-URI-en.',
    en: 'The authorization endpoint rejects the redirect URI.',
  },
  auth_invalid_scope: {
    nb: 'Autorisasjonen avviser de forespurte scopene.',
    en: 'The authorization endpoint rejects the requested scopes.',
  },
  auth_invalid_client_secret: {
    nb: 'Tokenendepunktet avviser klientens hemmelighet.',
    en: 'The token endpoint rejects the client secret.',
  },
  token_invalid_token: {
    nb: 'Tokenendepunktet avviser autorisasjonskoden.',
    en: 'The token endpoint rejects the authorization code.',
  },
  token_expired_refresh_token: {
    nb: 'Fornyingstokenet er utløpt.',
    en: 'The refresh token has expired.',
  },
  token_invalid_scope: {
    nb: 'Tokenendepunktet avviser scopene.',
    en: 'The token endpoint rejects the scopes.',
  },
  request_invalid_token: {
    nb: 'FHIR-serveren avviser tilgangstokenet (401).',
    en: 'The FHIR server rejects the access token (401).',
  },
  request_expired_token: {
    nb: 'FHIR-serveren sier at tilgangstokenet er utløpt (401).',
    en: 'The FHIR server says the access token has expired (401).',
  },
  latency: {
    nb: 'Hvert FHIR-svar kommer 1,5 sekunder forsinket.',
    en: 'Every FHIR response is 1.5 seconds late.',
  },
  rate_limit: {
    nb: 'Første FHIR-forespørsel får 429 med Retry-After: 2.',
    en: 'The first FHIR request gets 429 with Retry-After: 2.',
  },
  server_error: { nb: 'FHIR-serveren svarer 500.', en: 'The FHIR server answers 500.' },
  unavailable: { nb: 'FHIR-serveren svarer 503.', en: 'The FHIR server answers 503.' },
  malformed_json: {
    nb: 'FHIR-serveren svarer 200 med ødelagt JSON.',
    en: 'The FHIR server answers 200 with broken JSON.',
  },
  dropped_connection: {
    nb: 'Forbindelsen brytes midt i svaret.',
    en: 'The connection is dropped in the middle of the response.',
  },
  national_unavailable: {
    nb: 'HelseID svarer 503: de nasjonale tjenestene (PLL, Kjernejournal) er utilgjengelige.',
    en: 'HelseID answers 503: the national services (PLL, Kjernejournal) are unavailable.',
  },
  'forbidden_type:<ResourceType>': {
    nb: 'Én valgt ressurstype gir 403.',
    en: 'One chosen resource type answers 403.',
  },
} as const satisfies Record<string, { nb: string; en: string }>;

export type FaultId = Exclude<keyof typeof FAULTS, 'forbidden_type:<ResourceType>'>;

/** A fault as stored on a launch. */
export type Fault = FaultId | `forbidden_type:${string}`;

export const LATENCY_MS = 1500;

export function isFault(value: unknown): value is Fault {
  if (typeof value !== 'string') return false;
  if (value.startsWith('forbidden_type:')) return /^forbidden_type:[A-Z][A-Za-z]+$/.test(value);
  return value in FAULTS && !value.includes('<');
}

/** The type a `forbidden_type:` fault refuses. */
export function forbiddenType(fault: Fault | undefined): string | undefined {
  return fault?.startsWith('forbidden_type:') ? fault.slice('forbidden_type:'.length) : undefined;
}
