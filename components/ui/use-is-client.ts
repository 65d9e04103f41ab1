"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// False on the server and while hydrating. Text that depends on "now" renders only in the browser (so
// hydration never compares two clocks), and forms keep their submit button disabled until then, so an
// early click cannot fall through to a plain HTML form submission.
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
