/** How often and how patiently an idempotent request is tried again. */
export interface RetryOptions {
  /** Tries in all, the first included. Default 3. */
  readonly attempts?: number;
  /** The first backoff; it doubles with each retry. Default 250 ms. */
  readonly baseDelayMs?: number;
  /** The longest wait, also for a server's `Retry-After`. Default 4000 ms. */
  readonly maxDelayMs?: number;
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4000 };

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const whole = (value: number | undefined, fallback: number, least: number): number =>
    value !== undefined && Number.isFinite(value) ? Math.max(least, Math.floor(value)) : fallback;
  return {
    attempts: whole(options.attempts, DEFAULT_RETRY.attempts, 1),
    baseDelayMs: whole(options.baseDelayMs, DEFAULT_RETRY.baseDelayMs, 0),
    maxDelayMs: whole(options.maxDelayMs, DEFAULT_RETRY.maxDelayMs, 0),
  };
}

/**
 * The wait before retry number `retry` (1 for the first): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that many clients refused at once do not come back at once.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * A `Retry-After` header (delay in seconds or an HTTP date) in milliseconds, capped at `maxDelayMs`;
 * `undefined` when absent or unreadable.
 */
export function retryAfterDelay(
  header: string | null,
  maxDelayMs: number,
  now: number = Date.now(),
): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(maxDelayMs, Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(maxDelayMs, Math.max(0, date - now));
}

/** Waits through `sleep`, but gives up as soon as `signal` aborts; resolves to false when it did. */
export async function waitUnlessAborted(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (signal?.aborted) return false;
  if (signal === undefined) {
    await sleep(ms);
    return true;
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => {
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([sleep(ms).then(() => true as const), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
