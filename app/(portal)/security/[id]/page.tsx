import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventDetail } from "@/app/(portal)/security/[id]/_components/event-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";
import { securityEventParams } from "@/lib/security/schemas";
import { getSecurityEvent } from "@/lib/security/security-events";

export const metadata: Metadata = { title: "Security event" };

type Props = { params: Promise<{ id: string }> };

export default async function SecurityEventPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "security:read")) return <ForbiddenState />;
  const parsed = securityEventParams.safeParse(await params);
  if (!parsed.success) notFound();
  const event = await orNotFound(getSecurityEvent(parsed.data.id));
  return <EventDetail initial={event} canTriage={can(user.roles, "security:triage")} />;
}
