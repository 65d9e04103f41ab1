"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Text that depends on "now" (next windows, the calendar's today) renders only in the browser, so
// hydration never compares the server's clock with the browser's.
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
