import type { Metadata } from "next";
import { ChangeList } from "@/app/(portal)/changes/_components/change-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { changeMetrics } from "@/lib/changes/change-metrics";
import { listChanges } from "@/lib/changes/list-changes";
import { changeListQuery } from "@/lib/changes/schemas";

export const metadata: Metadata = { title: "Changes" };

export default async function ChangesPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "change:read")) return <ForbiddenState />;
  const [initial, metrics] = await Promise.all([
    listChanges(changeListQuery.parse({ limit: 200 }), user),
    changeMetrics({}),
  ]);
  return (
    <ChangeList
      initial={initial}
      initialMetrics={metrics}
      meId={user.id}
      canCreate={can(user.roles, "change:create")}
      canVote={can(user.roles, "change:vote")}
    />
  );
}
