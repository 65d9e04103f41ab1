import type { Metadata } from "next";
import { IntegrationList } from "@/app/(portal)/integrations/_components/integration-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { listIntegrations } from "@/lib/alerts/integrations";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "integration:read")) return <ForbiddenState />;
  const initial = await listIntegrations();
  return <IntegrationList initial={initial} canManage={can(user.roles, "integration:manage")} />;
}
