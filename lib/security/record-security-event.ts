// The portal's own security record: sign-ins, role and token changes, access decisions, audit-log
// views, and the anomalies detection rules raise. Written inside the caller's transaction when it has one.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import type { Anomaly, Severity } from "@/lib/security/detection-rules";
import { DETECTION_WINDOW_MS } from "@/lib/security/detection-rules";

export type PortalEvent = {
  type: "LOGIN_ATTEMPT" | "DATA_ACCESS" | "SYSTEM_CHANGE" | "ANOMALY";
  severity: Severity;
  summary: string;
  user?: { id: string | null; email: string } | null;
  details?: Prisma.InputJsonObject;
  source?: string;
  at?: Date;
  recordedById?: string | null;
};

export async function recordSecurityEvent(client: Tx | typeof db, event: PortalEvent) {
  return client.securityEvent.create({
    data: {
      type: event.type,
      severity: event.severity,
      source: event.source ?? "neuron-ops",
      summary: event.summary,
      userId: event.user?.id ?? null,
      userEmail: event.user?.email ?? null,
      details: event.details ?? {},
      recordedById: event.recordedById ?? null,
      ...(event.at ? { at: event.at } : {}),
    },
    select: { id: true },
  });
}

// An anomaly is raised once per rule and subject within the detection window, however many attempts
// keep matching; the advisory lock makes two instances seeing the same burst agree on that.
export async function raiseAnomaly(
  tx: Tx,
  anomaly: Anomaly,
  user: { id: string | null; email: string } | null,
  now = new Date(),
): Promise<boolean> {
  await sqlExecute(
    Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`anomaly:${anomaly.rule}:${anomaly.subject}`}))`,
    { client: tx },
  );
  const since = new Date(now.getTime() - DETECTION_WINDOW_MS);
  const existing = await tx.securityEvent.findFirst({
    where: { rule: anomaly.rule, ruleSubject: anomaly.subject, at: { gt: since } },
    select: { id: true },
  });
  if (existing) return false;
  await tx.securityEvent.create({
    data: {
      type: "ANOMALY",
      severity: anomaly.severity,
      source: "neuron-ops detection",
      summary: anomaly.summary,
      userId: user?.id ?? null,
      userEmail: user?.email ?? null,
      details: anomaly.details as Prisma.InputJsonObject,
      rule: anomaly.rule,
      ruleSubject: anomaly.subject,
      at: now,
    },
  });
  return true;
}
