// Fans the team webhooks' outbox (webhook_events) out to the subscriptions that want each event: one
// delivery per event and subscription, written with the event marked dispatched in one transaction, so
// an event is fanned out exactly once whichever instance gets there first.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { redactUrl } from "@/lib/notify/notification-channels";
import { queueDeliveries, type NewDelivery } from "@/lib/notify/outbox";
import { yieldToRequests } from "@/lib/jobs/request-pressure";
import { wantsEvent } from "@/lib/webhooks/events";

/** Events per transaction: 25 events to 200 subscribers is 5,000 rows, a few hundred ms of work. */
const BATCH = 25;

export async function dispatchWebhookEvents(): Promise<number> {
  let total = 0;
  for (;;) {
    const dispatched = await db.$transaction(async (tx) => {
      const events = await sqlRows<{ id: string; type: string; data: unknown; createdAt: Date }>(
        Prisma.sql`SELECT id, type, data, created_at AS "createdAt" FROM webhook_events
          WHERE dispatched_at IS NULL ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        { client: tx },
      );
      if (events.length === 0) return 0;
      const subscriptions = await tx.webhookSubscription.findMany({
        where: { isActive: true },
        select: { id: true, url: true, events: true, createdAt: true },
      });
      const outbox: NewDelivery[] = [];
      for (const event of events) {
        const data = event.data as { incident?: { id?: string } } | null;
        for (const sub of subscriptions) {
          // A subscription gets what happened after it was made, even when the fan-out runs late.
          if (!wantsEvent(sub.events, event.type) || sub.createdAt > event.createdAt) continue;
          outbox.push({
            channel: "SUBSCRIPTION",
            event: event.type,
            subscriptionId: sub.id,
            incidentId: data?.incident?.id ?? null,
            target: redactUrl(sub.url) ?? "",
            // The body is built from the event at each attempt: stored once, not once per subscriber.
            eventId: event.id,
            payload: {},
          });
        }
      }
      await queueDeliveries(tx, outbox);
      await tx.webhookEvent.updateMany({
        where: { id: { in: events.map((e) => e.id) } },
        data: { dispatchedAt: new Date() },
      });
      return events.length;
    });
    total += dispatched;
    if (dispatched < BATCH) return total;
    await yieldToRequests(500);
  }
}
