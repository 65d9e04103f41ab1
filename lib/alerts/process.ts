// Processing recorded notifications: each group's in the order received, one transaction each, under
// the group's advisory lock (so two workers, on one instance or several, never interleave a group). A
// notification is processed once: its row turns PROCESSED in the same transaction as its effects, and a
// sender's retry of a notification already processed (same body within RETRY_WINDOW) changes nothing.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  decideGroup,
  diffAlerts,
  labelFingerprint,
  type GroupAction,
  type GroupSignal,
  type KnownAlert,
} from "@/lib/alerts/grouping";
import { missedHeartbeatText } from "@/lib/alerts/heartbeat";
import {
  alertInstant,
  alertmanagerPayloadSchema,
  eventsV2Schema,
  type AlertmanagerPayload,
  type EventsV2Event,
} from "@/lib/alerts/payloads";
import { EVENT_SEVERITY, routeAlert, type RoutingRule, type SeverityMap } from "@/lib/alerts/routing";
import { changeWindowAt } from "@/lib/alerts/suspect-changes";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db";
import { sqlExecute, sqlRows } from "@/lib/db/sql";
import { insertAlertIncident, nextIncidentKey } from "@/lib/incidents/create-incident";
import { isServingRequests } from "@/lib/jobs/request-pressure";
import { escalateIfDue } from "@/lib/incidents/escalate";
import type { IncidentStatus } from "@/lib/incidents/lifecycle";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import type { Severity } from "@/lib/incidents/sla";
import { log } from "@/lib/log";

/** A notification with the same body as one processed this recently is the sender retrying it. */
const RETRY_WINDOW_MS = 10 * 60_000;

type Integration = {
  id: string;
  name: string;
  kind: "ALERTMANAGER" | "EVENTS" | "HEARTBEAT";
  services: string[];
  rules: RoutingRule[];
  severityMap: SeverityMap;
  autoResolve: boolean;
  reopenWindowMinutes: number;
  heartbeatMinutes: number | null;
  heartbeatSeverity: Severity;
  lastPingAt: Date | null;
  clockStartedAt: Date;
};

type Notification = {
  id: string;
  receivedAt: Date;
  body: unknown;
  groupKey: string;
  bodyHash: string | null;
};

/** What the group keeps of each alert: enough to show it and to tell what a notification changes. */
export type StoredAlert = KnownAlert & {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  endsAt: string | null;
  generatorURL: string | null;
  lastSeenAt: string;
};

type Group = {
  id: string;
  incidentId: string | null;
  firing: boolean;
  resolvedAt: Date | null;
  fireCount: number;
  alerts: StoredAlert[];
};

/** One notification in the terms every kind shares. */
type Signal = {
  signal: GroupSignal;
  alerts: StoredAlert[];
  labels: Record<string, string>;
  title: string;
  description: string;
  truncated: number;
  severityMap: SeverityMap;
  fixedSeverity?: Severity;
};

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const titleOf = (s: string) => clip(s.trim().length >= 3 ? s.trim() : `Alert: ${s.trim() || "unnamed"}`, 200);

function fromAlertmanager(p: AlertmanagerPayload, now: Date, map: SeverityMap): Signal {
  const alerts: StoredAlert[] = p.alerts.map((a) => ({
    fingerprint: a.fingerprint ?? labelFingerprint(a.labels),
    status: a.status,
    startsAt: a.startsAt,
    labels: a.labels,
    annotations: a.annotations,
    endsAt: alertInstant(a.endsAt)?.toISOString() ?? null,
    generatorURL: a.generatorURL ?? null,
    lastSeenAt: now.toISOString(),
  }));
  const labels = { ...p.groupLabels, ...p.commonLabels };
  const name = p.commonLabels.alertname ?? p.groupLabels.alertname ?? "Alert";
  const summary = p.commonAnnotations.summary ?? name;
  const lines = [
    p.commonAnnotations.description ?? "",
    `Alertmanager group ${p.groupKey} (${p.alerts.length} alert${p.alerts.length === 1 ? "" : "s"}${p.truncatedAlerts ? `, ${p.truncatedAlerts} more not sent` : ""}).`,
    ...p.alerts.slice(0, 20).map((a) => {
      const source = a.generatorURL ? ` — ${a.generatorURL}` : "";
      return `• ${a.labels.alertname ?? name} ${Object.entries(a.labels)
        .filter(([k]) => k !== "alertname")
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")} since ${a.startsAt}${source}`;
    }),
  ].filter(Boolean);
  return {
    signal: p.status,
    alerts,
    labels,
    title: titleOf(summary === name ? name : `${name}: ${summary}`),
    description: clip(lines.join("\n"), 20_000),
    truncated: p.truncatedAlerts,
    severityMap: map,
  };
}

