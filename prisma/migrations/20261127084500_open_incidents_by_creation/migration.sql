-- Open incidents by creation time, covering what SLA compliance reads of them: it counts open incidents
-- past their deadline as misses, and without this the planner walks every incident of the period (or
-- every open one's row) to find them. A partial covering index: Prisma's schema language cannot
-- express it, and its diff ignores it.
CREATE INDEX "incidents_open_created_idx" ON "incidents" ("created_at")
  INCLUDE ("severity", "acknowledged_at", "response_due_at", "resolution_due_at")
  WHERE "status" IN ('OPEN', 'IN_PROGRESS');
