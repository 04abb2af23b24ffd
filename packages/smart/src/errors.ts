// Everything that can go wrong in a SMART launch, as a stable code for programs, a detail for
// developers (never a token) and a sentence for the person in front of the screen.
import { defineCatalogue, type Locale } from '@samspill/core/data.js';

export const SMART_ERROR_CODES = [
  'no-launch-params',
  'iss-not-allowed',
  'insecure-endpoint',
  'discovery-failed',
  'authorize-denied',
  'state-mismatch',
  'token-failed',
  'token-expired',
  'refresh-failed',
  'forbidden',
  'not-found',
  'network',
  'server-error',
  'malformed-response',
  'dpop-unsupported',
  'dpop-key-lost',
  'dpop-proof-refused',
  'dpop-token-type-mismatch',
  'dpop-nonce-exhausted',
  'national-unavailable',
  'national-unsupported',
  'national-refused',
] as const;

export type SmartErrorCode = (typeof SMART_ERROR_CODES)[number];

export function isSmartErrorCode(value: unknown): value is SmartErrorCode {
  return typeof value === 'string' && (SMART_ERROR_CODES as readonly string[]).includes(value);
}

// Secrets that show up in URLs, form bodies, JSON bodies and headers.
const SECRET_NAMES =
  'access_token|refresh_token|id_token|subject_token|actor_token|code|code_verifier|client_secret|client_assertion|assertion';
