// The one way a view loads a patient's data from a FhirSource. A component says which searches it
// needs and which references to follow; this asks only for what the source grants, guards every
// call, keeps each resource once, and records one outcome per search and per referenced type.
import type { OperationOutcomeIssue, Resource } from 'fhir/r4.js';
import type { FhirSource, ReadInteraction, SearchParams, SearchResult, SourceFailure } from '../source/fhir-source.js';
import { parseReference, referenceText, resourceKey } from '../source/fhir-reference.js';
import { originOf } from '../source/merge-sources.js';
import { guardedRead, guardedSearch } from '../source/source-guard.js';
import type { SearchOutcome, SearchOutcomeStatus } from './search-outcome.js';

/** The `_count` a view asks for: the largest page most EHRs allow, so a long record takes few requests. */
export const LOADER_PAGE_SIZE = 100;

export interface PatientLoadOptions {
  readonly signal?: AbortSignal;
  /** Pages each search follows at most; the source's default when left out. */
  readonly pageLimit?: number;
  /**
   * The `_count` asked for, `LOADER_PAGE_SIZE` when left out. A server may answer with smaller pages;
   * one that refuses a larger `_count` (400, 422) is asked again with `LOADER_PAGE_SIZE`.
   */
  readonly pageSize?: number;
}

/** What a page said besides its resources: how many matches it had, and the server's total. */
export interface PatientSearchPage {
  /** The page's matches (the rest of its resources were `_include`d). */
  readonly matches: number;
  /** The server's `Bundle.total` for the whole search, when it gave one. */
  readonly total?: number;
}

/** An `_include` and the resource types it may bring. */
export type Include = readonly [include: string, brings: readonly string[]];

export interface PatientSearch {
  /** Parameters besides `patient` and `_count`. */
  readonly params?: SearchParams;
  /**
   * What to `_include`. One whose types may not be read is left out (and they are noted as not
   * granted); what an include brings of a type not granted is dropped; a server that does not support `_include` is asked again without, and the caller
   * reads the references instead.
   */
  readonly includes?: readonly Include[];
  /** Each page's matches (first) and includes as they arrive. A callback that throws is ignored. */
  readonly onPage?: (resources: readonly Resource[], page: PatientSearchPage) => void;
  /**
   * The matches are not the view's rows but what its rows refer to (the Observations behind a
   * goal's progress): they go with `related`.
   */
  readonly related?: boolean;
}

/** What one search brought, and how it went. */
export interface PatientSearchResult {
  /** Its matches, each once (and none already held). */
  readonly resources: readonly Resource[];
  /** What its `_include`s brought that was new and granted. */
  readonly included: readonly Resource[];
  readonly outcome: SearchOutcome;
}

/** What a view's load brought: the model's input, what it refers to, and how each part went. */
export interface LoadedPatientData {
  /** What the searches matched, each resource once: the model's input. */
  readonly resources: Resource[];
  /** What they refer to, `_include`d or read, each once. */
  readonly related: Resource[];
  /** One per search, in the order made, then one per referenced type. */
  readonly outcomes: SearchOutcome[];
  /** What the servers said along the way (OperationOutcome issues). */
  readonly issues: OperationOutcomeIssue[];
}

interface Tally {
  status: SearchOutcomeStatus;
  count: number;
  failures: SourceFailure[];
}

/**
 * One view's load of one patient's data. `search` each type the view shows, `readReferences` for
 * what those resources name and no `_include` brought, then `result()`. A type the source does not
 * grant is never requested: its outcome is `not-granted`, which a view words as "not shared with
 * this app", never as a failure or as "none". A source that throws or answers nonsense becomes a
 * failure of that search; nothing here rejects.
 */
export class PatientLoad {
  readonly #source: FhirSource;
  readonly #patient: string;
  readonly #options: PatientLoadOptions;
  readonly #resources: Resource[] = [];
  readonly #related: Resource[] = [];
  readonly #issues: OperationOutcomeIssue[] = [];
  readonly #searches: SearchOutcome[] = [];
  readonly #references = new Map<string, Tally>();
  /** What is held, by origin and `Type/id`: two organisations may both have an `Encounter/1`. */
  readonly #held = new Set<string>();
  /** `Type/id` of everything held or asked for by reference: never read twice. */
  readonly #seen = new Set<string>();
  /** What the source grants, asked once per type and interaction: includes are checked page by page. */
  readonly #grants = new Map<string, boolean>();

