// Overrides: someone covers a stretch of a schedule (a swap, a sick day). Adding or removing one changes
// who is on call, so it is checked against and moves the schedule's version, and is audited.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { CreateOverrideInput, OverrideResponse } from "@/lib/oncall/api-schemas";
import { assertActivePeople, getScheduleRow, lockSchedule } from "@/lib/oncall/schedules";

const withPerson = { user: { select: { id: true, name: true, email: true } } } as const;
type OverrideRow = Prisma.OnCallOverrideGetPayload<{ include: typeof withPerson }>;

function toOverrideResponse(row: OverrideRow): OverrideResponse {
  return {
    id: row.id,
    person: row.user,
    from: row.startsAt.toISOString(),
    to: row.endsAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The schedule's overrides ending after `from` (default now), in the order they were made. */
export async function listOverrides(scheduleId: string, from = new Date()) {
  await getScheduleRow(scheduleId);
  const rows = await db.onCallOverride.findMany({
    where: { scheduleId, endsAt: { gt: from } },
    include: withPerson,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return { items: rows.map(toOverrideResponse) };
}

export async function createOverride(actor: Principal, scheduleId: string, input: CreateOverrideInput) {
  return db.$transaction(async (tx) => {
    const schedule = await lockSchedule(tx, scheduleId, input.version);
    await assertActivePeople(tx, [{ id: input.userId, path: "userId" }]);
    const row = await tx.onCallOverride.create({
      data: {
        scheduleId,
        userId: input.userId,
        startsAt: new Date(input.from),
        endsAt: new Date(input.to),
        createdById: actor.id,
      },
      include: withPerson,
    });
    const { version } = await tx.onCallSchedule.update({
      where: { id: scheduleId },
      data: { version: schedule.version + 1 },
    });
    const after = toOverrideResponse(row);
    await recordAudit(tx, {
      actor,
      action: "schedule.override.create",
      entityType: "schedule",
      entityId: scheduleId,
      after,
    });
    return { ...after, scheduleVersion: version };
  });
}

export async function deleteOverride(
  actor: Principal,
  scheduleId: string,
  overrideId: string,
  version: number,
) {
  await db.$transaction(async (tx) => {
    const schedule = await lockSchedule(tx, scheduleId, version);
    const row = await tx.onCallOverride.findFirst({
      where: { id: overrideId, scheduleId },
      include: withPerson,
    });
    if (!row) throw notFound("The override");
    await tx.onCallOverride.delete({ where: { id: overrideId } });
    await tx.onCallSchedule.update({ where: { id: scheduleId }, data: { version: schedule.version + 1 } });
    await recordAudit(tx, {
      actor,
      action: "schedule.override.delete",
      entityType: "schedule",
      entityId: scheduleId,
      before: toOverrideResponse(row),
    });
  });
}
