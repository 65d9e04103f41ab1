"use client";
// The request list's filters live in the URL (shareable), written through history.replaceState.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { AccessFilters } from "@/lib/client/access";

export const FILTER_NAMES = ["status", "type", "q"] as const;
export type AccessFilterName = (typeof FILTER_NAMES)[number];
export type AccessListParams = Record<AccessFilterName, string>;

export function toAccessFilters(p: AccessListParams): AccessFilters {
  return { status: p.status || undefined, accessType: p.type || undefined, q: p.q || undefined };
}

export const hasAccessFilters = (p: AccessListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useAccessFilters() {
  const search = useSearchParams();
  const params = Object.fromEntries(FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""])) as AccessListParams;
  const setParams = useSetUrlParams<AccessFilterName>();
  const clear = useCallback(() => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))), [setParams]);
  return { params, setParams, clear };
}
