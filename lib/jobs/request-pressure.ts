// Requests come first: the API handler counts the requests this process is serving, and background work
// that can wait a moment (processing recorded alerts, sending notifications, fanning out webhook events)
// steps aside while any are in flight, so a burst of work never slows the requests that caused it.
const QUIET_AFTER_MS = 50;
const POLL_MS = 10;

type Pressure = { inFlight: number; lastAt: number };
const globalForPressure = globalThis as unknown as { requestPressure?: Pressure };
const pressure = (): Pressure => (globalForPressure.requestPressure ??= { inFlight: 0, lastAt: -Infinity });

/** Counts one API request as in flight; call the returned function when it is answered. */
export function beginRequest(): () => void {
  const p = pressure();
  p.inFlight += 1;
  return () => {
    p.inFlight -= 1;
    p.lastAt = performance.now();
  };
}

/** Whether this process is answering requests now (or was a moment ago). */
export function isServingRequests(): boolean {
  const p = pressure();
  return p.inFlight > 0 || performance.now() - p.lastAt < QUIET_AFTER_MS;
}

/** Waits while requests are being served, at most `maxWaitMs` (background work must still progress). */
export async function yieldToRequests(maxWaitMs: number): Promise<void> {
  const deadline = performance.now() + maxWaitMs;
  while (isServingRequests() && performance.now() < deadline)
    await new Promise<void>((resolve) => setTimeout(resolve, POLL_MS));
}
