import type { LauncherChoices } from './launcher-choices.js';

/** One EHR launch as the launcher's form or a deep link asks for it. */
export interface LaunchRequest {
  readonly app: string;
  readonly patient: string;
  readonly personality: string;
  readonly practitioner?: string;
  readonly encounter?: string;
  readonly fault?: string;
  /** The DIPS role (organisation / department); only a personality with roles uses it. */
  readonly role?: string;
}

export type LaunchRequestResult = { readonly request: LaunchRequest } | { readonly error: string };

/**
 * Reads `/launcher?app=…&patient=…&personality=…&fault=…&practitioner=…&encounter=…&role=…`. Anything left out
 * takes a default (the first patient, `smart-v2`, no fault); anything named that does not exist is
 * an error, so a typo in a test or bookmark is reported rather than silently replaced.
 */
export function readLaunchRequest(
  query: URLSearchParams,
  choices: LauncherChoices,
  isFault: (name: string) => boolean = (name) => choices.faults.some((fault) => fault.name === name),
): LaunchRequestResult {
  const app = query.get('app')?.trim() ?? '';
  let url: URL;
  try {
    url = new URL(app);
  } catch {
    return { error: `app must be the app's launch URL, for example http://127.0.0.1:5173/launch.html` };
  }
  // Only web pages: never a javascript: or data: URL from a crafted link.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'app must be an http or https URL' };

  const pick = (name: string, known: readonly string[], fallback?: string): string | undefined | Error => {
    const value = query.get(name)?.trim();
    if (!value) return fallback;
    return known.includes(value)
      ? value
      : new Error(`Unknown ${name} "${value}"; known: ${known.join(', ') || 'none'}`);
  };
  const patientIds = choices.patients.map((patient) => patient.id);
  const patient = pick('patient', patientIds, patientIds[0]);
  const personality = pick('personality', choices.personalities, 'smart-v2');
  const practitioner = pick(
    'practitioner',
    choices.practitioners.map((p) => p.id),
  );
  const encounter = pick(
    'encounter',
    choices.encounters.filter((e) => e.patient === patient).map((e) => e.id),
  );
  const role = pick(
    'role',
    choices.roles.map((r) => r.id),
  );
  const faultName = query.get('fault')?.trim();
  const fault = !faultName || isFault(faultName) ? faultName || undefined : new Error(`Unknown fault "${faultName}"`);
  for (const value of [patient, personality, practitioner, encounter, fault, role]) {
    if (value instanceof Error) return { error: value.message };
  }
  if (typeof patient !== 'string') return { error: 'The sandbox has no patients to launch with.' };
  return {
    request: {
      app: url.href,
      patient,
      personality: personality as string,
      ...(typeof practitioner === 'string' ? { practitioner } : {}),
      ...(typeof encounter === 'string' ? { encounter } : {}),
      ...(typeof fault === 'string' ? { fault } : {}),
      ...(typeof role === 'string' ? { role } : {}),
    },
  };
}