const BEARER = /\b(Bearer)\s+[\w\-.~+/]+=*/gi;
// `DPoP <token>`, told apart from prose about "DPoP proofs" by a token's length.
const DPOP_TOKEN = /\b(DPoP)\s+(?=[\w\-.~+/]{20})[\w\-.~+/]+=*/g;
// An API gateway's subscription key (DIPS): as a header in a dump, or as APIM's query parameter.
const SUBSCRIPTION_KEY =
  /\b(ocp-apim-subscription-key|dips-subscription-key|subscription-key)(["']?\s*[:=]\s*["']?)[^\s&"',;]+/gi;
const FORM_SECRET = new RegExp(`\\b(${SECRET_NAMES})=[^&\\s"',;]+`, 'gi');
const JSON_SECRET = new RegExp(`("(?:${SECRET_NAMES})"\\s*:\\s*)"[^"]*"`, 'gi');
// A JWT (JWS or JWE) always starts with base64url of `{"`.
const JWT = /\beyJ[\w-]*\.[\w-]+(?:\.[\w-]*){1,3}/g;

/**
 * `text` with bearer and DPoP tokens, `access_token=…`, `code=…`, subscription keys and the like, and
 * JWT-looking strings (DPoP proofs among them) replaced.
 */
export function redact(text: string): string {
  return text
    .replace(JWT, '[redacted]')
    .replace(BEARER, '$1 [redacted]')
    .replace(DPOP_TOKEN, '$1 [redacted]')
    .replace(SUBSCRIPTION_KEY, '$1$2[redacted]')
    .replace(FORM_SECRET, '$1=[redacted]')
    .replace(JSON_SECRET, '$1"[redacted]"');
}

export interface SmartErrorOptions {
  readonly cause?: unknown;
  /** The HTTP status that led here, when there was one. */
  readonly status?: number;
}

/**
 * A failed SMART step. `code` is stable and safe to branch on; `detail` says what happened for a
 * developer and is redacted, so it can be logged. Show people `messageFor(error, locale)` instead.
 */
export class SmartError extends Error {
  readonly code: SmartErrorCode;
  readonly detail: string;
  readonly status: number | undefined;

  constructor(code: SmartErrorCode, detail: string, options: SmartErrorOptions = {}) {
    const safe = redact(detail);
    super(`${code}: ${safe}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SmartError';
    this.code = code;
    this.detail = safe;
    this.status = options.status;
  }
}

export function isSmartError(value: unknown): value is SmartError {
  return value instanceof SmartError;
}

const messages = defineCatalogue(
  {
    'no-launch-params': 'Appen må startes fra journalsystemet. Start den på nytt derfra.',
    'iss-not-allowed': 'Appen er ikke satt opp for dette journalsystemet. Kontakt brukerstøtte.',
    'insecure-endpoint':
      'Journalsystemet har en adresse uten sikker forbindelse (https), så appen kobler ikke til. Kontakt brukerstøtte.',
    'discovery-failed': 'Fant ikke påloggingstjenesten til journalsystemet. Prøv igjen om litt.',
    'authorize-denied': 'Tilgangen ble ikke gitt. Start appen på nytt hvis du vil prøve igjen.',
    'state-mismatch': 'Påloggingen kunne ikke bekreftes. Start appen på nytt fra journalsystemet.',
    'token-failed': 'Påloggingen mislyktes. Start appen på nytt fra journalsystemet.',
    'token-expired': 'Økten er utløpt. Start appen på nytt fra journalsystemet.',
    'refresh-failed': 'Økten kunne ikke fornyes. Start appen på nytt fra journalsystemet.',
    forbidden: 'Du har ikke tilgang til disse opplysningene. Kontakt brukerstøtte hvis du trenger tilgang.',
    'not-found': 'Fant ikke opplysningene i journalsystemet. Kontakt brukerstøtte hvis de skulle vært der.',
    network: 'Får ikke kontakt med journalsystemet. Sjekk nettverket og prøv igjen.',
    'server-error': 'Journalsystemet svarte med en feil. Prøv igjen om litt.',
    'malformed-response': 'Journalsystemet svarte med noe appen ikke forstår. Kontakt brukerstøtte.',
    'dpop-unsupported':
      'Nettleseren kan ikke holde nøkkelen som sikrer økten (WebCrypto eller IndexedDB mangler). Kontakt brukerstøtte.',
    'dpop-key-lost': 'Nøkkelen som sikrer økten, er borte fra nettleseren. Start appen på nytt fra journalsystemet.',
    'dpop-proof-refused':
      'Journalsystemet godtok ikke beviset på at økten hører til denne nettleseren. Start appen på nytt fra journalsystemet.',
    'dpop-token-type-mismatch':
      'Journalsystemet ga en tilgang som ikke er bundet til denne nettleseren, og det krever appen. Kontakt brukerstøtte.',
    'dpop-nonce-exhausted': 'Journalsystemet avviste forespørselen to ganger på rad. Prøv igjen om litt.',
    'national-unavailable':
      'Får ikke kontakt med de nasjonale tjenestene (legemiddellisten og kjernejournalen). Prøv igjen om litt.',
    'national-unsupported':
      'Appen er ikke satt opp for de nasjonale tjenestene (legemiddellisten og kjernejournalen). Kontakt brukerstøtte.',
    'national-refused':
      'De nasjonale tjenestene godtok ikke økten fra journalsystemet. Start appen på nytt fra journalsystemet.',
    unknown: 'Noe gikk galt. Start appen på nytt fra journalsystemet.',
  },
  {
    nn: {
      'no-launch-params': 'Appen må startast frå journalsystemet. Start han på nytt derifrå.',
      'iss-not-allowed': 'Appen er ikkje sett opp for dette journalsystemet. Kontakt brukarstøtte.',
      'insecure-endpoint':
        'Journalsystemet har ei adresse utan sikker tilkopling (https), så appen koplar ikkje til. Kontakt brukarstøtte.',
      'discovery-failed': 'Fann ikkje påloggingstenesta til journalsystemet. Prøv igjen om litt.',
      'authorize-denied': 'Tilgangen vart ikkje gitt. Start appen på nytt om du vil prøve igjen.',
      'state-mismatch': 'Pålogginga kunne ikkje stadfestast. Start appen på nytt frå journalsystemet.',
      'token-failed': 'Pålogginga mislukkast. Start appen på nytt frå journalsystemet.',
      'token-expired': 'Økta er utløpt. Start appen på nytt frå journalsystemet.',
      'refresh-failed': 'Økta kunne ikkje fornyast. Start appen på nytt frå journalsystemet.',
      forbidden: 'Du har ikkje tilgang til desse opplysningane. Kontakt brukarstøtte om du treng tilgang.',
      'not-found': 'Fann ikkje opplysningane i journalsystemet. Kontakt brukarstøtte om dei skulle vore der.',
      network: 'Får ikkje kontakt med journalsystemet. Sjekk nettverket og prøv igjen.',
      'server-error': 'Journalsystemet svarte med ein feil. Prøv igjen om litt.',
      'malformed-response': 'Journalsystemet svarte med noko appen ikkje forstår. Kontakt brukarstøtte.',
      'dpop-unsupported':
        'Nettlesaren kan ikkje halde nøkkelen som sikrar økta (WebCrypto eller IndexedDB manglar). Kontakt brukarstøtte.',
      'dpop-key-lost': 'Nøkkelen som sikrar økta, er borte frå nettlesaren. Start appen på nytt frå journalsystemet.',
      'dpop-proof-refused':
        'Journalsystemet godtok ikkje beviset på at økta høyrer til denne nettlesaren. Start appen på nytt frå journalsystemet.',
      'dpop-token-type-mismatch':
        'Journalsystemet gav ein tilgang som ikkje er bunden til denne nettlesaren, og det krev appen. Kontakt brukarstøtte.',
      'dpop-nonce-exhausted': 'Journalsystemet avviste førespurnaden to gonger på rad. Prøv igjen om litt.',
      'national-unavailable':
        'Får ikkje kontakt med dei nasjonale tenestene (legemiddellista og kjernejournalen). Prøv igjen om litt.',
      'national-unsupported':
        'Appen er ikkje sett opp for dei nasjonale tenestene (legemiddellista og kjernejournalen). Kontakt brukarstøtte.',
      'national-refused':
        'Dei nasjonale tenestene godtok ikkje økta frå journalsystemet. Start appen på nytt frå journalsystemet.',
      unknown: 'Noko gjekk gale. Start appen på nytt frå journalsystemet.',
    },
    en: {
      'no-launch-params': 'The app has to be started from the health record. Start it again from there.',
      'iss-not-allowed': 'The app is not set up for this health record system. Contact support.',
      'insecure-endpoint':
        'The health record system has an address without a secure connection (https), so the app does not connect. Contact support.',
      'discovery-failed': "Could not find the health record's sign-in service. Try again shortly.",
      'authorize-denied': 'Access was not granted. Start the app again if you want to retry.',
      'state-mismatch': 'The sign-in could not be verified. Start the app again from the health record.',
      'token-failed': 'Sign-in failed. Start the app again from the health record.',
      'token-expired': 'The session has expired. Start the app again from the health record.',
      'refresh-failed': 'The session could not be renewed. Start the app again from the health record.',
      forbidden: 'You do not have access to this information. Contact support if you need access.',
      'not-found': 'The information was not found in the health record. Contact support if it should be there.',
      network: 'Cannot reach the health record. Check the network and try again.',
      'server-error': 'The health record answered with an error. Try again shortly.',
      'malformed-response': 'The health record sent something the app does not understand. Contact support.',
      'dpop-unsupported':
        'This browser cannot hold the key that secures the session (WebCrypto or IndexedDB is missing). Contact support.',
      'dpop-key-lost':
        'The key that secures the session is gone from this browser. Start the app again from the health record.',
      'dpop-proof-refused':
        'The health record did not accept the proof that the session belongs to this browser. Start the app again from the health record.',
      'dpop-token-type-mismatch':
        'The health record issued access that is not bound to this browser, which the app requires. Contact support.',
      'dpop-nonce-exhausted': 'The health record turned the request away twice in a row. Try again shortly.',
      'national-unavailable':
        'Cannot reach the national services (the medication list and the summary care record). Try again shortly.',
      'national-unsupported':
        'The app is not set up for the national services (the medication list and the summary care record). Contact support.',
      'national-refused':
        'The national services did not accept the session from the health record. Start the app again from the health record.',
      unknown: 'Something went wrong. Start the app again from the health record.',
    },
  },
);

/**
 * What can help after a failure, for an error screen's action: `retry` (the server was busy or out of
 * reach: try again, the session survives a reload), `relaunch` (the launch or session is spent: start
 * the app again from the EHR) or `contact` (a setup or access problem a retry cannot mend: support).
 */
export type SmartRecovery = 'retry' | 'relaunch' | 'contact';

// Every other code, and anything that is not a SmartError, calls for a new launch.
const RETRY: ReadonlySet<string> = new Set<SmartErrorCode>([
  'discovery-failed',
  'network',
  'server-error',
  // Two nonce refusals in a row: the server rotated its nonce at that moment, or is busy.
  'dpop-nonce-exhausted',
  'national-unavailable',
]);
const CONTACT: ReadonlySet<string> = new Set<SmartErrorCode>([
  'iss-not-allowed',
  'insecure-endpoint',
  'forbidden',
  'not-found',
  'malformed-response',
  'dpop-unsupported',
  'dpop-token-type-mismatch',
  'national-unsupported',
]);

/** The next step that can help after `error` (see `SmartRecovery`); what `messageFor` says in words. */
export function recoveryFor(error: unknown): SmartRecovery {
  const code = isSmartError(error) ? error.code : error;
  return RETRY.has(code as string) ? 'retry' : CONTACT.has(code as string) ? 'contact' : 'relaunch';
}

/** A sentence for the user; anything that is not a `SmartError` (or a code) gets a generic one. */
export function messageFor(error: unknown, locale: Locale): string {
  const code = isSmartError(error) ? error.code : isSmartErrorCode(error) ? error : 'unknown';
  return messages[locale][code];
}
