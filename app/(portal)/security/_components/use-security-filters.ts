"use client";
// The queue's filters live in the URL (shareable, linkable from an incident), written through history.replaceState.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { SecurityFilters } from "@/lib/client/security";

// `from`/`to` (ISO times) limit the queue to events of a period: the security dashboard's figures link
// here with the UTC days they counted.
export const FILTER_NAMES = [
  "type",
  "severity",
  "investigated",
  "resolved",
  "rule",
  "q",
  "from",
  "to",
] as const;
export type SecurityFilterName = (typeof FILTER_NAMES)[number];
export type SecurityListParams = Record<SecurityFilterName, string>;

export function toSecurityFilters(p: SecurityListParams): SecurityFilters {
  return Object.fromEntries(FILTER_NAMES.filter((n) => p[n]).map((n) => [n, p[n]]));
}

export const hasSecurityFilters = (p: SecurityListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useSecurityFilters() {
  const search = useSearchParams();
  const params = Object.fromEntries(
    FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""]),
  ) as SecurityListParams;
  const setParams = useSetUrlParams<SecurityFilterName>();
  const clear = useCallback(
    () => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))),
    [setParams],
  );
  return { params, setParams, clear };
}
