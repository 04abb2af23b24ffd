// A search's page callback is the caller's code, run in the middle of the search: whatever it does,
// the search goes on.
import type { SearchOptions, SearchResult } from './fhir-source.js';

/** Hands `page` to `options.onPage`, if any; a callback that throws is ignored. */
export function reportPage(options: SearchOptions | undefined, page: SearchResult): void {
  try {
    options?.onPage?.(page);
  } catch {
    // The caller's trouble; the final result still brings everything.
  }
}
