import type { Metadata } from "next";
import { NewIntegration } from "@/app/(portal)/integrations/_components/new-integration";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New integration" };

export default async function NewIntegrationPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "integration:manage")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/integrations", label: "Integrations" }}
      title="New integration"
      description="Its secret is shown once, right after it is created; you can rotate it later."
    >
      <NewIntegration />
    </FormPage>
  );
}
