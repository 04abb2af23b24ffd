/// <reference types="vite/client" />

// The settings read at build (or dev) time; see src/config.ts.
interface ImportMetaEnv {
  /** The client id the EHR registered the app under. */
  readonly VITE_SMART_CLIENT_ID?: string;
  /** The FHIR base URLs the app may be launched from, comma-separated. */
  readonly VITE_ISS_ALLOWLIST?: string;
  /** The local sandbox's origin, set by `npm run dev`. */
  readonly VITE_SANDBOX_ORIGIN?: string;
}
