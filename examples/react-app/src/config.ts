// Where this app may be launched from: the local sandbox's three FHIR servers (one per EHR
// personality), as in the clinician app. A real deployment lists its EHRs' FHIR base URLs instead.

/** The sandbox's FHIR base paths, one per personality (packages/sandbox/src/personalities). */
const SANDBOX_FHIR_PATHS = [
  '/smart-v2/fhir',
  '/epic/api/FHIR/R4',
  '/oracle-health/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d',
];

/** `VITE_SANDBOX_ORIGIN` at build or dev time; several origins may be given, separated by commas. */
const origins = (import.meta.env.VITE_SANDBOX_ORIGIN || 'http://127.0.0.1:4000')
  .split(',')
  .map((origin) => origin.trim().replace(/\/+$/, ''))
  .filter(Boolean);

export const CLIENT_ID = 'samspill-dev';

/** Relative to the launch page. */
export const REDIRECT_URI = 'index.html';

export const ISS_ALLOWLIST: readonly string[] = origins.flatMap((origin) =>
  SANDBOX_FHIR_PATHS.map((path) => origin + path),
);
