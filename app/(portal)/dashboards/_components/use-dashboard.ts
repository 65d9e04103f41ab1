"use client";
// The four dashboards' queries. Keys sit under ["dashboards", name, …]. The operations picture is live,
// like the triage queue: refetched as soon as the live update stream says incidents or changes moved
// (polling every 2 s while the stream is down), so a new P1 shows without a reload; the period
// dashboards refresh every minute while they are open (and when the stream names their data).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { periodQuery, readPeriod, samePeriod, type PeriodSelection } from "./period";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import { apiFetch } from "@/lib/client/api-client";
import { livePollInterval, useLiveUpdates } from "@/lib/client/live-updates";
import type {
  ApplicationDashboard,
  ExecutiveDashboard,
  OperationsDashboard,
  SecurityDashboard,
} from "@/lib/dashboards/schemas";

const PERIOD_REFRESH_MS = 60_000;

export const dashboardKeys = {
  all: ["dashboards"] as const,
  period: (name: "executive" | "application" | "security", selection: PeriodSelection) =>
    ["dashboards", name, selection] as const,
  operations: ["dashboards", "operations"] as const,
};

// What the page read on the server for the period in the URL, so the figures arrive with the HTML.
export type InitialDashboard<T> = { selection: PeriodSelection; data: T; updatedAt: number };

function usePeriodDashboard<T>(
  name: "executive" | "application" | "security",
  selection: PeriodSelection,
  initial: InitialDashboard<T> | undefined,
) {
  // Another period picked in the browser starts empty and loads here.
  const start = initial && samePeriod(initial.selection, selection) ? initial : undefined;
  return useQuery({
    queryKey: dashboardKeys.period(name, selection),
    queryFn: () => apiFetch<T>(`/api/dashboards/${name}?${periodQuery(selection)}`),
    initialData: start?.data,
    initialDataUpdatedAt: start?.updatedAt,
    placeholderData: keepPreviousData,
    refetchInterval: PERIOD_REFRESH_MS,
  });
}

export const useExecutiveDashboard = (
  selection: PeriodSelection,
  initial?: InitialDashboard<ExecutiveDashboard>,
) => usePeriodDashboard("executive", selection, initial);
export const useApplicationDashboard = (
  selection: PeriodSelection,
  initial?: InitialDashboard<ApplicationDashboard>,
) => usePeriodDashboard("application", selection, initial);
export const useSecurityDashboard = (
  selection: PeriodSelection,
  initial?: InitialDashboard<SecurityDashboard>,
) => usePeriodDashboard("security", selection, initial);

export function useOperationsDashboard(initial?: { data: OperationsDashboard; updatedAt: number }) {
  useLiveUpdates();
  return useQuery({
    queryKey: dashboardKeys.operations,
    queryFn: () => apiFetch<OperationsDashboard>("/api/dashboards/operations"),
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
    refetchInterval: livePollInterval,
    refetchIntervalInBackground: false,
  });
}

export type DashboardParamName = "range" | "from" | "to" | "service";

// The period (and, on the application dashboard, the service) in the URL.
export function useDashboardParams() {
  const search = useSearchParams();
  const setParams = useSetUrlParams<DashboardParamName>();
  return { selection: readPeriod(search), service: search.get("service")?.trim() ?? "", setParams };
}
