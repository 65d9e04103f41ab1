// Reading the audit log is itself recorded (DATA_ACCESS): who looked, with which filters. Paging on
// through the same view is not a new view.
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

export async function recordAuditLogView(
  viewer: Principal,
  filters: Record<string, unknown>,
  how: "page" | "api" | "csv",
) {
  const used = Object.fromEntries(
    Object.entries(filters).filter(
      ([k, v]) => v !== undefined && v !== "" && k !== "limit" && k !== "cursor",
    ),
  );
  await recordSecurityEvent(db, {
    type: "DATA_ACCESS",
    severity: "LOW",
    summary: `${viewer.email} viewed the audit log${how === "csv" ? " (CSV export)" : ""}`,
    user: { id: viewer.id, email: viewer.email },
    details: {
      resource: "audit_log",
      via: how,
      filters: JSON.parse(JSON.stringify(used)) as Record<string, string>,
    },
    recordedById: viewer.id,
  });
}
