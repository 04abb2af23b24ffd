import type { Locale } from '../locale.js';

/** What every formatter takes besides the value. */
export interface FormatOptions {
  /** Language of the text; bokmål when left out. */
  readonly locale?: Locale;
  /** IANA time zone that dates and times are shown in; `Europe/Oslo` when left out. */
  readonly timeZone?: string;
  /** "Now", for relative labels and ages; the real clock when left out (tests and stories pin it). */
  readonly now?: Date;
}

export const DEFAULT_TIME_ZONE = 'Europe/Oslo';