function fromEvent(e: EventsV2Event, now: Date, map: SeverityMap): Signal {
  const key = e.dedup_key!;
  const p = e.payload;
  const signal: GroupSignal =
    e.event_action === "trigger" ? "firing" : e.event_action === "resolve" ? "resolved" : "acknowledge";
  const labels: Record<string, string> = p
    ? Object.fromEntries(
        Object.entries({
          severity: p.severity,
          source: p.source,
          component: p.component,
          group: p.group,
          class: p.class,
        }).filter((kv): kv is [string, string] => typeof kv[1] === "string"),
      )
    : {};
  const alert: StoredAlert = {
    fingerprint: key,
    status: signal === "resolved" ? "resolved" : "firing",
    startsAt: p?.timestamp ?? now.toISOString(),
    labels,
    annotations: p ? { summary: p.summary } : {},
    endsAt: signal === "resolved" ? now.toISOString() : null,
    generatorURL: e.client_url ?? e.links?.[0]?.href ?? null,
    lastSeenAt: now.toISOString(),
  };
  const details =
    p?.custom_details === undefined ? "" : `Details: ${JSON.stringify(p.custom_details, null, 2)}`;
  const description = [
    p ? `${p.summary}` : "",
    p
      ? `Source: ${p.source}${p.component ? `, component ${p.component}` : ""}${p.group ? `, group ${p.group}` : ""}`
      : "",
    `Events API dedup_key ${key}${e.client ? ` from ${e.client}` : ""}.`,
    details,
    ...(e.links ?? []).map((l) => `Link: ${l.text ? `${l.text} ` : ""}${l.href}`),
  ].filter(Boolean);
  return {
    signal,
    // An acknowledge carries no alert state: the group's alert stays as it was.
    alerts: signal === "acknowledge" ? [] : [alert],
    labels,
    title: titleOf(p?.summary ?? key),
    description: clip(description.join("\n"), 20_000),
    truncated: 0,
    severityMap: { ...EVENT_SEVERITY, ...map },
  };
}

function fromHeartbeat(body: { event?: string }, integration: Integration, now: Date): Signal {
  const missed = body.event === "missed";
  const text = missedHeartbeatText(
    integration.name,
    {
      intervalMinutes: integration.heartbeatMinutes ?? 1,
      lastPingAt: integration.lastPingAt,
      since: integration.clockStartedAt,
    },
    now,
  );
  return {
    signal: missed ? "firing" : "resolved",
    alerts: [
      {
        fingerprint: "heartbeat",
        status: missed ? "firing" : "resolved",
        startsAt: now.toISOString(),
        labels: { alertname: "HeartbeatMissed", integration: integration.name },
        annotations: { summary: text.title },
        endsAt: missed ? null : now.toISOString(),
        generatorURL: null,
        lastSeenAt: now.toISOString(),
      },
    ],
    labels: { alertname: "HeartbeatMissed" },
    title: text.title,
    description: text.description,
    truncated: 0,
    severityMap: {},
    fixedSeverity: integration.heartbeatSeverity,
  };
}

/** Merges a notification's alerts into what the group knew (by fingerprint; newest wins). */
function mergeAlerts(known: StoredAlert[], incoming: StoredAlert[]): StoredAlert[] {
  const byPrint = new Map(known.map((a) => [a.fingerprint, a]));
  for (const a of incoming) byPrint.set(a.fingerprint, a);
  return [...byPrint.values()].slice(-500);
}

