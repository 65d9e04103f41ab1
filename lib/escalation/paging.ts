// Escalation carried out: each new incident gets the plan of its service's policy, and the paging job
// pages each step when it is due (lib/escalation/escalation-plan.ts decides; this file loads, pages,
// records). Acknowledging or resolving stops it, reassigning restarts it for the new person; a step that
// reaches nobody is written on the timeline and the next one pages at once. Nothing here runs in the
// request that reports the incident: the job hears the new incident (NOTIFY on commit) and starts it.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db";
import { sqlExecute, sqlRows } from "@/lib/db/sql";
import {
  dueSteps,
  escalationPlan,
  nextDueAt,
  reassignedPlan,
  type EscalationPlan,
  type StepRecord,
} from "@/lib/escalation/escalation-plan";
import { loadPagedIncident, notifyPeople } from "@/lib/escalation/notify-people";
import { loadPolicies } from "@/lib/escalation/policies";
import {
  escalationStep,
  policyForService,
  type EscalationStep,
  type EscalationTarget,
} from "@/lib/escalation/schemas";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import { log } from "@/lib/log";
import { whoIsOnCallAt } from "@/lib/oncall/final-schedule";
import { loadSchedule } from "@/lib/oncall/schedules";
import type { Schedule } from "@/lib/oncall/schemas";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { z } from "zod";

/** Incidents reported this long ago or less get a plan when the job first sees them. */
const PICKUP_WINDOW_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const TIER_ORDER: Record<string, number> = { CRITICAL: 0, STANDARD: 1, DEVELOPMENT: 2 };

/** A step done, as stored in `incident_paging.done` (JSON). */
type DoneStep = { dueAt: string; fellThrough: boolean; paged: string[] };
const doneSchema = z.record(
  z.string(),
  z.object({ dueAt: z.string(), fellThrough: z.boolean(), paged: z.array(z.string()) }),
);

type PagingRow = {
  incidentId: string;
  policyId: string | null;
  policyName: string;
  steps: unknown;
  repeat: number;
  startedAt: Date;
  assigneeId: string | null;
  done: unknown;
};

function planOf(row: PagingRow): EscalationPlan {
  const steps = z.array(escalationStep).parse(row.steps);
  const policy = { steps, repeat: row.repeat };
  return row.assigneeId
    ? reassignedPlan(policy, row.startedAt, row.assigneeId)
    : escalationPlan(policy, row.startedAt);
}

function doneOf(row: Pick<PagingRow, "done">): Record<string, DoneStep> {
  const parsed = doneSchema.safeParse(row.done);
  return parsed.success ? parsed.data : {};
}

const asRecords = (done: Record<string, DoneStep>): Record<string, StepRecord> =>
  Object.fromEntries(
    Object.entries(done).map(([id, d]) => [id, { dueAt: new Date(d.dueAt), fellThrough: d.fellThrough }]),
  );

/**
 * Gives each incident reported in the last hour that has no plan yet the plan of its policy: the policy
 * of the most critical affected service that has one (its own, else its tier's default). Incidents whose
 * services have none get a row saying so, so they are not looked at again.
 */
