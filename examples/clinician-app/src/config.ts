// Where this app may be launched from. For development and the end-to-end tests that is the local
// sandbox: its four FHIR servers (one per EHR personality) on the sandbox origin, and its national
// services. A real deployment lists its EHRs' FHIR base URLs here instead, the gateway keys of those
// behind one (DIPS), and HelseID's issuer and the national FHIR base it was given.

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
const origins = originList(import.meta.env.VITE_SANDBOX_ORIGIN || 'http://127.0.0.1:4000');

/**
 * The sandbox origins whose national services the app shows beside the EHR's records:
 * `VITE_NATIONAL_ORIGINS` (comma-separated, empty for none), every sandbox origin when it is not set.
 */
const nationalOrigins = new Set(
  import.meta.env.VITE_NATIONAL_ORIGINS === undefined ? origins : originList(import.meta.env.VITE_NATIONAL_ORIGINS),
);

function originList(text: string): string[] {
  return text
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

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

/**
 * Where the national services are for a launch from `fhirBaseUrl`: HelseID, which exchanges the launch's
 * token, and the national FHIR base (PLL, Kjernejournal). The sandbox's own, on the sandbox the app was
 * launched from; nothing when that sandbox's are not to be shown.
 */
export function nationalServices(fhirBaseUrl: string): { issuer: string; resource: string } | undefined {
  const origin = origins.find((candidate) => fhirBaseUrl.startsWith(`${candidate}/`));
  return origin !== undefined && nationalOrigins.has(origin)
    ? { issuer: `${origin}/helseid`, resource: `${origin}/nasjonal/fhir` }
    : undefined;
}
