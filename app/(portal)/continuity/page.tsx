import type { Metadata } from "next";
import { FunctionList } from "@/app/(portal)/continuity/_components/function-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listFunctions } from "@/lib/continuity/business-functions";

export const metadata: Metadata = { title: "Business continuity" };

export default async function ContinuityPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "continuity:read")) return <ForbiddenState />;
  const initial = await listFunctions();
  return <FunctionList initial={initial} canWrite={can(user.roles, "continuity:write")} />;
}
