"use client";
// Incident metrics for the browser. Keys sit under ["incidents", "metrics"], so every incident write
// (which invalidates ["incidents"]) refreshes them as well.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/client/api-client";
import { selectionRange, type MetricsSelection } from "@/lib/incidents/metrics-period";
import type { metricsResponse } from "@/lib/incidents/schemas";

export type IncidentMetrics = z.infer<typeof metricsResponse>;
export type SeverityMetrics = IncidentMetrics["bySeverity"][number];

export const incidentMetricsKeys = {
  all: ["incidents", "metrics"] as const,
  period: (selection: MetricsSelection) => ["incidents", "metrics", selection] as const,
};

function metricsPath(selection: MetricsSelection): string {
  // A preset is resolved at fetch time, so a refetch of "Last 7 days" covers the 7 days before it.
  const range = selectionRange(selection, new Date());
  if (!range.ok) throw new Error(range.error);
  const params = new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString() });
  if (selection.service) params.set("service", selection.service);
  return `/api/incidents/metrics?${params.toString()}`;
}

type Initial = { data: IncidentMetrics; updatedAt: number } | undefined;

export function useIncidentMetrics(selection: MetricsSelection, initial?: Initial) {
  return useQuery({
    queryKey: incidentMetricsKeys.period(selection),
    queryFn: () => apiFetch<IncidentMetrics>(metricsPath(selection)),
    // An incomplete custom range is not sent: the page explains what is missing instead.
    enabled: selectionRange(selection, new Date()).ok,
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
    placeholderData: keepPreviousData,
  });
}
