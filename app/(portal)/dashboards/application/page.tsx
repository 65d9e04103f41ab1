import type { Metadata } from "next";
import { ApplicationDashboard } from "../_components/application-dashboard";
import { periodInput, readPeriod, searchReader, type SearchParams } from "../_components/period";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { sharedAnswer } from "@/lib/cache/shared-answers";
import { applicationDashboard } from "@/lib/dashboards/application";

export const metadata: Metadata = { title: "Application dashboard" };

// A preset period (the URL's ?range=, default 30 days) is read here, so the figures arrive with the
// HTML; an explicit ?from=&to= loads in the browser, where a wrong period shows as an error.
export default async function ApplicationDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  if (!can(user.roles, "dashboard:application")) return <ForbiddenState />;
  const selection = readPeriod(searchReader(await searchParams));
  if (selection.range === "custom") return <ApplicationDashboard />;
  const now = new Date();
  const input = periodInput(selection, now);
  const data = await sharedAnswer("application", `page|${input.from}|${input.to}`, () =>
    applicationDashboard(input, now),
  );
  return <ApplicationDashboard initial={{ selection, data, updatedAt: now.getTime() }} />;
}
