import type { Metadata } from "next";
import { PolicyList } from "@/app/(portal)/escalation-policies/_components/policy-list";
import { loadTargetDirectory } from "@/app/(portal)/escalation-policies/_components/target-directory";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listPolicies } from "@/lib/escalation/policies";

export const metadata: Metadata = { title: "Escalation policies" };

export default async function EscalationPoliciesPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "escalation:read")) return <ForbiddenState />;
  const [initial, directory] = await Promise.all([listPolicies(), loadTargetDirectory()]);
  return (
    <PolicyList initial={initial} directory={directory} canManage={can(user.roles, "escalation:manage")} />
  );
}
