import type { Metadata } from "next";
import { periodDashboardPage } from "../_components/period-dashboard-page";
import { SecurityDashboard } from "../_components/security-dashboard";
import { can } from "@/lib/auth/permissions";
import { securityDashboard } from "@/lib/dashboards/security";

export const metadata: Metadata = { title: "Security dashboard" };

export default periodDashboardPage({
  permission: "dashboard:security",
  view: "security",
  compute: securityDashboard,
  // A figure links to its list only for a viewer who may open that list and would see all of it there.
  render: (initial, user) => (
    <SecurityDashboard
      initial={initial}
      lists={{ events: can(user.roles, "security:read"), requests: can(user.roles, "access:decide") }}
    />
  ),
});
