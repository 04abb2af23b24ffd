// Whether the patient's allergies were checked at all. A prescriber reads an empty allergy list as
// "none": so the view must know when it is empty because nothing is recorded, and when because the
// app was not granted allergies or their search failed, and say the second loudly.
import type { SearchOutcome, SourceFailure } from '@samspill/core/data.js';

/**
 * `checked`: the search came back (or the data was given directly). `not-granted`: the app may not
 * read allergies. `failed`: the search failed and nothing came. `partly-failed`: some came, but a
 * server (one organisation of several) failed.
 */
export const ALLERGY_CHECKS = ['checked', 'not-granted', 'failed', 'partly-failed'] as const;
export type AllergyCheckStatus = (typeof ALLERGY_CHECKS)[number];

export interface AllergyCheck {
  readonly status: AllergyCheckStatus;
  /** What failed, for the view to name (the organisation, the reason); empty unless failed. */
  readonly failures: readonly SourceFailure[];
}

export const CHECKED: AllergyCheck = { status: 'checked', failures: [] };

/** The AllergyIntolerance search's own outcome: how the view's rows were searched. */
export function isAllergySearch(outcome: SearchOutcome): boolean {
  return outcome.resourceType === 'AllergyIntolerance' && outcome.via === 'search';
}

/** How the allergy search went, from a load's outcomes; without one (data given directly), checked. */
export function allergyCheck(outcomes: readonly SearchOutcome[] = []): AllergyCheck {
  const searches = outcomes.filter(isAllergySearch);
  const failures = searches
    .flatMap((outcome) => outcome.failures)
    .filter((failure) => failure.kind !== 'aborted' && failure.kind !== 'not-granted');
  const count = searches.reduce((sum, outcome) => sum + outcome.count, 0);
  if (failures.length > 0) return { status: count > 0 ? 'partly-failed' : 'failed', failures };
  if (searches.length > 0 && searches.every((outcome) => outcome.status === 'not-granted'))
    return { status: 'not-granted', failures: [] };
  return CHECKED;
}

/** A failed outcome of the allergy search: what a load that threw amounts to. */
export function failedAllergySearch(failures: readonly SourceFailure[]): SearchOutcome {
  return { resourceType: 'AllergyIntolerance', via: 'search', status: 'failed', count: 0, failures };
}
