// Nightly retention of the notification pipeline: fanned-out webhook events after 30 days (a team
// webhook's delivery is built from its event, and may be resent as long as it is kept), finished
// deliveries (with their attempts) after 30 days, acknowledge-link records once their link expired.
// Pending deliveries are never removed.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sqlExecute } from "@/lib/db/sql";

const DAY_MS = 24 * 60 * 60_000;
export const WEBHOOK_EVENT_RETENTION_DAYS = 30;
export const DELIVERY_RETENTION_DAYS = 30;

export async function pruneNotifications(now = new Date()) {
  const events = await sqlExecute(Prisma.sql`
    DELETE FROM webhook_events e WHERE dispatched_at < ${new Date(now.getTime() - WEBHOOK_EVENT_RETENTION_DAYS * DAY_MS)}
      AND NOT EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.event_id = e.id AND d.status = 'PENDING')`);
  const deliveries = await sqlExecute(Prisma.sql`
    DELETE FROM notification_deliveries WHERE status <> 'PENDING'
      AND updated_at < ${new Date(now.getTime() - DELIVERY_RETENTION_DAYS * DAY_MS)}`);
  const ackLinks = await sqlExecute(Prisma.sql`DELETE FROM ack_link_uses WHERE expires_at < ${now}`);
  return events + deliveries + ackLinks ? { events, deliveries, ackLinks } : null;
}
