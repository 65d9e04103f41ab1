// Daily: ops managers and admins are told which vendors need attention (overdue reviews, contracts in
// their notice period, expiring certifications, REVIEW/REPLACE results) and which DR tests are
// overdue. One notification each per day, however often the job runs.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { listFunctions } from "@/lib/continuity/business-functions";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";
import { listVendors } from "@/lib/vendors/vendors";

export async function runVendorAndContinuityDigest(now = new Date()): Promise<number> {
  const vendors = (await listVendors({ attention: "true" }, now)).items;
  const overdueTests = (await listFunctions(now)).items.flatMap((f) =>
    f.drSchedule.filter((s) => s.overdue).map((s) => `${f.name}: ${DR_TEST_LABELS[s.type]}`),
  );
  if (vendors.length === 0 && overdueTests.length === 0) return 0;
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('vendor-continuity-digest'))`, {
      client: tx,
    });
    if (
      await tx.notification.findFirst({
        where: { kind: "VENDOR_CONTINUITY_DIGEST", createdAt: { gte: dayStart } },
        select: { id: true },
      })
    )
      return 0;
    const people = await activeUserIdsWithRoles(tx, ["OPS_MANAGER", "ADMIN"]);
    const lines = [
      ...vendors.slice(0, 10).map((v) => `${v.name}: ${v.attention.join("; ")}`),
      ...overdueTests.slice(0, 10).map((t) => `DR test overdue — ${t}`),
    ];
    return notifyUsers(tx, people, {
      kind: "VENDOR_CONTINUITY_DIGEST",
      title: `${vendors.length} ${vendors.length === 1 ? "vendor needs" : "vendors need"} attention, ${overdueTests.length} DR test${overdueTests.length === 1 ? "" : "s"} overdue`,
      body: lines.join("\n").slice(0, 2000),
      link: vendors.length ? "/vendors?attention=true" : "/continuity",
    });
  });
}
