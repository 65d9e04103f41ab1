// API routes: the audit log.
import { auditListQuery, auditRecordResponse } from "@/lib/audit/schemas";
import { defineRoute } from "@/lib/api/define-route";
import { pageResponse } from "@/lib/api/pagination";

export const auditRoutes = {
  listAudit: defineRoute({
    method: "GET",
    path: "/api/audit-log",
    summary: "The audit log, newest first",
    tag: "Audit",
    permission: "audit:read",
    query: auditListQuery,
    response: pageResponse(auditRecordResponse),
    csv: {
      filename: "audit-log",
      columns: [
        { header: "id", value: (r) => r.id },
        { header: "at", value: (r) => r.at },
        { header: "actor", value: (r) => r.actorEmail },
        { header: "action", value: (r) => r.action },
        { header: "entity_type", value: (r) => r.entityType },
        { header: "entity_id", value: (r) => r.entityId },
        { header: "before", value: (r) => r.before },
        { header: "after", value: (r) => r.after },
        { header: "hash", value: (r) => r.hash },
      ],
    },
  }),
} as const;
