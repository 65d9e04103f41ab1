// Serves GET /api/audit-log: who did what and when, newest first (admin and security).
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listAuditRecords } from "@/lib/audit/list-audit-records";

export const GET = handle(apiRoutes.listAudit, async ({ query }) => listAuditRecords(query));
