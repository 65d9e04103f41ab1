import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntegrationDetail } from "@/app/(portal)/integrations/[id]/_components/integration-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { getIntegration } from "@/lib/alerts/integrations";
import { integrationParams } from "@/lib/alerts/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Integration" };

export default async function IntegrationPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "integration:read")) return <ForbiddenState />;
  const parsed = integrationParams.safeParse(await params);
  if (!parsed.success) notFound();
  const integration = await orNotFound(getIntegration(parsed.data.id));
  return <IntegrationDetail initial={integration} canManage={can(user.roles, "integration:manage")} />;
}
