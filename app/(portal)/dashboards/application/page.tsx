import type { Metadata } from "next";
import { ApplicationDashboard } from "../_components/application-dashboard";
import { periodDashboardPage } from "../_components/period-dashboard-page";
import { applicationDashboard } from "@/lib/dashboards/application";

export const metadata: Metadata = { title: "Application dashboard" };

export default periodDashboardPage({
  permission: "dashboard:application",
  view: "application",
  compute: applicationDashboard,
  render: (initial) => <ApplicationDashboard initial={initial} />,
});
