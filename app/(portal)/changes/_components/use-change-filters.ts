"use client";
// The change list's filters live in the URL (shareable, linkable from a notification), written through
// history.replaceState like the incident queue's.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { ChangeFilters } from "@/lib/client/changes";
import { isOpenChangeStatus, CHANGE_STATUSES } from "@/lib/changes/lifecycle";

// `finishedFrom`/`finishedTo` and `outcome` (completed, rolled-back) come with a link from the executive
// dashboard: changes that finished in its period and how, whatever their status since (closed too).
export const FILTER_NAMES = [
  "status",
  "category",
  "environment",
  "risk",
  "mine",
  "q",
  "finishedFrom",
  "finishedTo",
  "outcome",
] as const;
export type ChangeFilterName = (typeof FILTER_NAMES)[number];
export type ChangeListParams = Record<ChangeFilterName, string>;

// "open" is a view, not a status: everything not yet completed, rolled back, closed or cancelled.
export const OPEN_STATUSES = CHANGE_STATUSES.filter(isOpenChangeStatus).join(",");

export function readChangeListParams(search: { get: (name: string) => string | null }): ChangeListParams {
  const read = (name: ChangeFilterName) => search.get(name)?.trim() ?? "";
  return {
    status: read("status"),
    category: read("category"),
    environment: read("environment"),
    risk: read("risk"),
    mine: read("mine"),
    q: read("q"),
    finishedFrom: read("finishedFrom"),
    finishedTo: read("finishedTo"),
    outcome: read("outcome"),
  };
}

export function toChangeFilters(p: ChangeListParams): ChangeFilters {
  return {
    status: p.status === "open" ? OPEN_STATUSES : p.status || undefined,
    category: p.category || undefined,
    environment: p.environment || undefined,
    riskLevel: p.risk || undefined,
    mine: p.mine === "true" ? "true" : undefined,
    q: p.q || undefined,
    finishedFrom: p.finishedFrom || undefined,
    finishedTo: p.finishedTo || undefined,
    outcome: p.outcome || undefined,
  };
}

export const OUTCOME_LABELS: Record<string, string> = {
  completed: "Completed (not rolled back)",
  "rolled-back": "Rolled back",
};

export const hasChangeFilters = (p: ChangeListParams) => FILTER_NAMES.some((n) => p[n] !== "");

export function useChangeFilters() {
  const params = readChangeListParams(useSearchParams());
  const setParams = useSetUrlParams<ChangeFilterName>();
  const clear = useCallback(
    () => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))),
    [setParams],
  );
  return { params, setParams, clear };
}
