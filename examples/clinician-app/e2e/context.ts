// What the global setup hands every e2e test file.
import type { ExpectedRecords } from './expected-records.js';

/** What the restricted sandbox's registration leaves out: the care plan's goals. */
export const WITHHELD_TYPES = ['Goal'] as const;

export interface ExpectedPatient extends ExpectedRecords {
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
  /** The built React app (examples/react-app), served on 127.0.0.1. */
  readonly reactApp: string;
  readonly sandbox: string;
  /** A sandbox whose access tokens expire at once. */
  readonly expiringSandbox: string;
  /** A sandbox where the app is registered for every type it reads but `WITHHELD_TYPES`. */
  readonly restrictedSandbox: string;
  /** A sandbox whose national services (HelseID, PLL, Kjernejournal) the app shows beside the EHR's records. */
  readonly nationalSandbox: string;
  /** The shared Chromium. */
  readonly wsEndpoint: string;
  readonly patients: Readonly<Record<string, ExpectedPatient>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    clinicianApp: E2eContext;
  }
}
