import type { Metadata } from "next";
import { AuditLog } from "@/app/(portal)/audit/_components/audit-log";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { listAuditRecords } from "@/lib/audit/list-audit-records";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { recordAuditLogView } from "@/lib/security/audit-views";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "audit:read")) return <ForbiddenState />;
  await recordAuditLogView(user, {}, "page");
  return <AuditLog initial={await listAuditRecords({ limit: 100 })} />;
}