async function loadIntegration(tx: Tx, id: string): Promise<Integration | null> {
  const [row] = await sqlRows<Integration>(
    Prisma.sql`
      SELECT id, name, kind::text AS kind, services, rules, severity_map AS "severityMap", auto_resolve AS "autoResolve",
        reopen_window_minutes AS "reopenWindowMinutes", heartbeat_minutes AS "heartbeatMinutes",
        heartbeat_severity::text AS "heartbeatSeverity", last_ping_at AS "lastPingAt", clock_started_at AS "clockStartedAt"
      FROM integrations WHERE id = ${id}::uuid`,
    { client: tx },
  );
  return row ?? null;
}

async function lockGroup(tx: Tx, integrationId: string, groupKey: string): Promise<Group> {
  await sqlExecute(
    Prisma.sql`INSERT INTO alert_groups (id, integration_id, group_key, firing) VALUES (gen_random_uuid(), ${integrationId}::uuid, ${groupKey}, false)
      ON CONFLICT (integration_id, group_key) DO NOTHING`,
    { client: tx },
  );
  const [group] = await sqlRows<Group>(
    Prisma.sql`SELECT id, incident_id AS "incidentId", firing, resolved_at AS "resolvedAt", fire_count AS "fireCount", alerts
      FROM alert_groups WHERE integration_id = ${integrationId}::uuid AND group_key = ${groupKey} FOR UPDATE`,
    { client: tx },
  );
  return group!;
}

type IncidentState = {
  id: string;
  key: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  resolvedAt: Date | null;
  acknowledgedAt: Date | null;
  createdAt: Date;
  version: number;
  takenOver: boolean;
};

async function loadIncident(tx: Tx, id: string): Promise<IncidentState | null> {
  const [row] = await sqlRows<IncidentState>(
    Prisma.sql`
      SELECT i.id, i.key, i.title, i.severity::text AS severity, i.status::text AS status, i.resolved_at AS "resolvedAt",
        i.acknowledged_at AS "acknowledgedAt", i.created_at AS "createdAt", i.version,
        (i.assigned_to_id IS NOT NULL OR EXISTS (SELECT 1 FROM incident_events e WHERE e.incident_id = i.id AND e.actor_id IS NOT NULL)) AS "takenOver"
      FROM incidents i WHERE i.id = ${id}::uuid FOR UPDATE`,
    { client: tx },
  );
  return row ?? null;
}

async function existingServices(tx: Tx, slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await sqlRows<{ slug: string }>(
    Prisma.sql`SELECT slug FROM services WHERE slug = ANY(${slugs}::text[])`,
    { client: tx },
  );
  const known = new Set(rows.map((r) => r.slug));
  return slugs.filter((s) => known.has(s));
}

async function changeDuring(tx: Tx, services: string[], at: Date) {
  if (services.length === 0) return null;
  const rows = await sqlRows<{
    key: string;
    services: string[];
    plannedStart: Date | null;
    plannedEnd: Date | null;
  }>(
    Prisma.sql`
      SELECT key, services, planned_start AS "plannedStart", planned_end AS "plannedEnd" FROM changes
      WHERE status IN ('APPROVED', 'SCHEDULED', 'IMPLEMENTING', 'VERIFYING')
        AND planned_start <= ${at} AND planned_end > ${at} AND services && ${services}::text[]
      ORDER BY planned_start LIMIT 5`,
    { client: tx },
  );
  return changeWindowAt(at, services, rows);
}

type Outcome = { action: GroupAction | "duplicate"; reason: string; incidentId: string | null };

