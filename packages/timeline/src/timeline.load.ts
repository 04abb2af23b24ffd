// The data step of the timeline: one search per resource type in the patient compartment, all at
// once, pages of 100, with `_include` only where it names what the events show (medicines, the
// organisation of an encounter), through core's PatientLoad: types the source does not grant are
// not asked for, and failures are kept next to what loaded, each with its type and, from a merged
// source, its origin. A long record streams: `onProgress` gets what has arrived after each page and
// each settled search.
import type { Resource } from 'fhir/r4.js';
import {
  PatientLoad,
  type FhirSource,
  type Include,
  type LoadedPatientData,
  type PatientLoadOptions,
  type SourceFailure,
} from '@samspill/core/data.js';

export interface LoadTimelineOptions extends PatientLoadOptions {
  /** The types to search; `TIMELINE_TYPES` when left out. Pages each follows: `TIMELINE_PAGE_LIMIT` unless told. */
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
export const TIMELINE_INCLUDES: Readonly<Partial<Record<string, readonly Include[]>>> = {
  Encounter: [['Encounter:service-provider', ['Organization']]],
  MedicationRequest: [['MedicationRequest:medication', ['Medication']]],
  MedicationStatement: [['MedicationStatement:medication', ['Medication']]],
};

/**
 * Loads the resources of a patient's timeline: the model's input is `resources` and `related`
 * together. `patient` is the Patient's id or a `Patient/id` reference. A source that rejects an
 * `_include` as unsupported is asked again without it.
 */
export async function loadTimeline(
  source: FhirSource,
  patient: string,
  options: LoadTimelineOptions = {},
): Promise<LoadedPatientData> {
  const { types, onProgress, ...loadOptions } = options;
  const load = new PatientLoad(source, patient, { pageLimit: TIMELINE_PAGE_LIMIT, ...loadOptions });
  const searched = [...new Set(types ?? TIMELINE_TYPES)];
  const searchesTotal = searched.filter((type) => load.canRead(type)).length;
  const progress = timelineProgress(searchesTotal, onProgress);
  await Promise.all(
    searched.map(async (type) => {
      const result = await load.search(type, {
        includes: TIMELINE_INCLUDES[type] ?? [],
        ...(onProgress
          ? {
              onPage: (page: readonly Resource[]) => {
                progress.page(type, page);
              },
            }
          : {}),
      });
      if (result.outcome.status !== 'not-granted') {
        progress.settled(type, [...result.resources, ...result.included], result.outcome.failures);
      }
    }),
  );
  return load.result();
}

/**
 * Collects what each search has brought so far and reports it. A search's pages are a preview that
 * its final result replaces when it settles, so the last report holds exactly what loaded.
 */
function timelineProgress(searchesTotal: number, onProgress: ((progress: TimelineProgress) => void) | undefined) {
  // By type, in the order each first brought something.
  const arrived = new Map<string, readonly Resource[]>();
  const failures: SourceFailure[] = [];
  let searchesDone = 0;
  const report = (): void => {
    if (!onProgress) return;
    try {
      onProgress({
        resources: [...new Set([...arrived.values()].flat())],
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
    settled(type: string, resources: readonly Resource[], searchFailures: readonly SourceFailure[]): void {
      arrived.set(type, resources);
      failures.push(...searchFailures);
      searchesDone += 1;
      report();
    },
  };
}
