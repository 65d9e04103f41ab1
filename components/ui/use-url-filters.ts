"use client";
// A list's filters as URL parameters: a shared link reproduces the list, and back/forward step through
// the filters a user picked. Writes go through the History API, which Next keeps useSearchParams in sync
// with, without a server round trip.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  clearedFilters,
  hasActiveFilters,
  readUrlFilters,
  writeUrlFilters,
  type UrlFilters,
} from "@/components/ui/url-filters";

/** `push`: a new history entry (a menu pick, a chip removed); `replace`: the same entry (typing). */
export type HistoryMode = "push" | "replace";
export type SetUrlFilters<N extends string> = (changes: Partial<UrlFilters<N>>, mode?: HistoryMode) => void;

/**
 * The filters `names` read from the URL, a setter that writes changes back, and "clear all".
 * The setter reads the live URL, not the rendered params, so two writes in one tick do not undo each other.
 * @example const { filters, setFilters, clear, isFiltered } = useUrlFilters(["q", "criticality"]);
 */
export function useUrlFilters<N extends string>(names: readonly N[]) {
  const search = useSearchParams();
  const pathname = usePathname();
  const key = names.join(",");
  const filters = useMemo(
    () => readUrlFilters(key.split(",") as N[], search),
    // `names` is usually a fresh array each render; its content is the dependency.
    [key, search],
  );

  const setFilters = useCallback<SetUrlFilters<N>>(
    (changes, mode = "push") => {
      const query = writeUrlFilters(window.location.search, changes);
      const url = query ? `${pathname}?${query}` : pathname;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );

  const clear = useCallback(() => setFilters(clearedFilters(key.split(",") as N[])), [key, setFilters]);

  return { filters, setFilters, clear, isFiltered: hasActiveFilters(filters) };
}
