"use client";
// The period and service live in the URL, so a manager can share the exact view. As on the queue, writes go
// through history.replaceState: Next keeps useSearchParams in sync without a server round trip.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { readMetricsSelection } from "@/lib/incidents/metrics-period";

export type MetricsParamName = "period" | "from" | "to" | "service";
export type SetMetricsParams = (changes: Partial<Record<MetricsParamName, string>>) => void;

export function useMetricsParams() {
  const search = useSearchParams();
  const pathname = usePathname();
  const selection = readMetricsSelection(search);

  // Reads the live URL, not the rendered params: two debounced writes in one tick must not undo each other.
  const setParams = useCallback<SetMetricsParams>(
    (changes) => {
      const next = new URLSearchParams(window.location.search);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      const query = next.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );

  return { selection, setParams };
}
