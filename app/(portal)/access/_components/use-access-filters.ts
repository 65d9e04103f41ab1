"use client";
// The request list's filters live in the URL (shareable), written through history.replaceState.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { AccessFilters } from "@/lib/client/access";

// `expiring=N`: approved grants ending within N days, soonest first; `inForce=true`: approved grants not
// past their expiry (the security dashboard's figures link here with them).
export const FILTER_NAMES = ["status", "type", "q", "expiring", "inForce"] as const;
export type AccessFilterName = (typeof FILTER_NAMES)[number];
export type AccessListParams = Record<AccessFilterName, string>;

// A day count the API takes (1–90), or none.
export function expiringDays(value: string): number | null {
  const days = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return days >= 1 && days <= 90 ? days : null;
}

export function toAccessFilters(p: AccessListParams): AccessFilters {
  const days = expiringDays(p.expiring);
  return {
    status: p.status || undefined,
    accessType: p.type || undefined,
    q: p.q || undefined,
    expiringWithinDays: days ? String(days) : undefined,
    inForce: p.inForce === "true" ? "true" : undefined,
  };
}

export const hasAccessFilters = (p: AccessListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useAccessFilters() {
  const search = useSearchParams();
  const params = Object.fromEntries(
    FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""]),
  ) as AccessListParams;
  const setParams = useSetUrlParams<AccessFilterName>();
  const clear = useCallback(
    () => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))),
    [setParams],
  );
  return { params, setParams, clear };
}
