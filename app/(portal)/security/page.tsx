import type { Metadata } from "next";
import { SecurityQueue } from "@/app/(portal)/security/_components/security-queue";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { securityEventListQuery } from "@/lib/security/schemas";
import { listSecurityEvents } from "@/lib/security/security-events";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "security:read")) return <ForbiddenState />;
  const initial = await listSecurityEvents(securityEventListQuery.parse({ limit: 200 }));
  return <SecurityQueue initial={initial} canTriage={can(user.roles, "security:triage")} />;
}
