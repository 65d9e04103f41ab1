import type { Metadata } from "next";
import { SecurityDashboard } from "../_components/security-dashboard";
import { periodInput, readPeriod, searchReader, type SearchParams } from "../_components/period";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { sharedAnswer } from "@/lib/cache/shared-answers";
import { securityDashboard } from "@/lib/dashboards/security";

export const metadata: Metadata = { title: "Security dashboard" };

// A preset period (the URL's ?range=, default 30 days) is read here, so the figures arrive with the
// HTML; an explicit ?from=&to= loads in the browser, where a wrong period shows as an error.
export default async function SecurityDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  if (!can(user.roles, "dashboard:security")) return <ForbiddenState />;
  const selection = readPeriod(searchReader(await searchParams));
  // A figure links to its list only for a viewer who may open that list and would see all of it there.
  const lists = { events: can(user.roles, "security:read"), requests: can(user.roles, "access:decide") };
  if (selection.range === "custom") return <SecurityDashboard lists={lists} />;
  const now = new Date();
  const input = periodInput(selection, now);
  const data = await sharedAnswer("security", `page|${input.from}|${input.to}`, () =>
    securityDashboard(input, now),
  );
  return <SecurityDashboard initial={{ selection, data, updatedAt: now.getTime() }} lists={lists} />;
}
