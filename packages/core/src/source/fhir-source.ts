import type { OperationOutcomeIssue, Reference, Resource } from 'fhir/r4.js';

/**
 * The one data contract between where FHIR data comes from (a SMART session, static resources,
 * several organisations merged) and the components that show it.
 *
 * A source never throws for a refused search, a server that is down or a malformed response: the
 * result says what failed and why, next to whatever did load, so a view can show both.
 */
export interface FhirSource {
  /**
   * Every page of a search (up to `pageLimit`), matches and `_include`d resources kept apart. A
   * parameter the source cannot answer is an `unsupported` failure naming it, never dropped: an
   * ignored filter would show a wrong list.
   */
  search<T extends Resource = Resource>(
    resourceType: T['resourceType'],
    params?: SearchParams,
    options?: SearchOptions,
  ): Promise<SearchResult<T>>;

  /**
   * One resource by reference: `#id` (contained in `options.container`), `Type/id`, an absolute URL,
   * or a resource already in `options.included`, which is used without a request.
   */
  read<T extends Resource = Resource>(reference: Reference | string, options?: ReadOptions): Promise<ReadResult<T>>;

  /**
   * Whether the app may read resources of a type here at all — by search (the default) or by
   * reference — as the authorization server granted it (a SMART session's scopes). A loader asks
   * before it searches: a type not granted is not requested, and the view says it is not shared
   * instead of reporting a failure. Absent: everything may be read (static data, an app's own server).
   */
  canRead?(resourceType: string, interaction?: ReadInteraction): boolean;
}

/** How a resource is read: found by a search, or fetched by its reference. */
export type ReadInteraction = 'search' | 'read';

/** Search parameters as FHIR names them; an array repeats the parameter (`date=ge2024&date=le2025`). */
export type SearchParams = Readonly<Record<string, string | number | readonly (string | number)[] | undefined>>;

/** Pages a search follows when the caller does not say: enough for a long record, bounded for a slow server. */
export const DEFAULT_PAGE_LIMIT = 20;

export interface SearchOptions {
  readonly signal?: AbortSignal;
  /** How many pages to follow at most; the result is `truncated` when more were left. Default `DEFAULT_PAGE_LIMIT`. */
  readonly pageLimit?: number;
  /**
   * Called with each page's matches and `_include`d resources as it arrives, so a long search can be
   * shown before it ends; the final result still holds everything. Optional for a source: one that
   * gets everything at once may call it once with the whole result, or never. A page's resources are
   * the same objects as in the final result. A callback that throws does not break the search.
   */
  readonly onPage?: (page: SearchResult) => void;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** The resource a `#id` reference is contained in. */
  readonly container?: Resource;
  /** Resources already at hand (a search's `included`); a match is returned without a request. */
  readonly included?: readonly Resource[];
}

export interface SearchResult<T extends Resource = Resource> {
  /** The resources that matched (search mode `match`). */
  readonly resources: T[];
  /** Resources the server added for `_include` / `_revinclude` (search mode `include`). */
  readonly included: Resource[];
  /** What the server said along the way: OperationOutcome issues in the Bundle or its entries. */
  readonly issues: OperationOutcomeIssue[];
  /** What could not be loaded. Empty when the result is complete. */
  readonly failures: SourceFailure[];
  /** True when the page limit stopped the search before the last page. */
  readonly truncated: boolean;
  /** The server's `Bundle.total`, when it gave one. */
  readonly total?: number;
}

export type ReadResult<T extends Resource = Resource> =
  | { readonly resource: T; readonly failure?: undefined }
  | { readonly resource?: undefined; readonly failure: SourceFailure };

/** Why something could not be loaded, in terms a view can act on. */
export const FAILURE_KINDS = [
  'unauthorized', // 401: the session has expired or was never valid
  'forbidden', // 403: not allowed by scopes or policy
  'not-found', // 404 / 410
  'unavailable', // 5xx, 429, timeouts
  'network', // no response at all
  'malformed', // a response that is not the FHIR it should be
  'aborted', // the caller gave up (AbortSignal)
  'unsupported', // a search parameter or operation the source cannot answer
  'not-granted', // the app was not granted this type (its scopes), so nothing was asked
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface SourceFailure {
  readonly kind: FailureKind;
  /** A developer-facing explanation (English); views translate `kind` for users. */
  readonly message: string;
  /** The resource type of the search or read that failed. */
  readonly resourceType?: string;
  /** HTTP status, when there was one. */
  readonly status?: number;
  /** The organisation the failure belongs to, for merged sources. */
  readonly origin?: SourceOrigin;
  /** OperationOutcome issues that came with the failure. */
  readonly issues?: readonly OperationOutcomeIssue[];
}

/** Where a resource came from, for one view across kommune, sykehus and fastlege. */
export interface SourceOrigin {
  /** A short name for people ("Trondheim kommune", "St. Olavs hospital", "Fastlege"). */
  readonly label: string;
  /** The organisation behind the source. */
  readonly organization?: Reference;
}
