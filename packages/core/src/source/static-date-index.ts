import type { Resource } from 'fhir/r4.js';
import { parseDate } from './search-match.js';
import type { SearchParamDefinition } from './search-paths.js';
import type { SearchValues } from './search-values.js';
import type { Narrower } from './narrowing.js';

/** One resource's reach in time for a parameter: the earliest and latest instant any of its ranges touches. */
interface Span {
  readonly position: number;
  readonly earliest: number;
  readonly latest: number;
}

/**
 * By date: every prefix but `ne` needs a range that reaches past a bound of the search value
 * (`rangeMatches`): `eq`, `gt`, `ge` and `sa` a range touching an instant at or after the value's start;
 * `lt`, `le` and `eb` one touching an instant at or before its end. Resources sorted by their latest
 * and by their earliest instant give those as one binary search. A resource with no date for the
 * parameter matches no date filter, so it is left out.
 */
export function dateNarrower(
  resources: readonly Resource[],
  param: SearchParamDefinition,
  values: SearchValues,
): Narrower {
  const spans: Span[] = [];
  resources.forEach((resource, position) => {
    const ranges = values.dateRanges(resource, param);
    if (ranges.length === 0) return;
    // min/max of start and end alike: a Period written backwards still counts where it touches.
    const instants = ranges.flatMap((range) => [range.start, range.end]);
    spans.push({ position, earliest: Math.min(...instants), latest: Math.max(...instants) });
  });
  const byLatest = [...spans].sort((a, b) => a.latest - b.latest);
  const byEarliest = [...spans].sort((a, b) => a.earliest - b.earliest);
  return (value) => {
    const search = parseDate(value);
    if (search === undefined || search.prefix === 'ne') return undefined;
    const { start, end } = search.range;
    const after = search.prefix === 'eq' || search.prefix === 'gt' || search.prefix === 'ge' || search.prefix === 'sa';
    const reaching = after
      ? byLatest.slice(firstAtLeast(byLatest, (span) => span.latest >= start))
      : byEarliest.slice(
          0,
          firstAtLeast(byEarliest, (span) => span.earliest > end),
        );
    return {
      size: reaching.length,
      positions: () => reaching.map((span) => span.position).sort((a, b) => a - b),
    };
  };
}

/** The first index at which `reached` holds, in a list sorted so that it holds from some index on. */
function firstAtLeast<T>(sorted: readonly T[], reached: (item: T) => boolean): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(sorted[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}
