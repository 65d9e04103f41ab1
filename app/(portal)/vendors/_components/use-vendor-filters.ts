"use client";
// The vendor list's filters live in the URL (shareable: "critical vendors needing attention").
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { VendorFilters } from "@/lib/client/vendors";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

// `reviewOverdue=true` and `action=UNASSESSED` come by link from the executive dashboard's vendor figures.
export const FILTER_NAMES = ["criticality", "action", "attention", "reviewOverdue", "q"] as const;
export type VendorFilterName = (typeof FILTER_NAMES)[number];
export type VendorListParams = Record<VendorFilterName, string>;

const ACTIONS = ["CONTINUE", "REVIEW", "REPLACE", "UNASSESSED"];

// A hand-edited link with an unknown value is ignored rather than turned into a 422 from the API.
export function toVendorFilters(p: VendorListParams): VendorFilters {
  return {
    criticality: (CRITICALITIES as readonly string[]).includes(p.criticality) ? p.criticality : undefined,
    action: ACTIONS.includes(p.action) ? p.action : undefined,
    attention: p.attention === "true" ? "true" : undefined,
    reviewOverdue: p.reviewOverdue === "true" ? "true" : undefined,
    q: p.q || undefined,
  };
}

export const hasVendorFilters = (p: VendorListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useVendorFilters() {
  const search = useSearchParams();
  const params = Object.fromEntries(
    FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""]),
  ) as VendorListParams;
  const setParams = useSetUrlParams<VendorFilterName>();
  const clear = useCallback(
    () => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))),
    [setParams],
  );
  return { params, setParams, clear };
}
