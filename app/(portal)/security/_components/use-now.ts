"use client";
// A clock for countdowns. Null on the server and while hydrating, so server HTML never carries a time
// the browser would disagree with.
import { useCallback, useSyncExternalStore } from "react";

export function useNow(intervalMs = 1000): number | null {
  const subscribe = useCallback(
    (onTick: () => void) => {
      const id = setInterval(onTick, intervalMs);
      return () => clearInterval(id);
    },
    [intervalMs],
  );
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(Date.now() / intervalMs) * intervalMs,
    () => null,
  );
}