async function applyNotification(
  tx: Tx,
  integration: Integration,
  n: Notification,
  now: Date,
): Promise<Outcome> {
  const group = await lockGroup(tx, integration.id, n.groupKey);
  if (n.bodyHash) {
    // A retry is the same body as the group's last processed notification (anything processed in
    // between, like a resolve, makes an identical body news again: fire, resolve, fire).
    const [last] = await sqlRows<{ id: string; bodyHash: string | null; receivedAt: Date }>(
      Prisma.sql`SELECT id::text AS id, body_hash AS "bodyHash", received_at AS "receivedAt" FROM alert_notifications
        WHERE integration_id = ${integration.id}::uuid AND group_key = ${n.groupKey} AND id < ${BigInt(n.id)} AND state = 'PROCESSED'
        ORDER BY id DESC LIMIT 1`,
      { client: tx },
    );
    if (
      last?.bodyHash === n.bodyHash &&
      n.receivedAt.getTime() - last.receivedAt.getTime() <= RETRY_WINDOW_MS
    )
      return {
        action: "duplicate",
        reason: `Same notification as #${last.id} (a retry)`,
        incidentId: group.incidentId,
      };
  }
  const s =
    integration.kind === "ALERTMANAGER"
      ? // Stored as received; parsed again here for the schema's defaults (it was valid at intake).
        fromAlertmanager(alertmanagerPayloadSchema.parse(n.body), now, integration.severityMap)
      : integration.kind === "EVENTS"
        ? fromEvent(eventsV2Schema.parse(n.body), now, integration.severityMap)
        : fromHeartbeat(n.body as { event?: string }, integration, now);

  const incident = group.incidentId ? await loadIncident(tx, group.incidentId) : null;
  const decision = decideGroup(
    {
      incident: incident && {
        status: incident.status,
        resolvedAt: incident.resolvedAt,
        takenOver: incident.takenOver,
      },
      firing: group.firing,
      resolvedAt: group.resolvedAt,
    },
    s.signal,
    {
      autoResolve: integration.autoResolve,
      reopenWindowMs: integration.kind === "EVENTS" ? 0 : integration.reopenWindowMinutes * 60_000,
    },
    now,
  );
  const diff = diffAlerts(group.alerts, s.alerts);
  const alerts = mergeAlerts(decision.action === "open" ? [] : group.alerts, s.alerts);
  const fired = s.signal === "firing";
  const actor = { id: null, name: integration.name };
  const auditActor: Actor = { id: null, email: `integration:${integration.name}` };
  let incidentId = decision.action === "open" ? null : group.incidentId;

  if (decision.action === "open") {
    const route = routeAlert(s.labels, { ...integration, severityMap: s.severityMap });
    const severity = s.fixedSeverity ?? route.severity;
    const services = await existingServices(tx, route.services);
    const during = await changeDuring(tx, services, now);
    const key = await nextIncidentKey(now.getUTCFullYear());
    const description = [
      s.description,
      during ? `Started during ${during.key}'s approved window.` : "",
      s.truncated
        ? `Alertmanager left out ${s.truncated} alert${s.truncated === 1 ? "" : "s"} (max_alerts).`
        : "",
    ]
      .filter(Boolean)
      .join("\n\n");
    const created = await insertAlertIncident(
      tx,
      {
        kind: "integration",
        id: integration.id,
        name: integration.name,
        alertCount: alerts.length,
        fireCount: 1,
      },
      key,
      { title: s.title, description, severity, affectedServices: services, impact: "DEGRADED" },
      now,
      `Opened by ${integration.name} as ${severity}. ${route.reason}${during ? `; during ${during.key}` : ""}`,
    );
    incidentId = created.id;
    await escalateIfDue(
      tx,
      { id: created.id, key, title: s.title, severity, status: "OPEN", createdAt: now },
      now,
    );
  } else if (incident && incidentId) {
    const news: string[] = [];
    if (diff.added.length)
      news.push(
        `${diff.added.length} alert${diff.added.length === 1 ? "" : "s"} firing: ${diff.added
          .slice(0, 5)
          .map((a) => a.fingerprint)
          .join(", ")}`,
      );
    if (diff.ended.length) news.push(`${diff.ended.length} alert${diff.ended.length === 1 ? "" : "s"} ended`);
    let status: IncidentStatus | null = null;
    let summary: string | null = null;
    if (decision.action === "resolve") {
      status = "RESOLVED";
      summary = `Resolved automatically: ${decision.reason.toLowerCase()}`;
    } else if (decision.action === "reopen") {
      status = "IN_PROGRESS";
      summary = `Reopened: ${decision.reason.toLowerCase()}`;
    } else if (decision.action === "acknowledge") {
      status = "IN_PROGRESS";
      summary = `Acknowledged by ${integration.name}`;
    }
    const resolution =
      status === "RESOLVED"
        ? `Resolved automatically by ${integration.name}: all alerts of the group ended.`
        : null;
    await sqlExecute(
      Prisma.sql`UPDATE incidents SET
          alert_count = ${alerts.length}, fire_count = fire_count + ${fired ? 1 : 0}
          ${status ? Prisma.sql`, status = ${status}::"IncidentStatus", version = version + 1, updated_at = ${now}` : Prisma.empty}
          ${status === "RESOLVED" ? Prisma.sql`, resolved_at = ${now}, resolution = COALESCE(resolution, ${resolution})` : Prisma.empty}
          ${decision.action === "reopen" ? Prisma.sql`, resolved_at = NULL` : Prisma.empty}
          ${decision.action === "acknowledge" ? Prisma.sql`, acknowledged_at = ${now}` : Prisma.empty}
        WHERE id = ${incidentId}::uuid`,
      { client: tx },
    );
    if (news.length && decision.action !== "record")
      await recordIncidentEvent(
        tx,
        incidentId,
        actor,
        "ALERTS",
        news.join("; "),
        { groupKey: n.groupKey },
        now,
      );
    if (decision.action === "update" && s.signal === "resolved")
      await recordIncidentEvent(
        tx,
        incidentId,
        actor,
        "ALERTS",
        decision.reason,
        { groupKey: n.groupKey },
        now,
      );
    if (status && summary) {
      await recordIncidentEvent(
        tx,
        incidentId,
        actor,
        "STATUS_CHANGED",
        summary,
        { from: incident.status, to: status },
        now,
      );
      await recordAudit(tx, {
        actor: auditActor,
        action: "incident.update",
        entityType: "incident",
        entityId: incident.key,
        before: { status: incident.status, version: incident.version },
        after: { status, version: incident.version + 1, reason: decision.reason },
      });
    }
  }

  await sqlExecute(
    Prisma.sql`UPDATE alert_groups SET
        incident_id = ${incidentId}::uuid,
        firing = ${s.signal === "acknowledge" ? group.firing : fired},
        resolved_at = ${s.signal === "resolved" ? now : s.signal === "firing" ? null : group.resolvedAt},
        last_seen_at = ${now},
        fire_count = ${decision.action === "open" ? 1 : group.fireCount + (fired ? 1 : 0)},
        truncated_alerts = ${s.truncated},
        labels = ${JSON.stringify(s.labels)}::jsonb,
        alerts = ${JSON.stringify(alerts)}::jsonb,
        version = version + 1
      WHERE id = ${group.id}::uuid`,
    { client: tx },
  );
  return { ...decision, incidentId };
}

