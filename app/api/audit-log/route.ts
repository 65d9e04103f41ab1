// Serves GET /api/audit-log: who did what and when, newest first (admin and security). Each view
// (not each further page) is recorded as a DATA_ACCESS security event.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listAuditRecords } from "@/lib/audit/list-audit-records";
import { recordAuditLogView } from "@/lib/security/audit-views";

export const GET = handle(apiRoutes.listAudit, async ({ query, principal, req }) => {
  if (!query.cursor)
    await recordAuditLogView(
      principal,
      query,
      req.nextUrl.searchParams.get("format") === "csv" ||
        (req.headers.get("accept") ?? "").includes("text/csv")
        ? "csv"
        : "api",
    );
  return listAuditRecords(query);
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listAudit);
