"use client";
// The business function list's filters live in the URL. The list is short (hundreds at most), so it is
// filtered in the browser.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { isFlagged } from "@/app/(portal)/continuity/_components/function-flags";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export const FILTER_NAMES = ["criticality", "flagged", "q"] as const;
export type FunctionFilterName = (typeof FILTER_NAMES)[number];
export type FunctionListParams = Record<FunctionFilterName, string>;

export function filterFunctions(items: FunctionResponse[], p: FunctionListParams) {
  const needle = p.q.toLowerCase();
  return items.filter(
    (f) =>
      (!p.criticality || f.criticality === p.criticality) &&
      (p.flagged !== "true" || isFlagged(f)) &&
      (!needle || f.name.toLowerCase().includes(needle) || f.description.toLowerCase().includes(needle)),
  );
}

export const hasFunctionFilters = (p: FunctionListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useFunctionFilters() {
  const search = useSearchParams();
  const params = Object.fromEntries(
    FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""]),
  ) as FunctionListParams;
  const setParams = useSetUrlParams<FunctionFilterName>();
  const clear = useCallback(
    () => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))),
    [setParams],
  );
  return { params, setParams, clear };
}
