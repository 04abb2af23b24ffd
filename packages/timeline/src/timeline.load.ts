// The data step of the timeline: one search per resource type in the patient compartment, a few at
// once, in pages as large as the server gives (up to 1 000), with `_include` only where it names
// what the events show (medicines, the organisation of an encounter), through core's PatientLoad:
// types the source does not grant are not asked for, and failures are kept next to what loaded,
// each with its type and, from a merged source, its origin. A long record streams: `onProgress` gets
// what has arrived after each page and each settled search.
import type { Resource } from 'fhir/r4.js';
import {
  PatientLoad,
  type FhirSource,
  type Include,
  type LoadedPatientData,
  type PatientLoadOptions,
} from '@samspill/core/data.js';
import { ProgressTally, type TimelineProgress } from './timeline.progress.js';

export type { TimelineProgress } from './timeline.progress.js';

export interface LoadTimelineOptions extends PatientLoadOptions {
  /** The types to search; `TIMELINE_TYPES` when left out. Pages each follows: `TIMELINE_PAGE_LIMIT` unless told. */
  readonly types?: readonly string[];
  /**
   * Called with everything so far after each page and each search that settles, so the first screen
   * can show before the last page is in. A callback that throws is ignored: it never stops loading.
   */
  readonly onProgress?: (progress: TimelineProgress) => void;
}

/**
 * Pages each search follows unless told: 20 000 resources of a type. A timeline is the whole record,
 * and it shows each page as it comes, so it reads further than a list that waits for the end.
 */
export const TIMELINE_PAGE_LIMIT = 200;

/**
 * The `_count` the timeline asks for. Servers cap it at what they allow (the sandbox at 1 000, many
 * EHRs lower) and answer with smaller pages; one that refuses is asked again at core's 100.
 */
export const TIMELINE_PAGE_SIZE = 1000;

/**
 * Searches at once: enough to keep a server busy, few enough that a browser's six connections to one
 * host are not all taken by the timeline while the other views load.
 */
export const TIMELINE_CONCURRENCY = 4;

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
  const load = new PatientLoad(source, patient, {
    pageLimit: TIMELINE_PAGE_LIMIT,
    pageSize: TIMELINE_PAGE_SIZE,
    ...loadOptions,
  });
  const searched = [...new Set(types ?? TIMELINE_TYPES)];
  const tally = new ProgressTally(searched.filter((type) => load.canRead(type)));
  const report = (): void => {
    if (!onProgress) return;
    try {
      onProgress(tally.progress);
    } catch {
      // The view's trouble; loading goes on.
    }
  };
  await atMost(TIMELINE_CONCURRENCY, searched, async (type) => {
    const result = await load.search(type, {
      includes: TIMELINE_INCLUDES[type] ?? [],
      ...(onProgress
        ? {
            onPage: (page: readonly Resource[], info: { readonly matches: number; readonly total?: number }) => {
              tally.page(type, page, info);
              report();
            },
          }
        : {}),
    });
    if (result.outcome.status !== 'not-granted') {
      const brought = [...result.resources, ...result.included];
      tally.settled(type, brought, result.resources.length, result.outcome.failures);
      report();
    }
  });
  return load.result();
}

/** Runs `task` for each of `items`, at most `limit` at a time, in order of the items. */
async function atMost<T>(limit: number, items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
