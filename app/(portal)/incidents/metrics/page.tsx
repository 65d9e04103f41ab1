import type { Metadata } from "next";
import { MetricsDashboard } from "@/app/(portal)/incidents/metrics/_components/metrics-dashboard";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { incidentMetrics } from "@/lib/incidents/incident-metrics";
import { DEFAULT_METRICS_PERIOD, presetRange } from "@/lib/incidents/metrics-period";

export const metadata: Metadata = { title: "Incident metrics" };

// The default view (last 90 days, all services) is read here, so it arrives with the HTML; other
// periods, from the URL or the picker, load in the browser.
export default async function IncidentMetricsPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:read")) return <ForbiddenState />;
  const renderedAt = Date.now();
  const { from, to } = presetRange(DEFAULT_METRICS_PERIOD, new Date(renderedAt));
  const initial = await incidentMetrics(from, to);
  return <MetricsDashboard initial={initial} renderedAt={renderedAt} />;
}
