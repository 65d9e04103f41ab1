// When to try a failed delivery again (pure). The Standard Webhooks schedule, cut to about a day: a
// receiver that is down for a deploy gets its messages seconds later, one that is down overnight gets
// them in the morning, and a dead one stops costing us after ~28 h. Jitter spreads a burst's retries so
// they do not all land on a recovering receiver at once. Every retry keeps the message's webhook-id.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after attempt n (index n - 1): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — 8 attempts, ~27.6 h. */
export const RETRY_DELAYS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Each wait is stretched or shrunk by up to this share, at random. */
export const RETRY_JITTER = 0.1;
/** A receiver's Retry-After is honoured up to this long; beyond it, it could park a message for ever. */
export const RETRY_AFTER_CAP_MS = 12 * HOUR;

/** What went wrong when no HTTP status came back. `blocked`: the SSRF guard refused the address. */
export type DeliveryError = "timeout" | "network" | "blocked";

export type StopReason =
  "delivered" | "gone" | "redirect" | "client-error" | "blocked" | "unexpected-status" | "exhausted";

export type NextAttempt =
  | { retry: true; at: Date; delayMs: number; attempt: number }
  | { retry: false; reason: StopReason; message: string; disable?: true };

type Outcome = { status: number; error?: undefined } | { status?: undefined; error: DeliveryError };

/**
 * Parses a Retry-After header, `120` (seconds) or an HTTP date, into a wait from `now` in ms (0 for a
 * date already past), capped at RETRY_AFTER_CAP_MS; null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * SECOND;
  else {
    const at = Date.parse(text);
    if (!/[a-z]/i.test(text) || Number.isNaN(at)) return null;
    ms = Math.max(0, at - now.getTime());
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}

const isRetryableStatus = (s: number) => s === 408 || s === 429 || (s >= 500 && s <= 599);

/**
 * Decides what follows attempt number `attempt` (1 = the first try): retry at `at`, or stop and why.
 * Retried: timeouts, network errors, 408, 429 and 5xx, after the schedule's wait (with jitter), never
 * sooner than the receiver's Retry-After. Stopped: 2xx (delivered), 410 (the receiver is gone: disable
 * the subscription), 3xx (redirects are not followed), other 4xx (retrying would not change the answer),
 * a refused address, and after MAX_ATTEMPTS. `random` (0 ≤ r < 1) is injectable for tests.
 */
export function nextAttempt(
  input: Outcome & {
    attempt: number;
    /** The response's Retry-After header, as received. */
    retryAfter?: string | null;
    now: Date;
    random?: () => number;
  },
): NextAttempt {
  const { attempt, now } = input;
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt counts from 1, not ${attempt}`);
  if (input.error === "blocked") {
    return { retry: false, reason: "blocked", message: "The receiver's address is refused (see the error)" };
  }
  if (input.error === undefined) {
    const status = input.status;
    if (status >= 200 && status <= 299)
      return { retry: false, reason: "delivered", message: `Delivered (${status})` };
    if (status === 410) {
      return {
        retry: false,
        reason: "gone",
        message:
          "The receiver answered 410 Gone: it wants no more deliveries; the subscription should be disabled",
        disable: true,
      };
    }
    if (status >= 300 && status <= 399) {
      return {
        retry: false,
        reason: "redirect",
        message: `The receiver redirected (${status}); redirects are not followed, update the URL`,
      };
    }
    if (status >= 400 && status <= 499 && !isRetryableStatus(status)) {
      return {
        retry: false,
        reason: "client-error",
        message: `The receiver refused the delivery (${status}); retrying would not change that`,
      };
    }
    if (!isRetryableStatus(status)) {
      return { retry: false, reason: "unexpected-status", message: `Unexpected status ${status}` };
    }
  }
  const scheduled = RETRY_DELAYS_MS[attempt - 1];
  if (scheduled === undefined) {
    return { retry: false, reason: "exhausted", message: `Gave up after ${MAX_ATTEMPTS} attempts` };
  }
  const jitter = 1 + RETRY_JITTER * (2 * (input.random ?? Math.random)() - 1);
  const asked = input.retryAfter === undefined ? null : parseRetryAfter(input.retryAfter, now);
  const delayMs = Math.max(Math.round(scheduled * jitter), asked ?? 0);
  return { retry: true, at: new Date(now.getTime() + delayMs), delayMs, attempt: attempt + 1 };
}
