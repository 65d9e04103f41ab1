import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntegrationDetail } from "@/app/(portal)/integrations/[id]/_components/integration-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { getIntegration } from "@/lib/alerts/integrations";
import { integrationParams } from "@/lib/alerts/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Integration" };

export default async function IntegrationPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "integration:read")) return <ForbiddenState />;
  const parsed = integrationParams.safeParse(await params);
  if (!parsed.success) notFound();
  const integration = await getIntegration(parsed.data.id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return <IntegrationDetail initial={integration} canManage={can(user.roles, "integration:manage")} />;
}
