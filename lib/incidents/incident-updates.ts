// Communication updates: rendered on the handbook's template, each setting when the next one is due.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { formatInstant } from "@/lib/format/instant";
import { renderIncidentNotification } from "@/lib/incidents/notification-template";
import { portalOrigin } from "@/lib/env";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import type { CreateUpdateInput, IncidentUpdateResponse } from "@/lib/incidents/schemas";

type UpdateRow = {
  id: string;
  createdAt: Date;
  impact: string;
  currentActions: string[];
  workaround: string | null;
  nextUpdateAt: Date;
  isPublic: boolean;
  markdown: string;
  authorId: string;
};

function toUpdateResponse(
  key: string,
  row: UpdateRow,
  author: { id: string; name: string },
): IncidentUpdateResponse {
  return {
    id: row.id,
    incidentKey: key,
    author,
    createdAt: row.createdAt.toISOString(),
    impact: row.impact,
    currentActions: row.currentActions,
    workaround: row.workaround,
    nextUpdateAt: row.nextUpdateAt.toISOString(),
    public: row.isPublic,
    markdown: row.markdown,
  };
}

export async function postIncidentUpdate(
  actor: Principal,
  key: string,
  input: CreateUpdateInput,
  now = new Date(),
): Promise<IncidentUpdateResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM incidents WHERE key = ${key} FOR UPDATE`, { client: tx });
    const incident = await tx.incident.findUnique({ where: { key } });
    if (!incident) throw notFound(`Incident ${key}`);
    if (incident.status === "CLOSED")
      throw new AppError("UNPROCESSABLE", `${key} is closed; post a new incident or reopen it first`);
    const nextUpdateAt = new Date(input.nextUpdateAt);
    const markdown = renderIncidentNotification({
      key,
      severity: incident.severity,
      status: incident.status,
      affectedServices: incident.affectedServices,
      impact: input.impact,
      startedAt: incident.createdAt,
      nextUpdateAt,
      currentActions: input.currentActions,
      workaround: input.workaround ?? null,
    });
    const row = await tx.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        authorId: actor.id,
        createdAt: now,
        impact: input.impact,
        currentActions: input.currentActions,
        workaround: input.workaround ?? null,
        nextUpdateAt,
        isPublic: input.public,
        markdown,
      },
    });
    // The next update due is bookkeeping, not a concurrent edit: the incident's version is left alone.
    await tx.incident.update({ where: { id: incident.id }, data: { nextUpdateDueAt: nextUpdateAt } });
    await recordIncidentEvent(
      tx,
      incident.id,
      actor,
      "UPDATE_POSTED",
      `${input.public ? "Public" : "Internal"} update posted; next due ${formatInstant(nextUpdateAt, { zone: "utc" })}`,
      { updateId: row.id },
      now,
    );
    const response = toUpdateResponse(key, row, { id: actor.id, name: actor.name });
    await recordAudit(tx, {
      actor,
      action: "incident.update.post",
      entityType: "incident",
      entityId: key,
      after: response,
    });
    await recordWebhookEvent(
      tx,
      "incident.updated",
      {
        incident: {
          id: incident.id,
          key,
          title: incident.title,
          severity: incident.severity,
          status: incident.status,
          url: `${portalOrigin}/incidents/${encodeURIComponent(key)}`,
        },
        update: response,
      },
      now,
    );
    return response;
  });
}

export async function listIncidentUpdates(key: string): Promise<IncidentUpdateResponse[]> {
  const incident = await db.incident.findUnique({ where: { key }, select: { id: true } });
  if (!incident) throw notFound(`Incident ${key}`);
  const rows = await db.incidentUpdate.findMany({
    where: { incidentId: incident.id },
    orderBy: { createdAt: "desc" },
  });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, name: true },
  });
  const byId = new Map(authors.map((a) => [a.id, a]));
  return rows.map((r) =>
    toUpdateResponse(key, r, byId.get(r.authorId) ?? { id: r.authorId, name: "Unknown" }),
  );
}
