// How each resource type a view asked for went: loaded, not granted, failed or cut short. A view
// shows the data and, beside it, these outcomes — the same way in every component.
import type { SourceFailure } from '../source/fhir-source.js';

/**
 * `loaded`: everything came. `truncated`: the page limit stopped the search; what came is shown.
 * `not-granted`: the app may not read the type, so it was not asked for. `failed`: the source
 * answered with a failure (`failures` says which); what came before it is shown.
 */
export const SEARCH_OUTCOME_STATUSES = ['loaded', 'truncated', 'not-granted', 'failed'] as const;

export type SearchOutcomeStatus = (typeof SEARCH_OUTCOME_STATUSES)[number];

export interface SearchOutcome {
  readonly resourceType: string;
  /**
   * `search`: a search the view made for its own rows. `reference`: resources its rows refer to,
   * brought by an `_include` or read by reference (the medicine of a prescription, a plan's goals).
   */
  readonly via: 'search' | 'reference';
  readonly status: SearchOutcomeStatus;
  /** How many resources came. */
  readonly count: number;
  /** The typed problems of a `failed` outcome; empty otherwise. */
  readonly failures: readonly SourceFailure[];
}

/** Every failure of `outcomes`, in order. */
export function failuresOf(outcomes: readonly SearchOutcome[]): SourceFailure[] {
  return outcomes.flatMap((outcome) => outcome.failures);
}

/** The types not granted, in the order asked; only those reached `via` one way when given. */
export function notGrantedTypes(outcomes: readonly SearchOutcome[], via?: SearchOutcome['via']): string[] {
  const types = outcomes
    .filter((outcome) => outcome.status === 'not-granted' && (via === undefined || outcome.via === via))
    .map((outcome) => outcome.resourceType);
  return [...new Set(types)];
}

/** Whether `resourceType` was not granted (however it was asked for). */
export function isNotGranted(outcomes: readonly SearchOutcome[], resourceType: string): boolean {
  return outcomes.some((outcome) => outcome.status === 'not-granted' && outcome.resourceType === resourceType);
}