  /** `patient` is the Patient's id or a `Patient/id` reference. */
  constructor(source: FhirSource, patient: string, options: PatientLoadOptions = {}) {
    this.#source = source;
    this.#patient = patient;
    this.#options = options;
  }

  /** What has loaded so far, `_include`d or read: the resources the searched ones refer to. */
  get related(): readonly Resource[] {
    return this.#related;
  }

  /** Whether the source grants reading `resourceType`; a `canRead` that throws grants nothing. */
  canRead(resourceType: string, interaction: ReadInteraction = 'search'): boolean {
    const key = `${interaction} ${resourceType}`;
    let granted = this.#grants.get(key);
    if (granted === undefined) {
      try {
        granted = this.#source.canRead?.(resourceType, interaction) ?? true;
      } catch {
        granted = false;
      }
      this.#grants.set(key, granted);
    }
    return granted;
  }

  /** Searches the patient's resources of one type, unless the source does not grant it. */
  async search(resourceType: string, search: PatientSearch = {}): Promise<PatientSearchResult> {
    if (!this.canRead(resourceType, 'search')) {
      return { resources: [], included: [], outcome: this.#recordSearch(resourceType, 'not-granted', 0, []) };
    }
    const includes = (search.includes ?? []).filter(([, brings]) => {
      if (brings.some((type) => this.canRead(type, 'read'))) return true;
      for (const type of brings) this.#tally(type, 'not-granted');
      return false;
    });
    const result = await this.#searchWithIncludes(resourceType, search, includes);
    const failures = result.failures.map((failure) => (failure.resourceType ? failure : { ...failure, resourceType }));
    const refused = failures.filter((failure) => failure.kind === 'not-granted');
    const failed = failures.filter((failure) => failure.kind !== 'not-granted');
    const resources = result.resources.filter((resource) => this.#hold(resource));
    (search.related ? this.#related : this.#resources).push(...resources);
    const included = this.#granted(result.included).filter((resource) => this.#relate(resource));
    for (const resource of included) this.#tally(resource.resourceType, 'loaded', 1);
    this.#issues.push(...result.issues);
    const status: SearchOutcomeStatus =
      failed.length > 0
        ? 'failed'
        : refused.length > 0 && resources.length === 0
          ? 'not-granted'
          : result.truncated
            ? 'truncated'
            : 'loaded';
    return { resources, included, outcome: this.#recordSearch(resourceType, status, resources.length, failed) };
  }

  /**
   * Reads what `references` point at, each `Type/id` once and only if nothing has brought it yet.
   * Only references to `types` are followed; a type the source does not grant is noted, not read.
   */
  async readReferences(references: Iterable<unknown>, types: Iterable<string>): Promise<void> {
    const followed = new Set(types);
    const wanted = new Map<string, { type: string; reference: string }>();
    for (const reference of references) {
      const text = referenceText(reference);
      const key = text === undefined ? undefined : parseReference(text);
      if (!text || !key || !followed.has(key.type)) continue;
      const id = `${key.type}/${key.id}`;
      if (this.#seen.has(id) || wanted.has(id)) continue;
      if (!this.canRead(key.type, 'read')) {
        this.#tally(key.type, 'not-granted');
        continue;
      }
      wanted.set(id, { type: key.type, reference: text });
    }
    const signal = this.#options.signal;
    const reads = await Promise.all(
      [...wanted].map(async ([id, { type, reference }]) => ({
        id,
        type,
        result: await guardedRead(this.#source, reference, signal ? { signal } : {}),
      })),
    );
    for (const { id, type, result } of reads) {
      // Asked once, whatever the answer: a failed read is not repeated by a later round.
      this.#seen.add(id);
      if (result.resource) {
        if (this.#relate(result.resource)) this.#tally(type, 'loaded', 1);
      } else if (result.failure.kind === 'not-granted') this.#tally(type, 'not-granted');
      else
        this.#tally(type, 'failed', 0, [
          result.failure.resourceType ? result.failure : { ...result.failure, resourceType: type },
        ]);
    }
  }

  /** Everything loaded, and how each part went. */
  result(): LoadedPatientData {
    const references = [...this.#references].map(([resourceType, tally]): SearchOutcome => ({
      resourceType,
      via: 'reference',
      ...tally,
    }));
    return {
      resources: [...this.#resources],
      related: [...this.#related],
      outcomes: [...this.#searches, ...references],
      issues: [...this.#issues],
    };
  }

  async #searchWithIncludes(
    resourceType: string,
    search: PatientSearch,
    includes: readonly Include[],
  ): Promise<SearchResult> {
    const { signal, pageLimit, pageSize } = this.#options;
    const size = pageSize !== undefined && Number.isInteger(pageSize) && pageSize > 0 ? pageSize : LOADER_PAGE_SIZE;
    const base = { ...(signal ? { signal } : {}), ...(pageLimit === undefined ? {} : { pageLimit }) };
    let pages = 0;
    const onPage = search.onPage;
    const report = onPage
      ? (page: SearchResult): void => {
          pages += 1;
          const info = { matches: page.resources.length, ...(page.total === undefined ? {} : { total: page.total }) };
          onPage([...page.resources, ...this.#granted(page.included)], info);
        }
      : undefined;
    // What to ask, in turn, while the server says it cannot answer: a smaller page, then no includes.
    const include = includes.length > 0 ? { _include: includes.map(([include]) => include) } : {};
    const attempts = [
      { ...include, _count: size },
      { ...include, _count: LOADER_PAGE_SIZE },
      { _count: LOADER_PAGE_SIZE },
    ].filter((attempt, i, all) => i === 0 || !sameAttempt(attempt, all[i - 1]));
    const ask = (attempt: SearchParams): Promise<SearchResult> =>
      guardedSearch(
        this.#source,
        resourceType,
        { ...search.params, patient: this.#patient, ...attempt },
        // Pages already passed on would come again: a later search's are passed on only if none were.
        report && pages === 0 ? { ...base, onPage: report } : base,
      );
    let result = await ask(attempts[0] ?? {});
    for (const attempt of attempts.slice(1)) {
      if (!result.failures.some((failure) => failure.kind === 'unsupported')) break;
      result = await ask(attempt);
    }
    return result;
  }

  /** Included resources the source grants: an `_include` may bring what the scopes refuse. */
  #granted(included: readonly Resource[]): Resource[] {
    return included.filter((resource) => this.canRead(resource.resourceType, 'read'));
  }

  /** Marks a resource held; false when the same one (same origin, same `Type/id`) already is. */
  #hold(resource: Resource): boolean {
    const key = resourceKey(resource);
    if (key === undefined) return true;
    this.#seen.add(key);
    const held = `${originOf(resource)?.label ?? ''}|${key}`;
    if (this.#held.has(held)) return false;
    this.#held.add(held);
    return true;
  }

  #relate(resource: Resource): boolean {
    if (!this.#hold(resource)) return false;
    this.#related.push(resource);
    return true;
  }

  #recordSearch(
    resourceType: string,
    status: SearchOutcomeStatus,
    count: number,
    failures: readonly SourceFailure[],
  ): SearchOutcome {
    const outcome: SearchOutcome = { resourceType, via: 'search', status, count, failures };
    this.#searches.push(outcome);
    return outcome;
  }

  /** Adds to what is known of a referenced type: a failure outweighs a refusal, which outweighs success. */
  #tally(resourceType: string, status: SearchOutcomeStatus, count = 0, failures: readonly SourceFailure[] = []): void {
    const tally = this.#references.get(resourceType) ?? { status, count: 0, failures: [] };
    tally.count += count;
    tally.failures.push(...failures);
    if (RANK[status] > RANK[tally.status]) tally.status = status;
    this.#references.set(resourceType, tally);
  }
}

function sameAttempt(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>> | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

const RANK: Readonly<Record<SearchOutcomeStatus, number>> = { loaded: 0, truncated: 1, 'not-granted': 2, failed: 3 };
