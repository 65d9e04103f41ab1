// Escalation steps (lib/incidents/escalation-policy.ts) carried out: notify, record on the timeline,
// and remember the step so it fires once, whichever instance or worker gets there first.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { sqlExecute, sqlRows } from "@/lib/db/sql";
import { ESCALATION_STEPS, isEscalationDue } from "@/lib/incidents/escalation-policy";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import type { Severity } from "@/lib/incidents/sla";
import { log } from "@/lib/log";
import { loadPagedIncident, notifyPeople } from "@/lib/escalation/notify-people";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";

type EscalatableIncident = {
  id: string;
  key: string;
  title: string;
  severity: Severity;
  status: string;
  createdAt: Date;
};

export async function escalateIfDue(
  tx: Tx,
  incident: EscalatableIncident,
  now = new Date(),
): Promise<boolean> {
  const step = ESCALATION_STEPS[incident.severity];
  if (!step || !isEscalationDue(step, incident, now)) return false;
  const claimed = await sqlExecute(
    Prisma.sql`
    INSERT INTO incident_escalations (id, incident_id, level, fired_at, notified)
    VALUES (gen_random_uuid(), ${incident.id}::uuid, ${step.level}, ${now}, 0)
    ON CONFLICT (incident_id, level) DO NOTHING`,
    { client: tx },
  );
  if (claimed === 0) return false;
  const recipients = await activeUserIdsWithRoles(tx, step.notify);
  const paged = await loadPagedIncident(tx, incident.id);
  const reason =
    step.afterMinutes === 0
      ? "P1 incidents notify ops managers and executives at once (operations handbook)."
      : `Unresolved after ${step.afterMinutes / 60} h (operations handbook).`;
  // The bell and each person's own channels (e-mail, chat, webhook) by their rules for the severity.
  const notified = paged
    ? (
        await notifyPeople(
          tx,
          paged,
          recipients,
          {
            kind: "INCIDENT_ESCALATION",
            bellTitle: `${incident.severity} ${incident.key} escalated: ${incident.title}`,
            reason,
            event: "incident.escalated",
          },
          now,
        )
      ).people
    : 0;
  await recordWebhookEvent(
    tx,
    "incident.escalated",
    {
      incident: { id: incident.id, key: incident.key, title: incident.title, severity: incident.severity },
      matrix: step.level,
      notifiedRoles: step.notify,
    },
    now,
  );
  await tx.incidentEscalation.update({
    where: { incidentId_level: { incidentId: incident.id, level: step.level } },
    data: { notified },
  });
  const who = step.notify.map((r) => (r === "OPS_MANAGER" ? "ops managers" : "executives")).join(" and ");
  await recordIncidentEvent(
    tx,
    incident.id,
    { id: null, name: "Escalation" },
    "ESCALATED",
    `Escalated to ${who} (${notified} notified)`,
    { level: step.level, notified },
    now,
  );
  return true;
}

// The sweep the escalation job runs every minute: open P2/P3 (and any P1 not yet escalated) past due.
export async function runEscalationSweep(now = new Date()): Promise<number> {
  const candidates = await sqlRows<EscalatableIncident>(
    Prisma.sql`
    SELECT i.id, i.key, i.title, i.severity::text AS severity, i.status::text AS status, i.created_at AS "createdAt"
    FROM incidents i
    WHERE i.status IN ('OPEN', 'IN_PROGRESS')
      AND ((i.severity = 'P1')
        OR (i.severity = 'P2' AND i.created_at <= ${new Date(now.getTime() - 120 * 60_000)})
        OR (i.severity = 'P3' AND i.created_at <= ${new Date(now.getTime() - 24 * 60 * 60_000)}))
      AND NOT EXISTS (SELECT 1 FROM incident_escalations e WHERE e.incident_id = i.id
        AND e.level = CASE i.severity WHEN 'P1' THEN 'P1_IMMEDIATE' WHEN 'P2' THEN 'P2_UNRESOLVED_2H' ELSE 'P3_UNRESOLVED_24H' END)
    ORDER BY i.created_at
    LIMIT 500`,
    { client: db },
  );
  let fired = 0;
  for (const incident of candidates) {
    if (await db.$transaction((tx) => escalateIfDue(tx, incident, now))) fired += 1;
  }
  if (fired) log.info("escalations fired", { fired });
  return fired;
}

// Weekly review: every ops manager gets the list of P4 incidents still open.
export async function runWeeklyP4Review(now = new Date()): Promise<number> {
  const open = await db.incident.findMany({
    where: { severity: "P4", status: { in: ["OPEN", "IN_PROGRESS"] } },
    select: { key: true },
    orderBy: { createdAt: "asc" },
  });
  if (open.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const managers = await activeUserIdsWithRoles(tx, ["OPS_MANAGER"]);
    return notifyUsers(tx, managers, {
      kind: "P4_WEEKLY_REVIEW",
      title: `Weekly review: ${open.length} open P4 incident${open.length === 1 ? "" : "s"}`,
      body: `${open
        .slice(0, 20)
        .map((i) => i.key)
        .join(", ")}${open.length > 20 ? ", …" : ""} (as of ${now.toISOString().slice(0, 10)})`,
      link: "/incidents?severity=P4",
    });
  });
}
