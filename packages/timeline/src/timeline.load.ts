// The data step of the timeline: one search per resource type in the patient compartment, all at
// once, pages of 100, with `_include` only where it names what the events show (medicines, the
// organisation of an encounter). Failures are data, kept next to what loaded, each with its type and,
// from a merged source, its origin. Types `canRead` refuses are skipped, not failed.
import type { OperationOutcomeIssue, Resource } from 'fhir/r4';
import { LOADER_PAGE_SIZE, searchWithIncludes, type FhirSource, type SourceFailure } from '@samspill/core/data.js';

export interface LoadTimelineOptions {
  readonly signal?: AbortSignal;
  /** Whether the session may read a resource type (its scopes); a refused type is skipped, not failed. */
  readonly canRead?: (resourceType: string) => boolean;
  /** Pages each search follows at most (the source's default when left out). */
  readonly pageLimit?: number;
  /** The types to search; `TIMELINE_TYPES` when left out. */
  readonly types?: readonly string[];
}

export interface LoadedTimeline {
  /** What the searches matched and included: the model's input. */
  readonly resources: Resource[];
  /** Every search that failed, each with its resource type (and origin, from a merged source). */
  readonly failures: SourceFailure[];
  /** Resource types not asked for because `canRead` refused them: worth a notice, not an error. */
  readonly skipped: string[];
  /** Some search stopped at its page limit. */
  readonly truncated: boolean;
  readonly issues: OperationOutcomeIssue[];
}

/** The types the timeline searches, each in the patient compartment. */
export const TIMELINE_TYPES = [
  'Encounter',
  'Appointment',
  'Condition',
  'Procedure',
  'Observation',
  'DiagnosticReport',
  'DocumentReference',
  'Immunization',
  'MedicationRequest',
  'MedicationStatement',
  'CarePlan',
  'AllergyIntolerance',
] as const;

/** What a type's search `_include`s, with the type each brings. */
export const TIMELINE_INCLUDES: Readonly<Partial<Record<string, readonly (readonly [string, string])[]>>> = {
  Encounter: [['Encounter:service-provider', 'Organization']],
  MedicationRequest: [['MedicationRequest:medication', 'Medication']],
  MedicationStatement: [['MedicationStatement:medication', 'Medication']],
};

/**
 * Loads the resources of a patient's timeline. `patient` is the Patient's id or a `Patient/id`
 * reference. A source that rejects an `_include` as unsupported is asked again without it.
 */
export async function loadTimeline(
  source: FhirSource,
  patient: string,
  options: LoadTimelineOptions = {},
): Promise<LoadedTimeline> {
  const canRead = (type: string): boolean => {
    try {
      return options.canRead === undefined || options.canRead(type);
    } catch {
      return false;
    }
  };
  const searchOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageLimit === undefined ? {} : { pageLimit: options.pageLimit }),
  };
  const types = [...new Set(options.types ?? TIMELINE_TYPES)];
  const skipped = types.filter((type) => !canRead(type));
  const results = await Promise.all(
    types.filter(canRead).map(async (type) => {
      const includes = (TIMELINE_INCLUDES[type] ?? [])
        .filter(([, brings]) => canRead(brings))
        .map(([include]) => include);
      return searchWithIncludes(source, type, { patient, _count: LOADER_PAGE_SIZE }, includes, searchOptions);
    }),
  );
  const resources: Resource[] = [];
  const seen = new Set<Resource>();
  const add = (resource: Resource): void => {
    if (seen.has(resource)) return;
    seen.add(resource);
    resources.push(resource);
  };
  for (const result of results) {
    result.resources.forEach(add);
    // An include may bring what the scopes refuse; it is kept out like a refused search.
    for (const resource of result.included) if (canRead(resource.resourceType)) add(resource);
  }
  return {
    resources,
    failures: results.flatMap((result) => result.failures),
    skipped,
    truncated: results.some((result) => result.truncated),
    issues: results.flatMap((result) => result.issues),
  };
}
