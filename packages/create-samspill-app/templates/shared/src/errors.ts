// What the error screen says: a sentence for the person in front of the screen, the stable code for
// support, and (in development only) the detail for you.
import type { Locale } from '@samspill/core/data.js';
import { isSmartError, messageFor } from '@samspill/smart';

export interface ErrorReport {
  /** A SmartError's code (`iss-not-allowed`, `token-expired`, …), or `unknown`. */
  readonly code: string;
  /** For the user, in their language. */
  readonly message: string;
  /** For the developer: a SmartError's detail is redacted (no tokens, no codes). */
  readonly detail: string;
}

export function errorReport(error: unknown, locale: Locale): ErrorReport {
  if (isSmartError(error)) return { code: error.code, message: messageFor(error, locale), detail: error.detail };
  return {
    code: 'unknown',
    message: messageFor(error, locale),
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}

/** Logs the detail for the developer, once, wherever the error is shown. */
export function logError(error: unknown): void {
  console.warn(isSmartError(error) ? error.message : error);
}
