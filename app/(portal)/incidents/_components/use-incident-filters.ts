"use client";
// The queue's filters live in the URL so a view can be shared or linked to (a notification links to
// `?severity=P4`). Writes go through history.replaceState: Next keeps useSearchParams in sync without a
// server round trip, and typing in a filter does not stack up history entries.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { IncidentFilters } from "@/lib/client/incidents";
import { INCIDENT_STATUSES } from "@/lib/incidents/lifecycle";

// `from`/`to` (ISO times) limit the list to incidents reported in a period: a dashboard figure links here
// with its period, so the list shows exactly the incidents it counted.
export const FILTER_NAMES = ["status", "severity", "service", "assignee", "q", "from", "to"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type QueueParams = Record<FilterName, string>;

// "" is the open queue (the server's default: OPEN and IN_PROGRESS, by SLA urgency).
export const STATUS_VIEWS = [
  { value: "", label: "Open queue" },
  { value: "RESOLVED", label: "Resolved" },
  { value: "CLOSED", label: "Closed" },
  { value: "all", label: "All" },
] as const;

export const ASSIGNEE_VIEWS = [
  { value: "", label: "Anyone" },
  { value: "me", label: "Mine" },
  { value: "none", label: "Unassigned" },
] as const;

export function readQueueParams(search: { get: (name: string) => string | null }): QueueParams {
  const read = (name: FilterName) => search.get(name)?.trim() ?? "";
  return { status: read("status"), severity: read("severity"), service: read("service"), assignee: read("assignee"), q: read("q"), from: read("from"), to: read("to") };
}

export function toApiFilters(p: QueueParams): IncidentFilters {
  return {
    status: p.status === "all" ? INCIDENT_STATUSES.join(",") : p.status || undefined,
    severity: p.severity || undefined,
    service: p.service.toLowerCase() || undefined,
    assignee: p.assignee || undefined,
    q: p.q || undefined,
    from: p.from || undefined,
    to: p.to || undefined,
  };
}

export const hasFilters = (p: QueueParams) => FILTER_NAMES.some((n) => p[n] !== "");

// "Reported 2026-10-01 – 2026-10-31 (UTC)" for the period chip. `to` is exclusive: a bound at midnight
// shows the day before it; a bound with a time of day shows the time.
export function periodLabel(from: string, to: string): string | null {
  const show = (iso: string, exclusiveEnd: boolean) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    const midnight = ms % 86_400_000 === 0;
    const d = new Date(midnight && exclusiveEnd ? ms - 1 : ms).toISOString();
    return midnight ? d.slice(0, 10) : `${d.slice(0, 10)} ${d.slice(11, 16)}`;
  };
  const a = from ? show(from, false) : null;
  const b = to ? show(to, true) : null;
  if (a && b) return `Reported ${a} – ${b} (UTC)`;
  if (a) return `Reported since ${a} (UTC)`;
  if (b) return `Reported until ${b} (UTC)`;
  return null;
}

export function useIncidentFilters() {
  const search = useSearchParams();
  const params = readQueueParams(search);

  const setParams = useSetUrlParams<keyof QueueParams>();

  const clear = useCallback(() => setParams(Object.fromEntries(FILTER_NAMES.map((n) => [n, ""]))), [setParams]);

  return { params, setParams, clear };
}
