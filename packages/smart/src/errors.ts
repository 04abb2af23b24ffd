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
] as const;

export type SmartErrorCode = (typeof SMART_ERROR_CODES)[number];

export function isSmartErrorCode(value: unknown): value is SmartErrorCode {
  return typeof value === 'string' && (SMART_ERROR_CODES as readonly string[]).includes(value);
}

// Secrets that show up in URLs, form bodies, JSON bodies and headers.
const SECRET_NAMES = 'access_token|refresh_token|id_token|code|code_verifier|client_secret|client_assertion|assertion';
const BEARER = /\b(Bearer)\s+[\w\-.~+/]+=*/gi;
const FORM_SECRET = new RegExp(`\\b(${SECRET_NAMES})=[^&\\s"',;]+`, 'gi');
const JSON_SECRET = new RegExp(`("(?:${SECRET_NAMES})"\\s*:\\s*)"[^"]*"`, 'gi');
// A JWT (JWS or JWE) always starts with base64url of `{"`.
const JWT = /\beyJ[\w-]*\.[\w-]+(?:\.[\w-]*){1,3}/g;

/** `text` with bearer tokens, `access_token=…`, `code=…` and the like, and JWT-looking strings replaced. */
export function redact(text: string): string {
  return text
    .replace(JWT, '[redacted]')
    .replace(BEARER, '$1 [redacted]')
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
const RETRY: ReadonlySet<string> = new Set<SmartErrorCode>(['discovery-failed', 'network', 'server-error']);
const CONTACT: ReadonlySet<string> = new Set<SmartErrorCode>([
  'iss-not-allowed',
  'insecure-endpoint',
  'forbidden',
  'not-found',
  'malformed-response',
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
