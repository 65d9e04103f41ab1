import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PolicyDetail } from "@/app/(portal)/escalation-policies/_components/policy-detail";
import { loadTargetDirectory } from "@/app/(portal)/escalation-policies/_components/target-directory";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { policyParams } from "@/lib/escalation/api-schemas";
import { getPolicy } from "@/lib/escalation/policies";
import { orNotFound } from "@/lib/pages/record-page";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Escalation policy" };

export default async function EscalationPolicyPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "escalation:read")) return <ForbiddenState />;
  const parsed = policyParams.safeParse(await params);
  if (!parsed.success) notFound();
  const [policy, directory] = await Promise.all([
    orNotFound(getPolicy(parsed.data.id)),
    loadTargetDirectory(),
  ]);
  return (
    <PolicyDetail initial={policy} directory={directory} canManage={can(user.roles, "escalation:manage")} />
  );
}
