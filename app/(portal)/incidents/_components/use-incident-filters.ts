"use client";
// The queue's filters live in the URL so a view can be shared or linked to (a notification links to
// `?severity=P4`); the kit's useUrlFilters reads and writes them, back/forward step through them.
import { periodLabel as formatPeriodLabel } from "@/components/ui/period-label";
import type { UrlFilters } from "@/components/ui/url-filters";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { IncidentFilters } from "@/lib/client/incidents";
import { INCIDENT_STATUSES } from "@/lib/incidents/lifecycle";

// `from`/`to` (ISO times) limit the list to incidents reported in a period: a dashboard figure links here
// with its period, so the list shows exactly the incidents it counted. `sla` (breached, at-risk,
// update-overdue) and `causedByChange` come the same way, from the operations and executive figures.
export const FILTER_NAMES = [
  "q",
  "severity",
  "status",
  "assignee",
  "service",
  "from",
  "to",
  "sla",
  "causedByChange",
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type QueueParams = UrlFilters<FilterName>;

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
  return Object.fromEntries(FILTER_NAMES.map((n) => [n, search.get(n)?.trim() ?? ""])) as QueueParams;
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
    sla: p.sla || undefined,
    causedByChange: p.causedByChange === "true" ? "true" : undefined,
  };
}

// The chips of the filters that arrive by link and have no menu of their own.
export const SLA_FILTER_LABELS: Record<string, string> = {
  breached: "SLA breached (open)",
  "at-risk": "SLA at risk (open)",
  "update-overdue": "Stakeholder update overdue (open)",
};

export const hasFilters = (p: QueueParams) => FILTER_NAMES.some((n) => p[n] !== "");

// "Reported 2026-10-01 – 2026-10-31 (UTC)" for the period chip (`to` is exclusive).
export const periodLabel = (from: string, to: string): string | null =>
  formatPeriodLabel("Reported", from, to);

export function useIncidentFilters() {
  const { filters, setFilters, clear } = useUrlFilters(FILTER_NAMES);
  return { params: filters, setParams: setFilters, clear };
}
