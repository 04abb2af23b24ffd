// Who the app is to the EHR, and which EHRs may launch it.

/**
 * The client id the EHR registered the app under: `VITE_SMART_CLIENT_ID` at build time. The sandbox
 * knows `samspill-dev`, a public client that accepts any redirect URI on 127.0.0.1 or localhost.
 */
export const CLIENT_ID = import.meta.env.VITE_SMART_CLIENT_ID || 'samspill-dev';

/** Where the EHR sends the user back after sign-in, relative to launch.html: the app page. */
export const REDIRECT_URI = 'index.html';

/** The sandbox's FHIR servers, one per EHR personality (SMART v2, Epic, Oracle Health). */
const SANDBOX_FHIR_PATHS = [
  '/smart-v2/fhir',
  '/epic/api/FHIR/R4',
  '/oracle-health/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d',
];

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean);

/**
 * The FHIR base URLs (`iss`) the app may be launched from; any other is refused before anything is
 * sent to it. Your EHRs' bases go in `VITE_ISS_ALLOWLIST` (comma-separated) at build time. The local
 * sandbox is trusted only when `VITE_SANDBOX_ORIGIN` says where it is, as `npm run dev` does: a
 * production build never trusts an EHR on 127.0.0.1.
 */
export const ISS_ALLOWLIST: readonly string[] = [
  ...list(import.meta.env.VITE_ISS_ALLOWLIST),
  ...list(import.meta.env.VITE_SANDBOX_ORIGIN).flatMap((origin) => SANDBOX_FHIR_PATHS.map((path) => origin + path)),
];
