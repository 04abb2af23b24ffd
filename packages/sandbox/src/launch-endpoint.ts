// `POST /launch`: what the EHR does before it opens an app, as an HTTP call for the launcher page and
// for tests in other processes. `createLaunch` is the same for code holding the sandbox.
import { isFault } from './faults.js';
import { sendJson, type Request, type Response } from './http.js';
import type { LaunchOptions } from './launches.js';
import { PERSONALITIES } from './personalities/index.js';
import { PERSONALITY_NAMES, type PersonalityName } from './personalities/personality-name.js';
import type { SandboxState } from './state.js';

/** What an app's launch URL needs: `?iss=…&launch=…`. */
export interface CreatedLaunch {
  readonly id: string;
  readonly iss: string;
  readonly launch: string;
}

/** Throws for a role the personality does not have: a launch is never quietly given another role. */
export function createLaunchIn(state: SandboxState, options: LaunchOptions): CreatedLaunch {
  const problem = roleProblem(options);
  if (problem !== undefined) throw new Error(problem);
  const launch = state.launches.create(options);
  return { id: launch.id, iss: state.origin + PERSONALITIES[options.personality].paths.fhir, launch: launch.id };
}

export async function launchEndpoint(state: SandboxState, request: Request, response: Response): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, { error: 'POST a JSON launch context.' });
    return;
  }
  const options = launchOptions(request.body);
  if (typeof options === 'string') {
    sendJson(response, 400, { error: options });
    return;
  }
  if (
    options.patient !== undefined &&
    !(await state.source.read(`Patient/${options.patient.replace(/^Patient\//, '')}`)).resource
  ) {
    sendJson(response, 400, { error: `Patient ${options.patient} is not in the sandbox's data.` });
    return;
  }
  sendJson(response, 201, createLaunchIn(state, options), { 'Cache-Control': 'no-store' });
}

/** Why the launch's role is not one of its personality's, or undefined. */
export function roleProblem(options: LaunchOptions): string | undefined {
  if (options.role === undefined) return undefined;
  const roles = PERSONALITIES[options.personality].roles ?? [];
  if (roles.some((role) => role.id === options.role)) return undefined;
  return roles.length === 0
    ? `${options.personality} has no roles to choose; leave role out.`
    : `Unknown role ${JSON.stringify(options.role)}; ${options.personality} knows ${roles.map((role) => role.id).join(', ')}.`;
}

function launchOptions(body: string): LaunchOptions | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'The body must be JSON.';
  }
  if (typeof value !== 'object' || value === null) return 'The body must be a JSON object.';
  const input = value as Record<string, unknown>;
  const personality = input.personality ?? 'smart-v2';
  if (!PERSONALITY_NAMES.includes(personality as PersonalityName))
    return `personality must be one of ${PERSONALITY_NAMES.join(', ')}.`;
  const text = (name: string): string | undefined | false => {
    const field = input[name];
    return field === undefined ? undefined : typeof field === 'string' ? field : false;
  };
  const patient = text('patient');
  const practitioner = text('practitioner');
  const encounter = text('encounter');
  const intent = text('intent');
  const role = text('role');
  if (patient === false || practitioner === false || encounter === false || intent === false || role === false)
    return 'patient, practitioner, encounter, intent and role must be strings.';
  const fault = input.fault;
  if (fault !== undefined && !isFault(fault)) return `Unknown fault ${JSON.stringify(fault)}.`;
  const fhirContext = input.fhirContext;
  if (
    fhirContext !== undefined &&
    (!Array.isArray(fhirContext) || !fhirContext.every((item) => typeof item === 'string'))
  )
    return 'fhirContext must be an array of references.';
  const banner = input.needPatientBanner;
  if (banner !== undefined && typeof banner !== 'boolean') return 'needPatientBanner must be a boolean.';
  const options: LaunchOptions = {
    personality: personality as PersonalityName,
    ...(patient !== undefined && { patient }),
    ...(practitioner !== undefined && { practitioner }),
    ...(encounter !== undefined && { encounter }),
    ...(intent !== undefined && { intent }),
    ...(fault !== undefined && { fault }),
    ...(fhirContext !== undefined && { fhirContext: fhirContext }),
    ...(banner !== undefined && { needPatientBanner: banner }),
    ...(role !== undefined && { role }),
  };
  return roleProblem(options) ?? options;
}
