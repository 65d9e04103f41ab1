// `npm run restore -- <file> --record-dr-test`: a verified restore is recorded as a BACKUP_RESTORE DR
// test of the business function "Neuron Ops portal" (created with the handbook's RTO 4 h / RPO 1 h if it
// does not exist), with the measured restore time as RTO and the backup's age as RPO.
import "server-only";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { createDrTest } from "@/lib/continuity/business-functions";
import type { DrTestResponse } from "@/lib/continuity/schemas";
import { db } from "@/lib/db";

export const PORTAL_FUNCTION = "Neuron Ops portal";
const HOUR = 3_600_000;

export async function recordRestoreAsDrTest(
  result: { durationMs: number; backupAgeMs: number; file: string; tables: number },
  now = new Date(),
): Promise<DrTestResponse> {
  let fn = await db.businessFunction.findFirst({
    where: { name: { equals: PORTAL_FUNCTION, mode: "insensitive" } },
  });
  if (!fn) {
    fn = await db.$transaction(async (tx) => {
      const created = await tx.businessFunction.create({
        data: {
          name: PORTAL_FUNCTION,
          description: "This portal: incident response, changes and access decisions.",
          criticality: "IMPORTANT",
          rtoHours: 4,
          rpoHours: 1,
          keyPersonnel: [],
        },
      });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "business_function.create",
        entityType: "business_function",
        entityId: created.id,
        after: { name: created.name, rtoHours: 4, rpoHours: 1 },
      });
      return created;
    });
  }
  return createDrTest(
    null,
    fn.id,
    {
      type: "BACKUP_RESTORE",
      status: "DONE",
      performedAt: now.toISOString(),
      measuredRtoHours: Math.round((result.durationMs / HOUR) * 10_000) / 10_000,
      measuredRpoHours: Math.round((result.backupAgeMs / HOUR) * 10_000) / 10_000,
      findings: `npm run restore of ${result.file}: all ${result.tables} tables verified (row counts and checksums).`,
      followUps: [],
    },
    now,
  );
}
