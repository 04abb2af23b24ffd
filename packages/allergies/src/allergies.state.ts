// The load as core's state view shows it. Core words a type not granted as a quiet line and a
// failed search as "Noe kunne ikke hentes"; for allergies neither is enough, so the allergy search's
// own outcome is taken out here and the view's "kunne ikke sjekkes" notice (from the model's
// `check`) says it instead. Everything else — loading, the other types' failures, searches cut short,
// the language fallback — stays core's.
import type { DataState, DataStatus } from '@samspill/core';
import type { SourceFailure } from '@samspill/core/data.js';
import { isAllergySearch } from './allergies.check.js';

const quiet = (failure: SourceFailure): boolean => failure.kind === 'aborted' || failure.kind === 'not-granted';

/**
 * `state` without the allergy search's outcome and failures. A load that threw (`error`, no data)
 * becomes data: `unchecked(failures)`, a model that says the allergies could not be checked.
 */
export function allergyState<T>(
  state: DataState<T>,
  unchecked: (failures: readonly SourceFailure[]) => T,
): DataState<T> {
  const retry = (): void => {
    state.retry();
  };
  if (state.status === 'error' && state.data === undefined) {
    return {
      status: 'data',
      data: unchecked(state.failures),
      outcomes: [],
      failures: [],
      languageFallback: state.languageFallback,
      retry,
    };
  }
  if (state.status !== 'data' && state.status !== 'partial' && state.status !== 'empty') return state;
  // A search cut short at its page limit stays: core says how many came, and that there are more.
  const outcomes = state.outcomes.filter((outcome) => !isAllergySearch(outcome) || outcome.status === 'truncated');
  const own = new Set(state.outcomes.filter(isAllergySearch).flatMap((outcome) => outcome.failures));
  const failures = state.failures.filter((failure) => !own.has(failure));
  const status: DataStatus =
    state.status === 'empty' ? 'empty' : failures.some((failure) => !quiet(failure)) ? 'partial' : 'data';
  return { status, data: state.data, outcomes, failures, languageFallback: state.languageFallback, retry };
}
