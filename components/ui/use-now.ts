"use client";
// The one clock for countdowns and relative times. One timer per interval however many components
// read it, and null on the server and while hydrating, so server HTML never carries a time the
// browser would disagree with (no hydration warning, no suppressHydrationWarning).
import { useSyncExternalStore } from "react";

type Ticker = { listeners: Set<() => void>; id: ReturnType<typeof setInterval> };
const tickers = new Map<number, Ticker>();

function subscribeTo(intervalMs: number) {
  return (onTick: () => void) => {
    let ticker = tickers.get(intervalMs);
    if (!ticker) {
      const listeners = new Set<() => void>();
      ticker = { listeners, id: setInterval(() => listeners.forEach((l) => l()), intervalMs) };
      tickers.set(intervalMs, ticker);
    }
    ticker.listeners.add(onTick);
    return () => {
      const t = tickers.get(intervalMs);
      if (!t) return;
      t.listeners.delete(onTick);
      if (t.listeners.size === 0) {
        clearInterval(t.id);
        tickers.delete(intervalMs);
      }
    };
  };
}

const subscribers = new Map<number, (onTick: () => void) => () => void>();
const subscriberFor = (intervalMs: number) => {
  let s = subscribers.get(intervalMs);
  if (!s) {
    s = subscribeTo(intervalMs);
    subscribers.set(intervalMs, s);
  }
  return s;
};

const serverSnapshot = () => null;

/**
 * The current time in ms, rounded down to `intervalMs` and updated every `intervalMs` (default 1 s).
 * `null` on the server and during hydration: render a stable placeholder (or the absolute time) for
 * null, and the live text once a number arrives right after mount.
 */
export function useNow(intervalMs = 1000): number | null {
  return useSyncExternalStore(
    subscriberFor(intervalMs),
    () => Math.floor(Date.now() / intervalMs) * intervalMs,
    serverSnapshot,
  );
}
