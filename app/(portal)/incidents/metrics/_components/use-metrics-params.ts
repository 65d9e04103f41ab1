"use client";
// The period and service live in the URL, so a manager can share the exact view. As on the queue, writes go
// through history.replaceState: Next keeps useSearchParams in sync without a server round trip.
import { useSearchParams } from "next/navigation";
import { useSetUrlParams, type SetUrlParams } from "@/components/ui/use-url-params";
import { readMetricsSelection } from "@/lib/incidents/metrics-period";

export type MetricsParamName = "period" | "from" | "to" | "service";
export type SetMetricsParams = SetUrlParams<MetricsParamName>;

export function useMetricsParams() {
  const search = useSearchParams();
  const selection = readMetricsSelection(search);

  const setParams = useSetUrlParams<MetricsParamName>();

  return { selection, setParams };
}
