// Pages people about an incident, inside the caller's transaction: the in-portal bell always, and each
// person's own channels by their rules for the severity (lib/escalation/channel-rules.ts) as outbox rows
// sent after commit (lib/notify/deliver.ts). Every message carries the key, severity, title, the SLA
// deadline that runs, a link, and for people who may acknowledge a signed single-use acknowledge link.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { can, type Role } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { portalOrigin } from "@/lib/env";
import { ackLinkPath, createAckToken } from "@/lib/escalation/ack-link";
import { channelsFor, type Channel } from "@/lib/escalation/channel-rules";
import type { Severity } from "@/lib/incidents/sla";
import { renderChatMessage } from "@/lib/notify/chat-message";
import { renderEmailMessage } from "@/lib/notify/email-message";
import { headline, type IncidentMessageInput } from "@/lib/notify/incident-message";
import { ackLinkKey } from "@/lib/notify/keys";
import { redactUrl } from "@/lib/notify/notification-channels";
import { queueDeliveries, type NewDelivery } from "@/lib/notify/outbox";
import { notifyUsers } from "@/lib/notifications/notify";
import { webhookBody } from "@/lib/webhooks/events";

export type PagedIncident = {
  id: string;
  key: string;
  title: string;
  severity: Severity;
  acknowledgedAt: Date | null;
  responseDueAt: Date;
  resolutionDueAt: Date;
};

type Recipient = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  channelEmail: string | null;
  chatUrl: string | null;
  webhookUrl: string | null;
  rules: Partial<Record<Severity, Channel[]>> | null;
};

export async function loadPagedIncident(tx: Tx, id: string): Promise<PagedIncident | null> {
  const [row] = await sqlRows<PagedIncident>(
    Prisma.sql`SELECT id, key, title, severity::text AS severity, acknowledged_at AS "acknowledgedAt",
      response_due_at AS "responseDueAt", resolution_due_at AS "resolutionDueAt" FROM incidents WHERE id = ${id}::uuid`,
    { client: tx },
  );
  return row ?? null;
}

/**
 * Pages `userIds` (active people only, each once) about `incident`: the bell (`bell` titles it), then
 * each person's channels for its severity. `reason` says why they get it; `event` names it in webhooks.
 * Returns how many people were paged and how many outbox messages were written.
 */
export async function notifyPeople(
  tx: Tx,
  incident: PagedIncident,
  userIds: readonly string[],
  page: { kind: string; bellTitle?: string; reason: string; event: string },
  now = new Date(),
): Promise<{ people: number; messages: number }> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return { people: 0, messages: 0 };
  const people = await sqlRows<Recipient>(
    Prisma.sql`SELECT u.id, u.name, u.email, u.roles::text[] AS roles, nc.email AS "channelEmail",
      nc.chat_webhook_url AS "chatUrl", nc.webhook_url AS "webhookUrl", nc.rules
    FROM users u LEFT JOIN notification_channels nc ON nc.user_id = u.id
    WHERE u.id = ANY(${ids}::uuid[]) AND u.is_active`,
    { client: tx },
  );
  const link = `/incidents/${encodeURIComponent(incident.key)}`;
  const message: IncidentMessageInput = {
    key: incident.key,
    severity: incident.severity,
    title: incident.title,
    slaDeadline: incident.acknowledgedAt ? incident.resolutionDueAt : incident.responseDueAt,
    slaKind: incident.acknowledgedAt ? "resolution" : "response",
    url: `${portalOrigin}${link}`,
    reason: page.reason,
    now,
  };
  await notifyUsers(
    tx,
    people.map((p) => p.id),
    { kind: page.kind, title: page.bellTitle ?? headline(message), body: page.reason, link },
  );
  const outbox: NewDelivery[] = [];
  for (const person of people) {
    const configured: Channel[] = ["EMAIL"];
    if (person.chatUrl) configured.push("CHAT");
    if (person.webhookUrl) configured.push("WEBHOOK");
    const channels = channelsFor(person.rules, incident.severity, configured);
    if (channels.length === 0) continue;
    const ack =
      !incident.acknowledgedAt && can(person.roles, "incident:update")
        ? createAckToken({ userId: person.id, incidentKey: incident.key, key: ackLinkKey(), now })
        : null;
    const personal = {
      ...message,
      acknowledgeUrl: ack ? `${portalOrigin}${ackLinkPath(incident.key, ack.token)}` : null,
    };
    const common = { event: page.event, userId: person.id, incidentId: incident.id };
    for (const channel of channels) {
      if (channel === "EMAIL") {
        const to = person.channelEmail ?? person.email;
        outbox.push({ ...common, channel, target: to, payload: { to, ...renderEmailMessage(personal) } });
      } else if (channel === "CHAT") {
        outbox.push({
          ...common,
          channel,
          target: redactUrl(person.chatUrl) ?? "",
          payload: { body: JSON.stringify(renderChatMessage(personal)) },
        });
      } else {
        const data = {
          incident: {
            id: incident.id,
            key: incident.key,
            title: incident.title,
            severity: incident.severity,
            slaDeadline: personal.slaDeadline?.toISOString() ?? null,
            slaKind: personal.slaKind,
            url: personal.url,
          },
          reason: page.reason,
          acknowledgeUrl: personal.acknowledgeUrl,
          recipient: { id: person.id, name: person.name },
        };
        outbox.push({
          ...common,
          channel,
          target: redactUrl(person.webhookUrl) ?? "",
          payload: { body: webhookBody(page.event, now, data) },
        });
      }
    }
  }
  await queueDeliveries(tx, outbox, now);
  return { people: people.length, messages: outbox.length };
}
