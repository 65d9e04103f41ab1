// What an incident's escalation looks like to the people working it: its policy, whether it is still
// paging, each step of the plan with when it was (or will be) paged and whom. Read by the incident
// page's Escalation panel (GET /api/incidents/{key}/paging).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { escalationPlan, reassignedPlan } from "@/lib/escalation/escalation-plan";
import type { PagingResponse } from "@/lib/escalation/api-schemas";
import { escalationStep, type EscalationTarget } from "@/lib/escalation/schemas";

const ROLE_WORDS: Record<string, string> = {
  ENGINEER: "Engineers",
  OPS_MANAGER: "Ops managers",
  CAB_MEMBER: "CAB members",
  SECURITY: "Security",
  EXECUTIVE: "Executives",
  ADMIN: "Admins",
};

const doneSchema = z.record(
  z.string(),
  z.object({ dueAt: z.string(), fellThrough: z.boolean(), paged: z.array(z.string()) }),
);

export async function getIncidentPaging(key: string): Promise<PagingResponse> {
  const incident = await db.incident.findUnique({ where: { key }, select: { id: true, paging: true } });
  if (!incident) throw notFound(`Incident ${key}`);
  const row = incident.paging;
  const empty = { policy: null, startedAt: null, restartedFor: null, nextDueAt: null, steps: [] };
  if (!row) return { state: "not-started", ...empty };
  if (!row.policyId && row.stopReason !== null && row.steps !== null && (row.steps as unknown[]).length === 0)
    return {
      state: row.stopReason === "reported-before-policies" ? "reported-before-policies" : "no-policy",
      ...empty,
    };
  const steps = z.array(escalationStep).parse(row.steps);
  const policy = { steps, repeat: row.repeat };
  const plan = row.assigneeId
    ? reassignedPlan(policy, row.startedAt, row.assigneeId)
    : escalationPlan(policy, row.startedAt);
  const done = doneSchema.safeParse(row.done).data ?? {};
  const ids = new Set<string>([
    ...Object.values(done).flatMap((d) => d.paged),
    ...(row.assigneeId ? [row.assigneeId] : []),
  ]);
  const scheduleIds = new Set<string>();
  for (const s of steps)
    for (const t of s.targets) {
      if (t.kind === "user") ids.add(t.userId);
      if (t.kind === "schedule") scheduleIds.add(t.scheduleId);
    }
  const [people, schedules] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } }),
    db.onCallSchedule.findMany({ where: { id: { in: [...scheduleIds] } }, select: { id: true, name: true } }),
  ]);
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? "someone";
  const words = (t: EscalationTarget) =>
    t.kind === "schedule"
      ? `On call: ${schedules.find((s) => s.id === t.scheduleId)?.name ?? "a deleted schedule"}`
      : t.kind === "user"
        ? name(t.userId)
        : (ROLE_WORDS[t.role] ?? t.role);
  // Steps not yet done are shown at the time they would come if every earlier one reached someone.
  const next = row.nextDueAt;
  let cursor = next?.getTime() ?? null;
  const view = plan.steps.map((s) => {
    const d = done[s.id];
    let dueAt: string | null = d?.dueAt ?? null;
    if (!d && cursor !== null && row.nextDueAt) {
      dueAt = new Date(cursor).toISOString();
      cursor += s.waitMinutes * 60_000;
    }
    return {
      round: s.round,
      step: s.step,
      targets: s.targets.map(words),
      dueAt,
      done: !!d,
      fellThrough: d?.fellThrough ?? false,
      paged: (d?.paged ?? []).map((id) => ({ id, name: name(id) })),
    };
  });
  const stopped =
    row.stopReason === "acknowledged" || row.stopReason === "resolved" ? row.stopReason : "finished";
  const state = row.nextDueAt ? ("paging" as const) : stopped;
  return {
    state,
    policy: { id: row.policyId, name: row.policyName },
    startedAt: row.startedAt.toISOString(),
    restartedFor: row.assigneeId ? { id: row.assigneeId, name: name(row.assigneeId) } : null,
    nextDueAt: row.nextDueAt?.toISOString() ?? null,
    steps: view,
  };
}
