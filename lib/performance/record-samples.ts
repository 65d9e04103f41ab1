// POST /api/metrics/samples: performance and capacity samples from monitoring. All rows go in with one
// INSERT … SELECT FROM unnest(…) (the performance_daily trigger then runs once for the statement), and
// one audit record per call says who sent how many for which services, in the same transaction.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import type { SamplesInput } from "@/lib/dashboards/schemas";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, type FieldError } from "@/lib/errors";

const HOUR = 3_600_000;
export const MAX_FUTURE_MS = HOUR;
export const MAX_AGE_DAYS = 400;

// Pure: the field errors of samples whose time is out of range (now + 1 h at most, 400 days back at most).
export function sampleTimeErrors(samples: SamplesInput["samples"], now: Date): FieldError[] {
  const latest = now.getTime() + MAX_FUTURE_MS;
  const earliest = now.getTime() - MAX_AGE_DAYS * 24 * HOUR;
  const errors: FieldError[] = [];
  samples.forEach((s, i) => {
    if (s.at === undefined) return;
    const at = Date.parse(s.at);
    if (at > latest) errors.push({ path: `samples.${i}.at`, message: "At most 1 hour in the future" });
    else if (at < earliest)
      errors.push({ path: `samples.${i}.at`, message: `At most ${MAX_AGE_DAYS} days in the past` });
  });
  return errors;
}

export async function recordSamples(
  actor: Principal,
  input: SamplesInput,
  now = new Date(),
): Promise<{ accepted: number; services: string[] }> {
  const timeErrors = sampleTimeErrors(input.samples, now);
  if (timeErrors.length)
    throw new AppError("UNPROCESSABLE", "Some samples are out of the accepted time range", {
      errors: timeErrors,
    });

  const services = [...new Set(input.samples.map((s) => s.service))].sort();
  // A sample for a service outside the catalog would never show on a dashboard: refuse it loudly.
  const known = new Set(
    (await db.service.findMany({ where: { slug: { in: services } }, select: { slug: true } })).map(
      (s) => s.slug,
    ),
  );
  const unknown = input.samples.flatMap((s, i) =>
    known.has(s.service)
      ? []
      : [{ path: `samples.${i}.service`, message: `Not in the service catalog: ${s.service}` }],
  );
  if (unknown.length) {
    const names = [...new Set(input.samples.filter((s) => !known.has(s.service)).map((s) => s.service))];
    throw new AppError(
      "UNPROCESSABLE",
      `Unknown service${names.length > 1 ? "s" : ""}: ${names.join(", ")}`,
      { errors: unknown },
    );
  }

  const source = `api:${actor.email}`;
  const ats = input.samples.map((s) => s.at ?? now.toISOString());
  return db.$transaction(async (tx) => {
    const [inserted] = await sqlRows<{ accepted: number; first_id: bigint; last_id: bigint }>(
      Prisma.sql`
      WITH ins AS (
        INSERT INTO performance_samples (service, metric, value, at, source)
        SELECT u.service, u.metric, u.value, u.at, ${source}
        FROM unnest(${input.samples.map((s) => s.service)}::text[], ${input.samples.map((s) => s.metric)}::text[],
                    ${input.samples.map((s) => s.value)}::float8[], ${ats}::timestamptz[]) AS u(service, metric, value, at)
        RETURNING id)
      SELECT count(*)::int AS accepted, min(id) AS first_id, max(id) AS last_id FROM ins`,
      { client: tx },
    );
    const accepted = inserted?.accepted ?? 0;
    const times = ats.map((a) => Date.parse(a));
    await recordAudit(tx, {
      actor,
      action: "performance_samples.record",
      entityType: "performance_samples",
      entityId: `${inserted?.first_id ?? ""}-${inserted?.last_id ?? ""}`,
      after: {
        accepted,
        services,
        metrics: [...new Set(input.samples.map((s) => s.metric))].sort(),
        source,
        from: new Date(Math.min(...times)).toISOString(),
        to: new Date(Math.max(...times)).toISOString(),
      },
    });
    return { accepted, services };
  });
}
