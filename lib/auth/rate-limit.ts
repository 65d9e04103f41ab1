// Sliding-window limit (pure): given recent failure times, newest first, is another attempt allowed now?
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function decideLimit(
  failuresNewestFirst: readonly Date[],
  max: number,
  windowMs: number,
  now: Date,
): LimitDecision {
  const inWindow = failuresNewestFirst.filter((at) => now.getTime() - at.getTime() < windowMs);
  if (inWindow.length < max) return { allowed: true };
  // The attempt becomes possible again once the max-th newest failure leaves the window.
  const pivot = inWindow[max - 1]!;
  const retryAfterMs = pivot.getTime() + windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}
