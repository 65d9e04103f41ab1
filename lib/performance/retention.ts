// Raw performance samples are kept PERFORMANCE_RETENTION_DAYS (default 30); a daily job deletes older
// ones. The dashboards read the daily rollup (performance_daily), which keeps every day's count, sum and
// histogram: the delete runs with the rollup triggers off (neuron.bulk_load) so the history stays.
// In batches, each its own short transaction with one audit record (system actor), so a first run on
// months of self-measurement neither holds locks long nor leaves a half-done run unrecorded.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { env } from "@/lib/env";

const DAY = 86_400_000;
export const PRUNE_BATCH = 20_000;

export async function pruneRawSamples(
  now = new Date(),
  retentionDays = env.PERFORMANCE_RETENTION_DAYS,
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * DAY);
  let deleted = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      await sqlExecute(Prisma.sql`SELECT set_config('neuron.bulk_load', 'on', true)`, { client: tx });
      const removed = await sqlExecute(
        Prisma.sql`
        DELETE FROM performance_samples WHERE id IN (SELECT id FROM performance_samples WHERE at < ${before} LIMIT ${PRUNE_BATCH})`,
        { client: tx },
      );
      if (removed > 0) {
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: "performance_samples.prune",
          entityType: "performance_samples",
          entityId: `before ${before.toISOString()}`,
          after: { deleted: removed, before: before.toISOString(), retentionDays },
        });
      }
      return removed;
    });
    deleted += batch;
    if (batch < PRUNE_BATCH) return deleted;
  }
}
