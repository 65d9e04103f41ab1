import type { Metadata } from "next";
import { WebhookList } from "@/app/(portal)/webhooks/_components/webhook-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listWebhooks } from "@/lib/webhooks/subscriptions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "webhook:read")) return <ForbiddenState />;
  const initial = await listWebhooks();
  return <WebhookList initial={initial} canManage={can(user.roles, "webhook:manage")} />;
}
