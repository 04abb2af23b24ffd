import { formatDate, formatHumanName, formatPeriod, formatCodeableConcept } from '@samspill/core/data.js';
import type { Encounter, Patient, Practitioner, Resource } from 'fhir/r4.js';

/** What the launcher offers to pick from, read from the sandbox's data. */
export interface LauncherChoices {
  readonly patients: readonly { id: string; label: string }[];
  readonly practitioners: readonly { id: string; label: string }[];
  readonly encounters: readonly { id: string; patient: string; label: string }[];
  readonly personalities: readonly string[];
  /** The roles a DIPS user logs in with (organisation / department); the first is the default. */
  readonly roles: readonly { id: string; label: string }[];
  readonly faults: readonly { name: string; description: { nb: string; en: string } }[];
}

export function launcherChoices(
  resources: readonly Resource[],
  personalities: readonly string[],
  faults: LauncherChoices['faults'],
  roles: LauncherChoices['roles'] = [],
): LauncherChoices {
  const of = <T extends Resource>(type: T['resourceType']) =>
    resources.filter((resource): resource is T & { id: string } => resource.resourceType === type && !!resource.id);
  return {
    patients: of<Patient>('Patient').map((patient) => ({
      id: patient.id,
      label: [formatHumanName(patient.name) || patient.id, formatDate(patient.birthDate)].filter(Boolean).join(', '),
    })),
    practitioners: of<Practitioner>('Practitioner').map((practitioner) => ({
      id: practitioner.id,
      label: formatHumanName(practitioner.name) || practitioner.id,
    })),
    encounters: of<Encounter>('Encounter').flatMap((encounter) => {
      const patient = /^Patient\/([^/]+)$/.exec(encounter.subject?.reference ?? '')?.[1];
      if (!patient) return [];
      const what = formatCodeableConcept(encounter.type?.[0]) || encounter.class.display || encounter.class.code || '';
      const label = [what, formatPeriod(encounter.period)].filter(Boolean).join(', ') || encounter.id;
      return [{ id: encounter.id, patient, label }];
    }),
    personalities,
    roles,
    faults,
  };
}
