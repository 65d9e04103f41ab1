import type { Metadata } from "next";
import { ActionItemList } from "@/app/(portal)/action-items/_components/action-item-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { actionItemListQuery } from "@/lib/incidents/action-item-schemas";
import { listActionItems } from "@/lib/incidents/action-items";

export const metadata: Metadata = { title: "Action items" };

export default async function ActionItemsPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:read")) return <ForbiddenState />;
  const initial = await listActionItems(actionItemListQuery.parse({}), user);
  return <ActionItemList initial={initial} meId={user.id} canUpdate={can(user.roles, "incident:update")} />;
}