export async function startPagingForNew(now = new Date()): Promise<number> {
  const fresh = await sqlRows<{ id: string; createdAt: Date; services: string[] }>(Prisma.sql`
    SELECT i.id, i.created_at AS "createdAt", i.affected_services AS services FROM incidents i
    WHERE i.created_at > ${new Date(now.getTime() - PICKUP_WINDOW_MS)} AND i.status IN ('OPEN', 'IN_PROGRESS')
      AND NOT EXISTS (SELECT 1 FROM incident_paging p WHERE p.incident_id = i.id)
    ORDER BY i.created_at LIMIT 500`);
  if (fresh.length === 0) return 0;
  const [policies, services] = await Promise.all([
    loadPolicies(db),
    db.service.findMany({
      where: { slug: { in: [...new Set(fresh.flatMap((i) => i.services))] } },
      select: { slug: true, tier: true },
    }),
  ]);
  const bySlug = new Map(services.map((s) => [s.slug, s]));
  const rows = fresh.map((incident) => {
    const affected = incident.services
      .map((slug) => bySlug.get(slug))
      .filter((s): s is { slug: string; tier: (typeof services)[number]["tier"] } => !!s)
      .sort((a, b) => (TIER_ORDER[a.tier] ?? 9) - (TIER_ORDER[b.tier] ?? 9));
    const policy = affected.map((s) => policyForService(policies, s)).find((p) => p) ?? null;
    return {
      incidentId: incident.id,
      policyId: policy?.id ?? null,
      policyName: policy?.name ?? "",
      steps: policy?.steps ?? [],
      repeat: policy?.repeat ?? 0,
      startedAt: incident.createdAt,
      nextDueAt: policy ? incident.createdAt : null,
      stoppedAt: policy ? null : now,
      stopReason: policy ? null : "no-policy",
    };
  });
  const { count } = await db.incidentPaging.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** Who each target is at an instant: a schedule's on-call person, an active person, a role's people. */
async function targetResolver(tx: Tx, steps: readonly EscalationStep[], now: Date) {
  const targets = steps.flatMap((s) => s.targets);
  const scheduleIds = [...new Set(targets.flatMap((t) => (t.kind === "schedule" ? [t.scheduleId] : [])))];
  const schedules = new Map<string, { name: string; schedule: Schedule }>();
  for (const id of scheduleIds) {
    const row = await tx.onCallSchedule.findUnique({ where: { id } });
    if (row)
      schedules.set(id, {
        name: row.name,
        schedule: await loadSchedule(row, {
          from: new Date(now.getTime() - 2 * DAY_MS),
          to: new Date(now.getTime() + DAY_MS),
        }),
      });
  }
  const people = await tx.user.findMany({
    where: { isActive: true },
    select: { id: true, name: true, roles: true },
  });
  const active = new Map(people.map((p) => [p.id, p]));
  const resolve = (target: EscalationTarget, at: Date): string[] => {
    if (target.kind === "schedule") {
      const s = schedules.get(target.scheduleId);
      const who = s ? whoIsOnCallAt(s.schedule, at).userId : null;
      return who && active.has(who) ? [who] : [];
    }
    if (target.kind === "user") return active.has(target.userId) ? [target.userId] : [];
    return people.filter((p) => p.roles.includes(target.role)).map((p) => p.id);
  };
  const describe = (target: EscalationTarget): string =>
    target.kind === "schedule"
      ? `nobody on call on ${schedules.get(target.scheduleId)?.name ?? "a deleted schedule"}`
      : target.kind === "user"
        ? "a person who is no longer active"
        : `nobody active with the role ${target.role}`;
  return { resolve, describe, nameOf: (id: string) => active.get(id)?.name ?? "someone" };
}

/** Pages what is due on one incident's plan, in the caller's transaction; returns the steps paged. */
async function pageDue(tx: Tx, incidentId: string, now: Date): Promise<number> {
  // The incident first, then its plan: the order updateIncident (a reassignment) takes them in.
  const [incident] = await sqlRows<{
    status: string;
    assignedToId: string | null;
    acknowledgedAt: Date | null;
  }>(
    Prisma.sql`SELECT status::text AS status, assigned_to_id AS "assignedToId", acknowledged_at AS "acknowledgedAt"
      FROM incidents WHERE id = ${incidentId}::uuid FOR UPDATE`,
    { client: tx },
  );
  const [row] = await sqlRows<PagingRow>(
    Prisma.sql`SELECT incident_id AS "incidentId", policy_id AS "policyId", policy_name AS "policyName", steps, repeat,
      started_at AS "startedAt", assignee_id AS "assigneeId", done
    FROM incident_paging WHERE incident_id = ${incidentId}::uuid AND next_due_at <= ${now} FOR UPDATE`,
    { client: tx },
  );
  if (!row) return 0;
  const stop = (reason: string) =>
    tx.incidentPaging.update({
      where: { incidentId },
      data: { nextDueAt: null, stoppedAt: now, stopReason: reason },
    });
  if (!incident) return 0;
  if (incident.acknowledgedAt) return (await stop("acknowledged"), 0);
  if (incident.status === "RESOLVED" || incident.status === "CLOSED") return (await stop("resolved"), 0);
  const plan = planOf(row);
  const done = doneOf(row);
  const steps = z.array(escalationStep).parse(row.steps);
  const { resolve, describe, nameOf } = await targetResolver(tx, steps, now);
  const due = dueSteps(plan, { done: asRecords(done) }, now, resolve);
  const paged = await loadPagedIncident(tx, incidentId);
  if (!paged) return 0;
  const actor = { id: null, name: "Escalation" };
  let assignedToId = incident.assignedToId;
  for (const step of due) {
    const where = `step ${step.step}${step.round ? ` (repeat ${step.round})` : ""} of ${row.policyName}`;
    const reason =
      step.round === 0 && step.step === 1 && !row.assigneeId
        ? `You are paged by ${where}: ${paged.severity} ${paged.key} needs an acknowledgement`
        : `Escalated to you: ${where}; nobody has acknowledged ${paged.key} yet`;
    if (step.fellThrough) {
      const why = step.unreached.map(describe).join(", ");
      await recordIncidentEvent(
        tx,
        incidentId,
        actor,
        "ESCALATED",
        `${where[0]!.toUpperCase()}${where.slice(1)}: ${why}; went on to the next step`,
        { step: step.step, round: step.round, fellThrough: true },
        now,
      );
    } else {
      await notifyPeople(
        tx,
        paged,
        step.recipients,
        {
          kind: "INCIDENT_PAGE",
          reason,
          event: step.step === 1 && step.round === 0 ? "incident.paged" : "incident.escalated",
        },
        now,
      );
      const names = step.recipients.map(nameOf).join(", ");
      const gaps = step.unreached.length ? ` (${step.unreached.map(describe).join(", ")})` : "";
      await recordIncidentEvent(
        tx,
        incidentId,
        actor,
        "ESCALATED",
        `Paged ${names}: ${where}${gaps}`,
        { step: step.step, round: step.round, paged: [...step.recipients] },
        now,
      );
      if (step.step > 1 || step.round > 0) {
        await recordWebhookEvent(
          tx,
          "incident.escalated",
          {
            incident: { id: paged.id, key: paged.key, title: paged.title, severity: paged.severity },
            policy: row.policyName,
            step: step.step,
            round: step.round,
            paged: step.recipients.map((id) => ({ id, name: nameOf(id) })),
          },
          now,
        );
      }
      // Nobody took it: the first person the policy pages from a schedule owns it now.
      const onCall =
        step.step === 1 && step.round === 0 && !row.assigneeId && !assignedToId
          ? step.targets.flatMap((t) => (t.kind === "schedule" ? resolve(t, step.dueAt) : []))[0]
          : undefined;
      if (onCall) {
        assignedToId = onCall;
        await sqlExecute(
          // The version stays: the reporter acting on the incident this second (acknowledging with
          // the version their report returned) is not refused for a change nobody made by hand.
          Prisma.sql`UPDATE incidents SET assigned_to_id = ${onCall}::uuid, updated_at = ${now} WHERE id = ${incidentId}::uuid`,
          { client: tx },
        );
        await recordIncidentEvent(
          tx,
          incidentId,
          actor,
          "ASSIGNED",
          `Assigned to ${nameOf(onCall)}: on call, and nobody had taken it`,
          { from: null, to: onCall, by: "escalation" },
          now,
        );
        await recordAudit(tx, {
          actor: { id: null, email: "system:escalation" },
          action: "incident.assign",
          entityType: "incident",
          entityId: paged.key,
          before: { assignedTo: null },
          after: { assignedTo: onCall, reason: `on call (${row.policyName})` },
        });
      }
    }
    done[step.id] = {
      dueAt: step.dueAt.toISOString(),
      fellThrough: step.fellThrough,
      paged: [...step.recipients],
    };
  }
  const next = nextDueAt(plan, { done: asRecords(done) });
  await tx.incidentPaging.update({
    where: { incidentId },
    data: {
      done: done,
      nextDueAt: next,
      ...(next ? {} : { stoppedAt: now, stopReason: "finished" }),
    },
  });
  return due.length;
}

/** The paging job: every plan with a step due, each in its own transaction. Returns the steps paged. */
export async function runPagingDue(now = new Date()): Promise<number> {
  const due = await sqlRows<{ id: string }>(Prisma.sql`
    SELECT incident_id AS id FROM incident_paging WHERE next_due_at <= ${now} ORDER BY next_due_at LIMIT 200`);
  let paged = 0;
  for (const { id } of due) {
    try {
      paged += await db.$transaction((tx) => pageDue(tx, id, now));
    } catch (error) {
      log.error("paging failed; the next sweep tries again", { incidentId: id, error: String(error) });
    }
  }
  return paged;
}

/** When the next step of any plan is due (the job wakes then). */
export async function nextPagingAt(): Promise<Date | null> {
  const [row] = await sqlRows<{ at: Date | null }>(
    Prisma.sql`SELECT min(next_due_at) AS at FROM incident_paging WHERE next_due_at IS NOT NULL`,
  );
  return row?.at ?? null;
}

/**
 * An incident was assigned to `assigneeId` by `actorId` (in the caller's transaction). Not yet
 * acknowledged: its plan restarts for the new person (they are paged at once, the rest of the policy
 * backs them up); taking it oneself restarts it without paging oneself. Already acknowledged: the new
 * person is told, nothing escalates.
 */
export async function restartPagingForAssignee(
  tx: Tx,
  incident: { id: string; acknowledgedAt: Date | null },
  assigneeId: string,
  actor: { id: string; name: string },
  now = new Date(),
) {
  const [row] = await sqlRows<PagingRow>(
    Prisma.sql`SELECT incident_id AS "incidentId", policy_id AS "policyId", policy_name AS "policyName", steps, repeat,
      started_at AS "startedAt", assignee_id AS "assigneeId", done
    FROM incident_paging WHERE incident_id = ${incident.id}::uuid FOR UPDATE`,
    { client: tx },
  );
  const self = assigneeId === actor.id;
  if (!row?.policyId || incident.acknowledgedAt) {
    if (self) return;
    const paged = await loadPagedIncident(tx, incident.id);
    if (paged)
      await notifyPeople(
        tx,
        paged,
        [assigneeId],
        {
          kind: "INCIDENT_ASSIGNED",
          reason: `${actor.name} assigned ${paged.key} to you`,
          event: "incident.assigned",
        },
        now,
      );
    return;
  }
  const plan = reassignedPlan(
    { steps: z.array(escalationStep).parse(row.steps), repeat: row.repeat },
    now,
    assigneeId,
  );
  const first = plan.steps[0]!;
  const done: Record<string, DoneStep> = self
    ? { [first.id]: { dueAt: now.toISOString(), fellThrough: false, paged: [] } }
    : {};
  await tx.incidentPaging.update({
    where: { incidentId: incident.id },
    data: {
      startedAt: now,
      assigneeId,
      done: done,
      nextDueAt: nextDueAt(plan, { done: asRecords(done) }),
      stoppedAt: null,
      stopReason: null,
    },
  });
}
