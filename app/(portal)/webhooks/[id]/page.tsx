import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WebhookDetail } from "@/app/(portal)/webhooks/[id]/_components/webhook-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { webhookParams } from "@/lib/webhooks/schemas";
import { getWebhook } from "@/lib/webhooks/subscriptions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Webhook" };

const EVENTS = Object.entries(WEBHOOK_EVENTS).map(([type, description]) => ({ type, description }));

export default async function WebhookPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "webhook:read")) return <ForbiddenState />;
  const parsed = webhookParams.safeParse(await params);
  if (!parsed.success) notFound();
  const webhook = await orNotFound(getWebhook(parsed.data.id));
  return <WebhookDetail initial={webhook} events={EVENTS} canManage={can(user.roles, "webhook:manage")} />;
}
