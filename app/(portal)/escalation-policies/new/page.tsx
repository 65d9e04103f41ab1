import type { Metadata } from "next";
import { NewPolicy } from "@/app/(portal)/escalation-policies/_components/new-policy";
import { loadTargetDirectory } from "@/app/(portal)/escalation-policies/_components/target-directory";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New escalation policy" };

export default async function NewEscalationPolicyPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "escalation:manage")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/escalation-policies", label: "Escalation policies" }}
      title="New escalation policy"
      description="Who is paged, step by step, while nobody acknowledges; one policy per service, one default per tier."
    >
      <NewPolicy directory={await loadTargetDirectory()} />
    </FormPage>
  );
}
