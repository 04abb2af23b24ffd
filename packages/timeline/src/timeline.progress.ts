// What has arrived while the timeline loads, search by search: the resources so far, how many
// matched, and what the servers said there would be ("1 200 av ca. 48 000"). Pure bookkeeping.
import type { Resource } from 'fhir/r4.js';
import type { SourceFailure } from '@samspill/core/data.js';

/** What has arrived while the timeline loads. */
export interface TimelineProgress {
  /** Everything so far, deduplicated, in arrival order. */
  readonly resources: readonly Resource[];
  /** The failures of the searches settled so far. */
  readonly failures: readonly SourceFailure[];
  readonly searchesDone: number;
  readonly searchesTotal: number;
  /** The searches' matches so far (not what they `_include`d). */
  readonly matched: number;
  /**
   * The matches to expect in all: the servers' totals added up (a settled search counts what it
   * brought). Undefined until every search has given a total or settled: a server need not say.
   */
  readonly expected?: number;
}

interface Search {
  resources: readonly Resource[];
  matched: number;
  total?: number;
  settled: boolean;
}

/** One page of a search: its resources (matches first) and what the page said. */
export interface ProgressPage {
  readonly matches: number;
  readonly total?: number;
}

/**
 * The progress of the searches of `types`. A search's pages are a preview that its final result
 * replaces when it settles, so the last report holds exactly what loaded.
 */
export class ProgressTally {
  // By type, in the order each first brought something.
  readonly #searches = new Map<string, Search>();
  readonly #failures: SourceFailure[] = [];
  readonly #types: readonly string[];
  #done = 0;

  constructor(types: readonly string[]) {
    this.#types = types;
  }

  page(type: string, resources: readonly Resource[], page: ProgressPage): void {
    const search = this.#search(type);
    search.resources = [...search.resources, ...resources];
    search.matched += page.matches;
    if (page.total !== undefined && search.total === undefined) search.total = page.total;
  }

  settled(type: string, resources: readonly Resource[], matched: number, failures: readonly SourceFailure[]): void {
    const search = this.#search(type);
    search.resources = resources;
    search.matched = matched;
    search.settled = true;
    this.#failures.push(...failures);
    this.#done += 1;
  }

  get progress(): TimelineProgress {
    const searches = [...this.#searches.values()];
    const known = this.#types.every((type) => {
      const search = this.#searches.get(type);
      return search !== undefined && (search.settled || search.total !== undefined);
    });
    const expected = searches.reduce(
      (sum, search) => sum + (search.settled ? search.matched : Math.max(search.total ?? 0, search.matched)),
      0,
    );
    return {
      resources: [...new Set(searches.flatMap((search) => search.resources))],
      failures: [...this.#failures],
      searchesDone: this.#done,
      searchesTotal: this.#types.length,
      matched: searches.reduce((sum, search) => sum + search.matched, 0),
      ...(known ? { expected } : {}),
    };
  }

  #search(type: string): Search {
    let search = this.#searches.get(type);
    if (!search) {
      search = { resources: [], matched: 0, settled: false };
      this.#searches.set(type, search);
    }
    return search;
  }
}
