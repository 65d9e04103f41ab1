// `npm run restore -- <file> --record-dr-test` records the verified restore as a DR test of the portal.
import { describe, expect, it } from "vitest";
import { PORTAL_FUNCTION, recordRestoreAsDrTest } from "@/lib/continuity/record-restore-test";
import { getFunction } from "@/lib/continuity/business-functions";
import { db } from "@/lib/db";

describe("recordRestoreAsDrTest", () => {
  it("records a BACKUP_RESTORE test with the measured RTO/RPO, creating the portal's function once", async () => {
    const first = await recordRestoreAsDrTest({
      durationMs: 90 * 60_000,
      backupAgeMs: 30 * 60_000,
      file: "a.nopsbak.gz",
      tables: 26,
    });
    expect(first).toMatchObject({
      functionName: PORTAL_FUNCTION,
      type: "BACKUP_RESTORE",
      status: "DONE",
      measuredRtoHours: 1.5,
      measuredRpoHours: 0.5,
      targetRtoHours: 4,
      targetRpoHours: 1,
      rtoMet: true,
      rpoMet: true,
    });
    const second = await recordRestoreAsDrTest({
      durationMs: 5 * 3_600_000,
      backupAgeMs: 2 * 3_600_000,
      file: "b.nopsbak.gz",
      tables: 26,
    });
    expect(second).toMatchObject({ rtoMet: false, rpoMet: false });
    expect(await db.businessFunction.count({ where: { name: PORTAL_FUNCTION } })).toBe(1);
    const fn = await getFunction(first.functionId);
    expect(fn.flags.some((f) => f.includes("missed the RTO"))).toBe(true);
    expect(fn.drSchedule.find((s) => s.type === "BACKUP_RESTORE")!.overdue).toBe(false);
  });
});
