// Status, severity, assignee and field changes, each checked against the handbook's rules and recorded
// on the timeline. Optimistic concurrency: the row is locked and the client's version must match.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";
import { escalateIfDue } from "@/lib/incidents/escalate";
import { loadIncidentRow } from "@/lib/incidents/get-incident";
import { checkTransition, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import { portalOrigin } from "@/lib/env";
import { restartPagingForAssignee } from "@/lib/escalation/paging";
import { incidentStatusEvent, webhookIncident } from "@/lib/webhooks/events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import type { IncidentResponse, UpdateIncidentInput } from "@/lib/incidents/schemas";
import { computeDueDates } from "@/lib/incidents/sla";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

export async function updateIncident(
  actor: Principal,
  key: string,
  input: UpdateIncidentInput,
  now = new Date(),
  /** More work that must commit with this change (an acknowledge link marked used). */
  alsoInTransaction?: (tx: Tx, current: { id: string }) => Promise<void>,
): Promise<IncidentResponse> {
  return db
    .$transaction(async (tx) => {
      await sqlExecute(Prisma.sql`SELECT 1 FROM incidents WHERE key = ${key} FOR UPDATE`, { client: tx });
      const current = await loadIncidentRow(tx, key);
      if (current.version !== input.version) throw staleVersion(`Incident ${key}`);
      if (current.status === "CLOSED")
        throw new AppError("UNPROCESSABLE", `${key} is closed and can no longer change`);

      // Prisma's own input type: a misspelt column does not compile.
      const data: Prisma.IncidentUncheckedUpdateInput = {};
      const events: { kind: string; summary: string; data?: Prisma.InputJsonObject }[] = [];
      const severity = input.severity ?? current.severity;

      for (const field of ["title", "description", "impact", "rootCause"] as const) {
        if (input[field] !== undefined && input[field] !== current[field]) {
          data[field] = input[field];
          events.push({
            kind: "FIELD_CHANGED",
            summary: `Changed ${field === "rootCause" ? "root cause" : field}`,
            data: { field },
          });
        }
      }
      if (input.resolution !== undefined && input.resolution !== current.resolution)
        data.resolution = input.resolution;
      if (input.affectedServices) {
        const services = await assertServicesExist(tx, input.affectedServices);
        if (services.join() !== current.affectedServices.join()) {
          data.affectedServices = services;
          events.push({
            kind: "SERVICES_CHANGED",
            summary: `Affected services: ${services.join(", ") || "none"}`,
            data: { from: current.affectedServices, to: services },
          });
        }
      }

      if (input.severity && input.severity !== current.severity) {
        data.severity = input.severity;
        const due = computeDueDates(current.createdAt, input.severity);
        data.responseDueAt = due.responseDueAt;
        data.resolutionDueAt = due.resolutionDueAt;
        events.push({
          kind: "SEVERITY_CHANGED",
          summary: `Severity ${current.severity} → ${input.severity}; SLA clocks recomputed`,
          data: { from: current.severity, to: input.severity },
        });
      }

      if (input.causedByChange !== undefined) {
        const linked = input.causedByChange
          ? await tx.change.findUnique({
              where: { key: input.causedByChange.toUpperCase() },
              select: { id: true, key: true },
            })
          : null;
        if (input.causedByChange && !linked) {
          throw new AppError("UNPROCESSABLE", `No change ${input.causedByChange}`, {
            errors: [{ path: "causedByChange", message: "Not a change key" }],
          });
        }
        if ((linked?.id ?? null) !== (current.causedByChangeId ?? null)) {
          data.causedByChangeId = linked?.id ?? null;
          events.push({
            kind: "CHANGE_LINKED",
            summary: linked ? `Caused by change ${linked.key}` : "No longer linked to a change",
            data: { change: linked?.key ?? null },
          });
        }
      }

      let assignee = input.assignedTo === undefined ? current.assignedToId : input.assignedTo;
      const status = input.status ?? current.status;
      if (status !== current.status) {
        if (status === "CLOSED" && !can(actor.roles, "incident:close"))
          throw new AppError("FORBIDDEN", "Only an ops manager closes incidents");
        const resolution = input.resolution ?? current.resolution;
        const verdict = checkTransition(current.status, status, {
          severity,
          hasResolution: !!resolution?.trim(),
          hasPostmortem: current.postmortemAt !== null,
        });
        if (!verdict.ok)
          throw new AppError("UNPROCESSABLE", verdict.message, {
            errors: [{ path: verdict.field, message: verdict.message }],
          });
        data.status = status;
        if (status === "IN_PROGRESS" && !current.acknowledgedAt) {
          data.acknowledgedAt = now;
          if (!assignee) assignee = actor.id; // acknowledging an unowned incident takes it
        }
        if (status === "IN_PROGRESS" && current.status === "RESOLVED") data.resolvedAt = null;
        if (status === "RESOLVED") data.resolvedAt = now;
        if (status === "CLOSED") data.closedAt = now;
        const label =
          current.status === "RESOLVED" && status === "IN_PROGRESS"
            ? "Reopened"
            : !current.acknowledgedAt && status === "IN_PROGRESS"
              ? "Acknowledged"
              : `Status ${STATUS_LABELS[current.status]} → ${STATUS_LABELS[status]}`;
        events.push({ kind: "STATUS_CHANGED", summary: label, data: { from: current.status, to: status } });
      }

      if (assignee !== current.assignedToId) {
        // Anyone working incidents may take one, or hand back their own; assigning others is a manager's call.
        const ownMove = assignee === actor.id || (assignee === null && current.assignedToId === actor.id);
        if (!ownMove && !can(actor.roles, "incident:assign"))
          throw new AppError("FORBIDDEN", "Only an ops manager assigns incidents to someone else");
        let name = "nobody";
        if (assignee) {
          const user = await tx.user.findUnique({
            where: { id: assignee },
            select: { name: true, isActive: true },
          });
          if (!user?.isActive)
            throw new AppError("UNPROCESSABLE", "The assignee is not an active user", {
              errors: [{ path: "assignedTo", message: "Not an active user" }],
            });
          name = user.name;
        }
        data.assignedToId = assignee;
        events.push({
          kind: "ASSIGNED",
          summary: assignee ? `Assigned to ${name}` : "Unassigned",
          data: { from: current.assignedToId, to: assignee },
        });
      }

      if (events.length === 0 && Object.keys(data).length === 0) return toIncidentResponse(current, now);
      if (alsoInTransaction) await alsoInTransaction(tx, current);
      await tx.incident.update({ where: { key }, data: { ...data, version: current.version + 1 } });
      for (const e of events)
        await recordIncidentEvent(tx, current.id, actor, e.kind, e.summary, e.data, now);
      if (data.severity || data.status) {
        await escalateIfDue(
          tx,
          { id: current.id, key, title: current.title, severity, status, createdAt: current.createdAt },
          now,
        );
      }
      const after = toIncidentResponse(await loadIncidentRow(tx, key), now);
      await recordAudit(tx, {
        actor,
        action: "incident.update",
        entityType: "incident",
        entityId: key,
        before: toIncidentResponse(current, now),
        after,
      });
      const hook = {
        incident: webhookIncident(after, portalOrigin),
        actor: { id: actor.id, name: actor.name },
      };
      const moved = data.status
        ? incidentStatusEvent(current.status, status, data.acknowledgedAt !== undefined)
        : null;
      if (moved) await recordWebhookEvent(tx, moved, hook, now);
      if (data.assignedToId !== undefined) {
        await recordWebhookEvent(tx, "incident.assigned", hook, now);
        if (assignee)
          await restartPagingForAssignee(
            tx,
            {
              id: current.id,
              acknowledgedAt: (data.acknowledgedAt as Date | undefined) ?? current.acknowledgedAt,
            },
            assignee,
            actor,
            now,
          );
      }
      return after;
    })
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound(`Incident ${key}`);
      throw error;
    });
}
