// What was approved, recorded with the approval itself: the timeline event that approves a round carries
// `data.approved` (window, environment, services, plans digest, risk answers, round). A later edit is
// compared with that record, not with the row, which the edit is about to overwrite.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ChangeScope } from "@/lib/changes/reapproval";
import type { Environment } from "@/lib/changes/types";
import type { db, Tx } from "@/lib/db";

type ScopeSource = {
  plannedStart: Date | null;
  plannedEnd: Date | null;
  environment: Environment;
  services: readonly string[];
  implementationPlan: string;
  rollbackPlan: string;
  verificationPlan: string;
  riskAnswers: Prisma.JsonValue;
};

const answers = z.record(z.string(), z.string());
const approvedRecord = z.object({
  round: z.number().int(),
  start: z.string(),
  end: z.string(),
  environment: z.enum(["PRODUCTION", "STAGING", "DEVELOPMENT"]),
  services: z.array(z.string()),
  planDigest: z.string(),
  riskAnswers: answers,
});

export function planDigest(
  change: Pick<ScopeSource, "implementationPlan" | "rollbackPlan" | "verificationPlan">,
): string {
  return createHash("sha256")
    .update(JSON.stringify([change.implementationPlan, change.rollbackPlan, change.verificationPlan]))
    .digest("hex");
}

/** The scope of a change as its fields stand (null without a planned window). */
export function scopeOf(change: ScopeSource): ChangeScope | null {
  if (!change.plannedStart || !change.plannedEnd) return null;
  const parsed = answers.safeParse(change.riskAnswers ?? {});
  return {
    start: change.plannedStart.toISOString(),
    end: change.plannedEnd.toISOString(),
    environment: change.environment,
    services: [...change.services].sort(),
    planDigest: planDigest(change),
    riskAnswers: parsed.success ? parsed.data : {},
  };
}

/** The `approved` entry for the event that approves `round` (spread into the event's data). */
export function approvedEventData(
  change: ScopeSource,
  round: number,
): { approved: Prisma.InputJsonObject } | Record<string, never> {
  const scope = scopeOf(change);
  return scope
    ? { approved: { round, ...scope, services: [...scope.services], riskAnswers: { ...scope.riskAnswers } } }
    : {};
}

/**
 * What the round in force approved. A change approved before approvals were recorded (or without a window)
 * falls back to its fields as they stand: until now nothing could change after approval but the window
 * given when scheduling, so that is what was in force.
 */
export async function loadApprovedScope(
  client: Tx | typeof db,
  change: ScopeSource & { id: string; round: number },
): Promise<ChangeScope | null> {
  const event = await client.changeEvent.findFirst({
    where: { changeId: change.id, data: { path: ["approved", "round"], equals: change.round } },
    orderBy: { id: "desc" },
    select: { data: true },
  });
  const record = approvedRecord.safeParse((event?.data as { approved?: unknown } | null)?.approved);
  if (!record.success) return scopeOf(change);
  const { round: _round, ...scope } = record.data;
  return scope;
}
