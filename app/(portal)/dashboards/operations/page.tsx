import type { Metadata } from "next";
import { OperationsDashboard } from "../_components/operations-dashboard";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { sharedAnswer } from "@/lib/cache/shared-answers";
import { operationsDashboard } from "@/lib/dashboards/operations";

export const metadata: Metadata = { title: "Operations dashboard" };

// Read here, so the picture arrives with the HTML; the browser then polls every 2 s.
export default async function OperationsDashboardPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "dashboard:operations")) return <ForbiddenState />;
  const now = new Date();
  const initial = await sharedAnswer("operations", "page", () => operationsDashboard(user, now));
  return <OperationsDashboard meId={user.id} initial={initial} renderedAt={now.getTime()} />;
}
