// Launch contexts: who the EHR says is the patient, the user and the encounter, created before the app
// starts (`POST /launch`, `createLaunch`) and found again through the opaque `launch` parameter.
import type { Fault } from './faults.js';
import type { PersonalityName } from './personalities/personality-name.js';
import { randomToken } from './random.js';

export interface LaunchOptions {
  /** A Patient id, or `Patient/<id>`; absent for a launch with no patient in context. */
  readonly patient?: string;
  readonly practitioner?: string;
  readonly encounter?: string;
  readonly personality: PersonalityName;
  readonly fault?: Fault;
  readonly intent?: string;
  /** Extra context for `fhirContext`, as relative references (`CarePlan/123`). */
  readonly fhirContext?: readonly string[];
  readonly needPatientBanner?: boolean;
  /** The role the user works in (DIPS: a `DIPS_ROLES` id); the personality's default when absent. */
  readonly role?: string;
}

export interface LaunchContext {
  readonly id: string;
  readonly personality: PersonalityName;
  /** Bare ids. */
  readonly patient?: string;
  readonly practitioner?: string;
  readonly encounter?: string;
  readonly fault?: Fault;
  readonly intent?: string;
  readonly fhirContext: readonly string[];
  readonly needPatientBanner: boolean;
  readonly role?: string;
  /** Per-launch fault state: has the one rate-limited request been answered. */
  rateLimited: boolean;
}

export interface LaunchStore {
  create(options: LaunchOptions): LaunchContext;
  get(id: string): LaunchContext | undefined;
}

export function bareId(reference: string, type: string): string {
  return reference.startsWith(`${type}/`) ? reference.slice(type.length + 1) : reference;
}

export function createLaunchStore(): LaunchStore {
  const launches = new Map<string, LaunchContext>();
  return {
    create(options) {
      const launch: LaunchContext = {
        id: randomToken(),
        personality: options.personality,
        ...(options.patient !== undefined && { patient: bareId(options.patient, 'Patient') }),
        ...(options.practitioner !== undefined && { practitioner: bareId(options.practitioner, 'Practitioner') }),
        ...(options.encounter !== undefined && { encounter: bareId(options.encounter, 'Encounter') }),
        ...(options.fault !== undefined && { fault: options.fault }),
        ...(options.intent !== undefined && { intent: options.intent }),
        fhirContext: options.fhirContext ?? [],
        needPatientBanner: options.needPatientBanner ?? true,
        ...(options.role !== undefined && { role: options.role }),
        rateLimited: false,
      };
      launches.set(launch.id, launch);
      return launch;
    },
    get: (id) => launches.get(id),
  };
}
