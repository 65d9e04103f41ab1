import type { Metadata } from "next";
import { CabBoard } from "@/app/(portal)/changes/_components/cab-board";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listAwaitingMyVote } from "@/lib/changes/list-changes";

export const metadata: Metadata = { title: "CAB board" };

export default async function CabBoardPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "change:read") || !can(user.roles, "change:vote")) return <ForbiddenState />;
  const { items } = await listAwaitingMyVote(user);
  return <CabBoard initial={items} />;
}
