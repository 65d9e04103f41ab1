// What alerts brought to an incident (its groups and their alerts), the integration's notification log,
// and the changes that probably caused an incident (any source).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { StoredAlert } from "@/lib/alerts/process";
import type { IntegrationKind } from "@/lib/alerts/schemas";
import { rankSuspects, SUSPECT_LOOKBACK_MS, type ChangeActivity } from "@/lib/alerts/suspect-changes";
import { sqlRows } from "@/lib/db/sql";
import { notFound } from "@/lib/errors";

async function incidentOf(key: string) {
  const [incident] = await sqlRows<{ id: string; createdAt: Date; services: string[] }>(
    Prisma.sql`SELECT id, created_at AS "createdAt", affected_services AS services FROM incidents WHERE key = ${key}`,
  );
  if (!incident) throw notFound(`Incident ${key}`);
  return incident;
}

export async function incidentAlerts(key: string) {
  const incident = await incidentOf(key);
  const rows = await sqlRows<{
    groupKey: string;
    integrationId: string;
    integrationName: string;
    kind: IntegrationKind;
    firing: boolean;
    fireCount: number;
    truncatedAlerts: number;
    firstSeenAt: Date;
    lastSeenAt: Date;
    alerts: StoredAlert[];
  }>(Prisma.sql`
    SELECT g.group_key AS "groupKey", i.id AS "integrationId", i.name AS "integrationName", i.kind::text AS kind, g.firing,
      g.fire_count AS "fireCount", g.truncated_alerts AS "truncatedAlerts", g.first_seen_at AS "firstSeenAt",
      g.last_seen_at AS "lastSeenAt", g.alerts
    FROM alert_groups g JOIN integrations i ON i.id = g.integration_id
    WHERE g.incident_id = ${incident.id}::uuid ORDER BY g.first_seen_at`);
  return {
    items: rows.map((r) => ({
      groupKey: r.groupKey,
      integration: { id: r.integrationId, name: r.integrationName, kind: r.kind },
      firing: r.firing,
      fireCount: r.fireCount,
      truncatedAlerts: r.truncatedAlerts,
      firstSeenAt: r.firstSeenAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      alerts: r.alerts.map((a) => ({
        fingerprint: a.fingerprint,
        status: a.status,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        labels: a.labels,
        annotations: a.annotations,
        generatorURL: a.generatorURL,
        lastSeenAt: a.lastSeenAt,
      })),
    })),
  };
}

/** Changes on the incident's services implemented, verified or completed in the 24 h before it started. */
export async function suspectChanges(key: string) {
  const incident = await incidentOf(key);
  const since = new Date(incident.createdAt.getTime() - SUSPECT_LOOKBACK_MS);
  // When each change entered IMPLEMENTING and when it left the running states, from its timeline.
  const rows = await sqlRows<Omit<ChangeActivity, "services"> & { services: string[] }>(Prisma.sql`
    SELECT c.id, c.key, c.title, c.services, c.risk_level::text AS "riskLevel", c.status::text AS status,
      started.at AS "startedAt",
      CASE WHEN c.status IN ('IMPLEMENTING', 'VERIFYING') THEN NULL ELSE ended.at END AS "endedAt"
    FROM changes c
    JOIN LATERAL (SELECT min(e.at) AS at FROM change_events e WHERE e.change_id = c.id AND e.data->>'to' = 'IMPLEMENTING') started ON started.at IS NOT NULL
    LEFT JOIN LATERAL (SELECT max(e.at) AS at FROM change_events e WHERE e.change_id = c.id
      AND e.data->>'to' IN ('COMPLETED', 'ROLLED_BACK', 'CLOSED')) ended ON true
    WHERE c.services && ${incident.services}::text[]
      AND started.at <= ${incident.createdAt}
      AND (c.status IN ('IMPLEMENTING', 'VERIFYING') OR ended.at >= ${since})
    LIMIT 200`);
  const ranked = rankSuspects({ startedAt: incident.createdAt, services: incident.services }, rows);
  return {
    items: ranked.map((s) => ({
      change: {
        key: s.change.key,
        title: s.change.title,
        status: s.change.status,
        riskLevel: s.change.riskLevel,
        services: [...s.change.services],
      },
      reason: s.reason,
      score: s.score,
    })),
  };
}

export async function notificationLog(integrationId: string, limit = 50) {
  const rows = await sqlRows<{
    id: string;
    receivedAt: Date;
    state: "PENDING" | "PROCESSED" | "REJECTED" | "IGNORED";
    groupKey: string | null;
    outcome: string | null;
    error: string | null;
    incidentKey: string | null;
    body: unknown;
    rawText: string | null;
  }>(Prisma.sql`
    SELECT n.id::text AS id, n.received_at AS "receivedAt", n.state::text AS state, n.group_key AS "groupKey", n.outcome,
      n.error, i.key AS "incidentKey", n.body, n.raw_text AS "rawText"
    FROM alert_notifications n LEFT JOIN incidents i ON i.id = n.incident_id
    WHERE n.integration_id = ${integrationId}::uuid ORDER BY n.id DESC LIMIT ${limit}`);
  return {
    items: rows.map(({ rawText, body, receivedAt, ...r }) => ({
      ...r,
      receivedAt: receivedAt.toISOString(),
      body: body === null ? (rawText ?? "") : JSON.stringify(body, null, 2),
    })),
  };
}
