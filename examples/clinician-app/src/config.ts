// Where this app may be launched from. For development and the end-to-end tests that is the local
// sandbox: its four FHIR servers (one per EHR personality) on the sandbox origin. A real deployment
// lists its EHRs' FHIR base URLs here instead, and the gateway keys of those behind one (DIPS).

/** The sandbox's FHIR base paths, one per personality (packages/sandbox/src/personalities). */
const SANDBOX_FHIR_PATHS = [
  '/smart-v2/fhir',
  '/epic/api/FHIR/R4',
  '/oracle-health/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d',
  '/dips/fhir',
];

/** DIPS's API gateway wants the app's subscription key on every request; the sandbox's built-in one by default. */
const DIPS_SUBSCRIPTION_KEY = import.meta.env.VITE_DIPS_SUBSCRIPTION_KEY || 'samspill-dips-subscription-key';

/**
 * `VITE_SANDBOX_ORIGIN` at build or dev time (`VITE_SANDBOX_ORIGIN=http://127.0.0.1:4100 pnpm dev`);
 * several origins may be given, separated by commas.
 */
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

/** The gateway key for a FHIR base, for the EHRs behind one: sent there only, never to another EHR. */
export function subscriptionKey(fhirBaseUrl: string): string | undefined {
  return origins.some((origin) => fhirBaseUrl === `${origin}/dips/fhir`) ? DIPS_SUBSCRIPTION_KEY : undefined;
}
