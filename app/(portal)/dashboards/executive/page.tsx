import type { Metadata } from "next";
import { ExecutiveDashboard } from "../_components/executive-dashboard";
import { periodDashboardPage } from "../_components/period-dashboard-page";
import { executiveDashboard } from "@/lib/dashboards/executive";

export const metadata: Metadata = { title: "Executive dashboard" };

export default periodDashboardPage({
  permission: "dashboard:executive",
  view: "executive",
  compute: executiveDashboard,
  render: (initial) => <ExecutiveDashboard initial={initial} />,
});
