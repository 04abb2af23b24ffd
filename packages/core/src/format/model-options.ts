import type { Locale } from '../locale.js';

/** What every component's pure model takes besides the resources it shows. */
export interface ModelOptions {
  /** The language of every text; bokmål when left out. */
  readonly locale?: Locale | undefined;
  /** "Now": what is current, past or upcoming. The real clock when left out (tests and stories pin it). */
  readonly now?: Date | number | undefined;
  /** Where dates are read and shown; `Europe/Oslo` when left out. */
  readonly timeZone?: string | undefined;
  /** What the resources refer to, `_include`d or read: a list, or a Map by reference. */
  readonly related?: readonly unknown[] | ReadonlyMap<string, unknown> | undefined;
  /** Keep entered-in-error resources (left out by default). */
  readonly includeEnteredInError?: boolean | undefined;
  /**
   * Resource types the app was not granted (`notGrantedTypes` of a load): a reference to one is
   * expected to stay unresolved and is not reported as a problem; the view says it is not shared.
   */
  readonly notShared?: readonly string[] | undefined;
}
