import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failuresOf, type SearchOutcome } from '../load/search-outcome.js';
import type { Locale } from '../locale.js';
import type { SourceFailure } from '../source/fhir-source.js';

/**
 * Where a view is: nothing to load from yet (`idle`), `loading`, showing `data`, `empty` (loaded,
 * nothing there), `partial` (data plus a notice of what failed) or `error` (nothing could be shown).
 */
export const DATA_STATUSES = ['idle', 'loading', 'data', 'empty', 'partial', 'error'] as const;

export type DataStatus = (typeof DATA_STATUSES)[number];

/** What a load produced: the view's data, and how each search behind it went. */
export interface Loaded<T> {
  readonly data: T;
  /** One per search and referenced type (`PatientLoad`); empty for data given directly. */
  readonly outcomes: readonly SearchOutcome[];
  /** The locale asked for, when its strings could not be fetched and the data is worded in bokmål. */
  readonly languageFallback?: Locale | undefined;
}

/** What a view needs to know to render a load: the controller's public face. */
export interface DataState<T> {
  readonly status: DataStatus;
  readonly data: T | undefined;
  readonly outcomes: readonly SearchOutcome[];
  /** What failed: the failed outcomes' problems, or the error a load ended in. */
  readonly failures: readonly SourceFailure[];
  /** The locale whose strings could not be fetched, so the view is in bokmål. */
  readonly languageFallback?: Locale | undefined;
  retry(): void;
}

export interface DataControllerOptions<T> {
  /** The inputs a load depends on; a load starts whenever one of them changes (compared with `===`). */
  readonly args: () => readonly unknown[];
  /** False while there is nothing to load from (no source, no resources): the view is `idle`. */
  readonly ready: () => boolean;
  /** Loads and models the data. It should report failures as outcomes; a throw is shown as an error too. */
  readonly load: (signal: AbortSignal) => Promise<Loaded<T>>;
  readonly isEmpty: (data: T) => boolean;
}

/**
 * Drives a component through idle → loading → data | empty | partial | error, reloading when its
 * inputs change and dropping the answers of loads that a newer one has superseded.
 */
export class DataController<T> implements ReactiveController, DataState<T> {
  status: DataStatus = 'idle';
  data: T | undefined;
  outcomes: readonly SearchOutcome[] = [];
  failures: readonly SourceFailure[] = [];
  languageFallback: Locale | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: DataControllerOptions<T>;
  private lastArgs: readonly unknown[] | undefined;
  private inFlight: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: DataControllerOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a disconnect that cut a load short: load again.
    if (this.lastArgs === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (this.status === 'loading') this.lastArgs = undefined;
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.lastArgs && sameArgs(args, this.lastArgs)) return;
    this.lastArgs = args;
    this.start();
  }

  /** Loads again with the same inputs (the error view's "Try again"). */
  retry(): void {
    this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  private start(): void {
    this.inFlight?.abort();
    if (!this.options.ready()) {
      this.inFlight = undefined;
      this.settle('idle', undefined, [], []);
      return;
    }
    const run = new AbortController();
    this.inFlight = run;
    this.settle('loading', undefined, [], []);
    const { load, isEmpty } = this.options;
    load(run.signal).then(
      (loaded) => {
        const failures = failuresOf(loaded.outcomes);
        this.finish(run, statusOf(loaded, isEmpty), loaded.data, loaded.outcomes, failures, loaded.languageFallback);
      },
      (error: unknown) => {
        // A bug or unreadable input in the model must still end in a message, never a blank view.
        const message = error instanceof Error ? error.message : String(error);
        this.finish(run, 'error', undefined, [], [{ kind: 'malformed', message }]);
      },
    );
  }

  private finish(
    run: AbortController,
    status: DataStatus,
    data: T | undefined,
    outcomes: readonly SearchOutcome[],
    failures: readonly SourceFailure[],
    languageFallback?: Locale,
  ) {
    if (this.inFlight !== run) return; // superseded by a newer load, or disconnected
    this.inFlight = undefined;
    this.settle(status, data, outcomes, failures, languageFallback);
    this.host.requestUpdate();
  }

  private settle(
    status: DataStatus,
    data: T | undefined,
    outcomes: readonly SearchOutcome[],
    failures: readonly SourceFailure[],
    languageFallback?: Locale,
  ): void {
    this.status = status;
    this.data = data;
    this.outcomes = outcomes;
    this.failures = failures;
    this.languageFallback = languageFallback;
  }
}

/**
 * Nothing failed: data or empty. Something failed: partial when anything is left to show, else
 * error. A type not granted is not a failure: the view says it is not shared, nothing more.
 */
export function statusOf<T>(loaded: Loaded<T>, isEmpty: (data: T) => boolean): DataStatus {
  const failed = failuresOf(loaded.outcomes).some(isProblem);
  const empty = isEmpty(loaded.data);
  if (!failed) return empty ? 'empty' : 'data';
  return empty ? 'error' : 'partial';
}

/** A failure worth telling the reader: not a load given up on, not a type the app was never granted. */
export function isProblem(failure: SourceFailure): boolean {
  return failure.kind !== 'aborted' && failure.kind !== 'not-granted';
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
