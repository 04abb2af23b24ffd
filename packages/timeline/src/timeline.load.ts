// The data step of the timeline: one search per resource type in the patient compartment, all at
// once, pages of 100, with `_include` only where it names what the events show (medicines, the
// organisation of an encounter). Failures are data, kept next to what loaded, each with its type and,
// from a merged source, its origin. Types `canRead` refuses are skipped, not failed. A long record
// streams: `onProgress` gets what has arrived after each page and each settled search.
import type { OperationOutcomeIssue, Resource } from 'fhir/r4';
import {
  LOADER_PAGE_SIZE,
  searchWithIncludes,
  type FhirSource,
  type SearchResult,
  type SourceFailure,
} from '@samspill/core/data.js';

export interface LoadTimelineOptions {
  readonly signal?: AbortSignal;
  /** Whether the session may read a resource type (its scopes); a refused type is skipped, not failed. */
  readonly canRead?: (resourceType: string) => boolean;
  /** Pages each search follows at most; `TIMELINE_PAGE_LIMIT` when left out. */
  readonly pageLimit?: number;
  /** The types to search; `TIMELINE_TYPES` when left out. */
  readonly types?: readonly string[];
  /**
   * Called with everything so far after each page and each search that settles, so the first screen
   * can show before the last page is in. A callback that throws is ignored: it never stops loading.
   */
  readonly onProgress?: (progress: TimelineProgress) => void;
}

/** What has arrived while the timeline loads. */
export interface TimelineProgress {
  /** Everything so far, deduplicated, in arrival order. */
  readonly resources: readonly Resource[];
  /** The failures of the searches settled so far. */
  readonly failures: readonly SourceFailure[];
  readonly searchesDone: number;
  readonly searchesTotal: number;
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

/**
 * Pages each search follows unless told: 20 000 resources of a type. A timeline is the whole record,
 * and it shows each page as it comes, so it reads further than a list that waits for the end.
 */
export const TIMELINE_PAGE_LIMIT = 200;

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
    pageLimit: options.pageLimit ?? TIMELINE_PAGE_LIMIT,
  };
  // An include may bring what the scopes refuse; it is kept out like a refused search.
  const kept = (result: SearchResult): Resource[] => [
    ...result.resources,
    ...result.included.filter((resource) => canRead(resource.resourceType)),
  ];
  const types = [...new Set(options.types ?? TIMELINE_TYPES)];
  const skipped = types.filter((type) => !canRead(type));
  const searched = types.filter(canRead);
  const progress = timelineProgress(searched.length, options.onProgress);
  const results = await Promise.all(
    searched.map(async (type) => {
      const includes = (TIMELINE_INCLUDES[type] ?? [])
        .filter(([, brings]) => canRead(brings))
        .map(([include]) => include);
      const onPage = (page: SearchResult): void => {
        progress.page(type, kept(page));
      };
      const result = await searchWithIncludes(source, type, { patient, _count: LOADER_PAGE_SIZE }, includes, {
        ...searchOptions,
        ...(options.onProgress ? { onPage } : {}),
      });
      progress.settled(type, kept(result), result.failures);
      return result;
    }),
  );
  return {
    resources: unique(results.flatMap(kept)),
    failures: results.flatMap((result) => result.failures),
    skipped,
    truncated: results.some((result) => result.truncated),
    issues: results.flatMap((result) => result.issues),
  };
}

/**
 * Collects what each search has brought so far and reports it. A search's pages are a preview that
 * its final result replaces when it settles, so the last report holds exactly what loaded.
 */
function timelineProgress(searchesTotal: number, onProgress: ((progress: TimelineProgress) => void) | undefined) {
  // By type, in the order each first brought something.
  const arrived = new Map<string, Resource[]>();
  const failures: SourceFailure[] = [];
  let searchesDone = 0;
  const report = (): void => {
    if (!onProgress) return;
    try {
      onProgress({
        resources: unique([...arrived.values()].flat()),
        failures: [...failures],
        searchesDone,
        searchesTotal,
      });
    } catch {
      // The view's trouble; loading goes on.
    }
  };
  return {
    page(type: string, resources: readonly Resource[]): void {
      arrived.set(type, [...(arrived.get(type) ?? []), ...resources]);
      report();
    },
    settled(type: string, resources: Resource[], searchFailures: readonly SourceFailure[]): void {
      arrived.set(type, resources);
      failures.push(...searchFailures);
      searchesDone += 1;
      report();
    },
  };
}

/** The resources without repeats (the same object brought by two searches), first come first. */
function unique(resources: readonly Resource[]): Resource[] {
  return [...new Set(resources)];
}
