// Raw performance samples past the retention are deleted by the daily job; the daily rollup keeps their
// figures, and each batch is audited. Dates far in the past keep this test off other tests' samples.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { pruneRawSamples } from "@/lib/performance/retention";
import { createTestService } from "../factories";

const DAY = 86_400_000;

async function insertSamples(service: string, at: Date, count: number) {
  await db.$executeRaw(Prisma.sql`INSERT INTO performance_samples (service, metric, value, at, source)
    SELECT ${service}, 'api_latency_ms', 10 * g, ${at}, 'test' FROM generate_series(1, ${count}) g`);
}
const rawCount = async (service: string) =>
  await sqlRows<{ day: string; n: number }>(
    Prisma.sql`SELECT to_char(at, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM performance_samples WHERE service = ${service} GROUP BY 1 ORDER BY 1`,
  );
const rollup = async (service: string) =>
  await sqlRows<{ day: string; samples: number; sum: number }>(
    Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, samples::int, sum FROM performance_daily WHERE service = ${service} ORDER BY 1`,
  );

describe("performance sample retention", () => {
  it("deletes raw samples older than the retention, keeps the daily figures, audits, and finds nothing the second time", async () => {
    const service = (await createTestService()).slug;
    const now = new Date("2019-06-30T12:00:00Z");
    await insertSamples(service, new Date(now.getTime() - 45 * DAY), 25);
    await insertSamples(service, new Date(now.getTime() - 31 * DAY), 5);
    await insertSamples(service, new Date(now.getTime() - 2 * DAY), 7);
    const figuresBefore = await rollup(service);
    expect(figuresBefore.map((r) => r.samples)).toEqual([25, 5, 7]);

    const deleted = await pruneRawSamples(now, 30);
    expect(deleted).toBe(30);
    expect(await rawCount(service)).toEqual([{ day: "2019-06-28", n: 7 }]);
    expect(await rollup(service)).toEqual(figuresBefore);
    const audits = await db.auditLog.findMany({
      where: { action: "performance_samples.prune", entityId: "before 2019-05-31T12:00:00.000Z" },
    });
    expect(audits.map((a) => a.after)).toEqual([
      { deleted: 30, before: "2019-05-31T12:00:00.000Z", retentionDays: 30 },
    ]);
    expect(audits[0]!.actorEmail).toBe("system");

    expect(await pruneRawSamples(now, 30)).toBe(0);
    expect(await rawCount(service)).toEqual([{ day: "2019-06-28", n: 7 }]);
  });
});
