/**
 * What a benchmark file (`packages/*\/bench/*.bench.ts` in Node, `*.browser.bench.ts` in Chromium)
 * default-exports: named cases, each either timed or counted.
 */
export type Benchmarks = Record<string, TimedCase | CountedCase>;

/** Timed: called repeatedly; reported as the median time per call. */
export type TimedCase = () => unknown;

/** Counted: a figure that is not a time (DOM nodes, requests, bytes), measured once. */
export interface CountedCase {
  count: () => number | Promise<number>;
  unit: string;
}
