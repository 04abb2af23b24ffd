// What the global setup hands every e2e test file.

export interface ExpectedPatient {
  /** As formatHumanName renders it. */
  readonly name: string;
  /** The fødselsnummer or D-nummer as formatIdentifier masks it. */
  readonly maskedId: string;
  /** The unmasked number, which must never show. */
  readonly fullId: string;
}

export interface E2eContext {
  /** The built clinician app, served on 127.0.0.1. */
  readonly app: string;
  readonly sandbox: string;
  /** A sandbox whose access tokens expire at once. */
  readonly expiringSandbox: string;
  /** The shared Chromium. */
  readonly wsEndpoint: string;
  readonly patients: Readonly<Record<string, ExpectedPatient>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    clinicianApp: E2eContext;
  }
}