/**
 * Processes the pending notifications of one group, oldest first, at most `max` of them; returns how
 * many it did.
 */
async function processGroup(integrationId: string, groupKey: string, max = Infinity): Promise<number> {
  let done = 0;
  while (done < max) {
    const more = await db.$transaction(
      async (tx) => {
        const [locked] = await sqlRows<{ ok: boolean }>(
          Prisma.sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`alert-group:${integrationId}:${groupKey}`}, 0)) AS ok`,
          { client: tx },
        );
        if (!locked?.ok) return false; // another worker is on this group
        const [n] = await sqlRows<Notification>(
          Prisma.sql`SELECT id::text AS id, received_at AS "receivedAt", body, group_key AS "groupKey", body_hash AS "bodyHash"
            FROM alert_notifications
            WHERE integration_id = ${integrationId}::uuid AND group_key = ${groupKey} AND state = 'PENDING'
            ORDER BY id LIMIT 1 FOR UPDATE`,
          { client: tx },
        );
        if (!n) return false;
        const integration = await loadIntegration(tx, integrationId);
        const now = new Date();
        const outcome = integration
          ? await applyNotification(tx, integration, n, now)
          : { action: "record" as const, reason: "The integration was deleted", incidentId: null };
        await sqlExecute(
          Prisma.sql`UPDATE alert_notifications SET state = 'PROCESSED', processed_at = ${now},
              outcome = ${`${outcome.action}: ${outcome.reason}`}, incident_id = ${outcome.incidentId}::uuid
            WHERE id = ${BigInt(n.id)}`,
          { client: tx },
        );
        return true;
      },
      { timeout: 20_000 },
    );
    if (!more) return done;
    done++;
  }
  return done;
}

/**
 * Processes every pending notification (all groups; each group in order). Safe to run anywhere and any
 * number of times at once: groups are taken under an advisory lock, and a processed row is never
 * processed again. Returns how many notifications it processed.
 *
 * Requests come first (lib/jobs/request-pressure.ts): while this process is answering requests (a storm
 * of notifications), processing takes one
 * notification per group per pass (every group's incident opens before any group's tenth update) and
 * pauses between them, so the senders' answers keep the CPU and the database; the backlog is worked off
 * at full width once the burst is over. Nothing waits on it for correctness: the rows are durable.
 */
export async function drainPendingNotifications(): Promise<number> {
  let total = 0;
  for (;;) {
    const groups = await sqlRows<{ integrationId: string; groupKey: string }>(
      Prisma.sql`SELECT integration_id AS "integrationId", group_key AS "groupKey"
        FROM (SELECT integration_id, group_key, min(id) AS first FROM (
          SELECT integration_id, group_key, id FROM alert_notifications WHERE state = 'PENDING' ORDER BY id LIMIT 2000) p
          GROUP BY integration_id, group_key) g ORDER BY first`,
    );
    if (groups.length === 0) return total;
    let progress = 0;
    for (let i = 0; i < groups.length;) {
      if (isServingRequests()) {
        // One group, one notification, then a breath for the intake.
        progress += await processGroup(groups[i]!.integrationId, groups[i]!.groupKey, 1);
        i += 1;
        await sleep(BUSY_PAUSE_MS);
      } else {
        // Different groups are independent: a few at a time.
        const counts = await Promise.all(
          groups.slice(i, i + DRAIN_WIDTH).map((g) => processGroup(g.integrationId, g.groupKey)),
        );
        progress += counts.reduce((a, b) => a + b, 0);
        i += DRAIN_WIDTH;
      }
    }
    total += progress;
    if (progress === 0) return total; // the rest is being processed by another worker
  }
}

/** Groups processed at once when the intake is quiet. */
const DRAIN_WIDTH = 4;
/** The pause between two notifications processed while the intake is busy (at most ~40 a second then). */
const BUSY_PAUSE_MS = 25;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const globalForDrain = globalThis as unknown as { alertDrain?: { running: boolean; again: boolean } };

/**
 * Starts processing soon, in this process, if it is not already running (then it runs once more after).
 * The intake calls it after recording a notification; the `alert-intake-sweep` job is the safety net for
 * anything recorded while no worker ran (a crash between the answer and the processing).
 */
export function drainSoon(): void {
  const state = (globalForDrain.alertDrain ??= { running: false, again: false });
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  setImmediate(() => {
    void (async () => {
      try {
        do {
          state.again = false;
          await drainPendingNotifications();
        } while (state.again);
      } catch (error) {
        log.error("alert processing failed; the sweep retries within a minute", { error: String(error) });
      } finally {
        state.running = false;
      }
    })();
  });
}

/** The heartbeat sweep: a missed heartbeat becomes a notification of its integration's 'heartbeat' group. */
export async function sweepHeartbeats(now = new Date()): Promise<number> {
  const rows = await sqlRows<{ id: string }>(
    Prisma.sql`
      INSERT INTO alert_notifications (integration_id, received_at, state, body, group_key)
      SELECT i.id, ${now}, 'PENDING', '{"event":"missed"}'::jsonb, 'heartbeat'
      FROM integrations i
      LEFT JOIN alert_groups g ON g.integration_id = i.id AND g.group_key = 'heartbeat'
      WHERE i.kind = 'HEARTBEAT' AND NOT i.paused AND i.heartbeat_minutes IS NOT NULL
        AND ${now} > GREATEST(COALESCE(i.last_ping_at, i.clock_started_at), i.clock_started_at)
                     + make_interval(mins => i.heartbeat_minutes) + interval '1 minute'
        AND NOT COALESCE(g.firing, false)
        AND NOT EXISTS (SELECT 1 FROM alert_notifications p WHERE p.integration_id = i.id AND p.group_key = 'heartbeat' AND p.state = 'PENDING')
      RETURNING id::text AS id`,
  );
  if (rows.length) await drainPendingNotifications();
  return rows.length;
}

/** The minute sweep: heartbeats, then anything still pending. */
export async function runAlertSweep(now = new Date()): Promise<number> {
  const missed = await sweepHeartbeats(now);
  return missed + (await drainPendingNotifications());
}
