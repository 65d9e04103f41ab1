import "server-only";
// The page of a period dashboard, built once for the executive, application and security dashboards:
// sign-in and permission first; then a preset period (the URL's ?range=, default 30 days) is computed
// here, once for everyone asking within the cache's lifetime, so the figures arrive with the HTML; an
// explicit ?from=&to= loads in the browser, where a wrong period shows as an error.
import type { ReactNode } from "react";
import { periodInput, readPeriod, searchReader, type SearchParams } from "./period";
import type { InitialDashboard } from "./use-dashboard";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import type { Principal } from "@/lib/auth/principal";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, type Permission } from "@/lib/auth/permissions";
import { sharedAnswer } from "@/lib/cache/shared-answers";

type Options<T> = {
  permission: Permission;
  view: "executive" | "application" | "security";
  compute: (input: { from: string; to: string }, now: Date) => Promise<T>;
  render: (initial: InitialDashboard<T> | undefined, user: Principal) => ReactNode;
};

async function readInitial<T>(params: SearchParams, { view, compute }: Options<T>) {
  const selection = readPeriod(searchReader(params));
  if (selection.range === "custom") return undefined;
  const now = new Date();
  const input = periodInput(selection, now);
  const data = await sharedAnswer(view, `page|${input.from}|${input.to}`, () => compute(input, now));
  return { selection, data, updatedAt: now.getTime() };
}

/** The default export of a period dashboard's page.tsx. */
export function periodDashboardPage<T>(options: Options<T>) {
  return async function PeriodDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const user = await requirePageUser();
    if (!can(user.roles, options.permission)) return <ForbiddenState />;
    return options.render(await readInitial(await searchParams, options), user);
  };
}
