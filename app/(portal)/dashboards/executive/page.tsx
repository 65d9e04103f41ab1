import type { Metadata } from "next";
import { ExecutiveDashboard } from "../_components/executive-dashboard";
import { periodInput, readPeriod, searchReader, type SearchParams } from "../_components/period";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { sharedAnswer } from "@/lib/cache/shared-answers";
import { executiveDashboard } from "@/lib/dashboards/executive";

export const metadata: Metadata = { title: "Executive dashboard" };

// A preset period (the URL's ?range=, default 30 days) is read here, so the figures arrive with the
// HTML; an explicit ?from=&to= loads in the browser, where a wrong period shows as an error.
export default async function ExecutiveDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  if (!can(user.roles, "dashboard:executive")) return <ForbiddenState />;
  const selection = readPeriod(searchReader(await searchParams));
  if (selection.range === "custom") return <ExecutiveDashboard />;
  const now = new Date();
  const input = periodInput(selection, now);
  const data = await sharedAnswer("executive", `page|${input.from}|${input.to}`, () =>
    executiveDashboard(input, now),
  );
  return <ExecutiveDashboard initial={{ selection, data, updatedAt: now.getTime() }} />;
}
