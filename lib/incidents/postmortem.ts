// The post-mortem: root cause, resolution, lessons, and prevention measures as tracked action items.
// PUT semantics: the post-mortem as sent replaces the previous one; action items already done are kept.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import { loadIncidentRow } from "@/lib/incidents/get-incident";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import type { IncidentResponse, PostmortemInput } from "@/lib/incidents/schemas";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

export async function savePostmortem(
  actor: Principal,
  key: string,
  input: PostmortemInput,
  now = new Date(),
): Promise<IncidentResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM incidents WHERE key = ${key} FOR UPDATE`, { client: tx });
    const current = await loadIncidentRow(tx, key).catch(() => {
      throw notFound(`Incident ${key}`);
    });
    if (input.version !== undefined && input.version !== current.version)
      throw staleVersion(`Incident ${key}`);
    if (current.status === "OPEN" || current.status === "IN_PROGRESS") {
      throw new AppError("UNPROCESSABLE", "Write the post-mortem once the incident is resolved");
    }
    if (current.status === "CLOSED")
      throw new AppError("UNPROCESSABLE", `${key} is closed and can no longer change`);
    const ownerIds = [...new Set(input.preventionMeasures.map((m) => m.ownerId))];
    const owners = await tx.user.findMany({
      where: { id: { in: ownerIds }, isActive: true },
      select: { id: true },
    });
    const bad = input.preventionMeasures.findIndex((m) => !owners.some((o) => o.id === m.ownerId));
    if (bad >= 0)
      throw new AppError("UNPROCESSABLE", "Every prevention measure needs an active owner", {
        errors: [{ path: `preventionMeasures.${bad}.ownerId`, message: "Not an active user" }],
      });

    // Measures sent with their id are revised in place (keeping their status); new ones are added; open
    // ones left out are dropped. Done measures stay as the record of what was done.
    const keep = input.preventionMeasures.filter(
      (m) => m.id && current.actionItems.some((a) => a.id === m.id),
    );
    await tx.postmortemActionItem.deleteMany({
      where: { incidentId: current.id, status: { not: "DONE" }, id: { notIn: keep.map((m) => m.id!) } },
    });
    for (const m of keep) {
      await tx.postmortemActionItem.update({
        where: { id: m.id },
        data: {
          description: m.description,
          ownerId: m.ownerId,
          dueDate: new Date(`${m.dueDate}T00:00:00Z`),
          version: { increment: 1 },
        },
      });
    }
    await tx.postmortemActionItem.createMany({
      data: input.preventionMeasures
        .filter((m) => !keep.includes(m))
        .map((m) => ({
          incidentId: current.id,
          description: m.description,
          ownerId: m.ownerId,
          dueDate: new Date(`${m.dueDate}T00:00:00Z`),
        })),
    });
    await tx.incident.update({
      where: { id: current.id },
      data: {
        rootCause: input.rootCause,
        resolution: input.resolution,
        lessonsLearned: input.lessonsLearned ?? null,
        postmortemAt: current.postmortemAt ?? now,
        version: current.version + 1,
      },
    });
    await recordIncidentEvent(
      tx,
      current.id,
      actor,
      "POSTMORTEM",
      current.postmortemAt ? "Post-mortem revised" : "Post-mortem written",
      { measures: input.preventionMeasures.length },
      now,
    );
    const after = toIncidentResponse(await loadIncidentRow(tx, key), now);
    await recordAudit(tx, {
      actor,
      action: "incident.postmortem",
      entityType: "incident",
      entityId: key,
      before: toIncidentResponse(current, now),
      after,
    });
    return after;
  });
}
