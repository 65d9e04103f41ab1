// Sends the outbox (lib/notify/outbox.ts) on the job queue. A delivery is one pg-boss job per attempt;
// the worker claims the row with a short lease (so two workers, two instances or a duplicate job never
// send the same attempt at once), sends, and records the attempt and what comes next in one transaction:
// delivered, a retry (lib/notify/retry.ts: backoff over about a day, Retry-After honoured, 410 stops),
// or given up. A worker killed mid-send leaves the lease to expire: the sweep queues the row again and it
// is sent again with the same id (at least once; receivers deduplicate on `webhook-id`).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { runningJobQueue, wakeDeliveryWorker } from "@/lib/jobs/queue-handle";
import { yieldToRequests } from "@/lib/jobs/request-pressure";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics/prometheus";
import { secretSealingKey } from "@/lib/notify/keys";
import { findWebhookSecret } from "@/lib/notify/notification-channels";
import type { DeliveryChannel, DeliveryPayload } from "@/lib/notify/outbox";
import { nextAttempt, type NextAttempt } from "@/lib/notify/retry";
import { openSecret } from "@/lib/notify/secret-box";
import { signPayload } from "@/lib/notify/standard-webhooks";
import { postJson, sendEmail, type EmailPayload, type SendOutcome } from "@/lib/notify/transport";
import { webhookBody } from "@/lib/webhooks/events";

export const DELIVER_QUEUE = "notification-deliver";
/** How long a claimed attempt is reserved for its worker: longer than a send may take (10 s). */
const LEASE_SECONDS = 30;

type Claimed = {
  id: string;
  channel: DeliveryChannel;
  event: string;
  userId: string | null;
  subscriptionId: string | null;
  eventId: string | null;
  payload: DeliveryPayload;
  attempts: number;
  createdAt: Date;
};

async function claim(id: string): Promise<Claimed | null> {
  const [row] = await sqlRows<Claimed>(Prisma.sql`
    UPDATE notification_deliveries SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS}), updated_at = now()
    WHERE id = ${id} AND status = 'PENDING' AND next_attempt_at <= now() + interval '1 second'
      AND (lease_until IS NULL OR lease_until < now())
    RETURNING id, channel::text AS channel, event, user_id AS "userId", subscription_id AS "subscriptionId",
      event_id AS "eventId", payload, attempts, created_at AS "createdAt"`);
  return row ?? null;
}

/** What stops a delivery before sending: the channel is gone. Recorded as a failed attempt, not retried. */
class NotSetUp extends Error {}

async function personUrl(userId: string | null, field: "chatWebhookUrl" | "webhookUrl") {
  const row = userId
    ? await db.notificationChannels.findUnique({ where: { userId }, select: { [field]: true } })
    : null;
  const url = (row as Record<string, string | null> | null)?.[field] ?? null;
  if (!url)
    throw new NotSetUp(
      field === "chatWebhookUrl"
        ? "The person no longer has a chat webhook"
        : "The person no longer has a webhook",
    );
  return url;
}

async function subscriptionTarget(id: string | null, now: Date) {
  const sub = id ? await db.webhookSubscription.findUnique({ where: { id } }) : null;
  if (!sub) throw new NotSetUp("The webhook subscription was deleted");
  if (!sub.isActive) throw new NotSetUp("The webhook subscription is disabled");
  const key = secretSealingKey();
  const secrets = [openSecret(key, sub.secretEncrypted, sub.id)];
  if (sub.previousSecretEncrypted && sub.previousSecretUntil && sub.previousSecretUntil > now)
    secrets.push(openSecret(key, sub.previousSecretEncrypted, sub.id));
  const readable = secrets.filter((s): s is string => s !== null);
  if (readable.length === 0)
    throw new NotSetUp("The subscription's secret cannot be read (NOTIFY_SECRET_KEY changed); rotate it");
  return { url: sub.url, secrets: readable };
}

async function send(delivery: Claimed, now: Date): Promise<SendOutcome> {
  const { payload } = delivery;
  switch (delivery.channel) {
    case "EMAIL":
      return sendEmail(payload as EmailPayload, delivery.id);
    case "CHAT":
      return postJson(
        await personUrl(delivery.userId, "chatWebhookUrl"),
        (payload as { body: string }).body,
        {},
      );
    case "WEBHOOK": {
      const url = await personUrl(delivery.userId, "webhookUrl");
      const secret = delivery.userId ? await findWebhookSecret(delivery.userId) : null;
      if (!secret) throw new NotSetUp("The person's webhook secret cannot be read; they rotate it");
      const body = (payload as { body: string }).body;
      return postJson(url, body, signPayload({ id: delivery.id, timestamp: now, body, secrets: [secret] }));
    }
    case "SUBSCRIPTION": {
      const target = await subscriptionTarget(delivery.subscriptionId, now);
      const body = await eventBody(delivery);
      return postJson(
        target.url,
        body,
        signPayload({ id: delivery.id, timestamp: now, body, secrets: target.secrets }),
      );
    }
  }
}

/** A team webhook's body: the event's envelope, the same bytes at every attempt (jsonb is read back alike). */
async function eventBody(delivery: Claimed): Promise<string> {
  if (!delivery.eventId) return (delivery.payload as { body: string }).body;
  const event = await db.webhookEvent.findUnique({ where: { id: delivery.eventId } });
  if (!event) throw new NotSetUp("The event is no longer kept (deliveries are kept 30 days)");
  return webhookBody(event.type, event.createdAt, event.data);
}

function failureReason(outcome: SendOutcome): string {
  if (outcome.error) return outcome.error;
  const s = outcome.status ?? 0;
  return s >= 500 ? "5xx" : s === 429 ? "429" : s >= 400 ? "4xx" : s >= 300 ? "3xx" : "other";
}

/**
 * One attempt of delivery `id`, if it is due and nobody else is sending it. Returns what happened, or
 * null when there was nothing to do (already delivered, not due, claimed elsewhere).
 */
export async function deliverOne(
  id: string,
  options: { manual?: boolean } = {},
): Promise<NextAttempt | null> {
  // Requests first: a burst of deliveries waits (a bounded moment) while this process answers requests.
  if (!options.manual) await yieldToRequests(500);
  const delivery = await claim(id);
  if (!delivery) return null;
  const startedAt = new Date();
  let outcome: SendOutcome;
  let next: NextAttempt;
  const attempt = delivery.attempts + 1;
  try {
    outcome = await send(delivery, startedAt);
    next =
      outcome.via === "outbox"
        ? { retry: false, reason: "delivered", message: outcome.message ?? "Kept in the outbox" }
        : nextAttempt({
            ...(outcome.error ? { error: outcome.error } : { status: outcome.status ?? 0 }),
            attempt,
            retryAfter: outcome.retryAfter,
            now: new Date(),
          });
  } catch (error) {
    const message = error instanceof NotSetUp ? error.message : `Could not send: ${String(error)}`;
    outcome = { durationMs: Date.now() - startedAt.getTime(), message, via: "http" };
    next =
      error instanceof NotSetUp
        ? { retry: false, reason: "blocked", message }
        : nextAttempt({ error: "network", attempt, now: new Date() });
  }
  const delivered = !next.retry && next.reason === "delivered";
  const outcomeLabel = delivered ? "delivered" : next.retry ? "retry" : "failed";
  const verdict = next.retry ? `Retry ${next.attempt} at ${next.at.toISOString()}` : next.message;
  const error = delivered ? null : [verdict, outcome.message].filter(Boolean).join(": ");
  await db.$transaction(async (tx) => {
    await tx.notificationAttempt.create({
      data: {
        deliveryId: delivery.id,
        attempt,
        manual: options.manual ?? false,
        startedAt,
        durationMs: outcome.durationMs,
        statusCode: outcome.status ?? null,
        error: delivered ? null : (outcome.message ?? verdict).slice(0, 500),
        outcome: delivered ? (outcome.via === "outbox" ? "outbox" : "delivered") : outcomeLabel,
      },
    });
    await tx.notificationDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempt,
        status: delivered ? "DELIVERED" : next.retry ? "PENDING" : "FAILED",
        lastStatusCode: outcome.status ?? null,
        lastError: error?.slice(0, 500) ?? null,
        lastDurationMs: outcome.durationMs,
        nextAttemptAt: next.retry ? next.at : null,
        // A retry's job is queued below for its time; the sweep only steps in well after it.
        queuedAt: next.retry ? next.at : null,
        leaseUntil: null,
        deliveredAt: delivered ? new Date() : null,
      },
    });
    if (!next.retry && next.reason === "gone" && delivery.subscriptionId) {
      await tx.webhookSubscription.update({
        where: { id: delivery.subscriptionId },
        data: { isActive: false, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor: { id: null, email: "system:webhooks" },
        action: "webhook.disable",
        entityType: "webhook",
        entityId: delivery.subscriptionId,
        after: { isActive: false, reason: "The receiver answered 410 Gone" },
      });
    }
  });
  const channel = delivery.channel;
  metrics.notifications.inc({ channel, outcome: outcomeLabel });
  metrics.deliverySeconds.observe({ channel }, outcome.durationMs / 1000);
  if (delivered)
    metrics.deliveryDelay.observe({ channel }, (Date.now() - delivery.createdAt.getTime()) / 1000);
  else metrics.notificationFailures.inc({ channel, reason: failureReason(outcome) });
  if (next.retry) await queueJobs([{ id: delivery.id, startAfter: next.at }]);
  return next;
}

async function queueJobs(jobs: { id: string; startAfter?: Date }[]) {
  const boss = runningJobQueue();
  if (!boss || jobs.length === 0) return;
  try {
    await boss.insert(
      DELIVER_QUEUE,
      jobs.map((j) => ({ data: { id: j.id }, startAfter: j.startAfter, retryLimit: 0, expireInSeconds: 60 })),
    );
    if (jobs.some((j) => !j.startAfter)) wakeDeliveryWorker();
  } catch (error) {
    // The rows stay due: the sweep queues them again.
    log.warn("could not queue deliveries; the sweep will", { error: String(error), count: jobs.length });
  }
}

/**
 * Queues a job for every delivery due now that has none (new rows, and rows whose job was lost: a crash
 * between commit and queueing, or a worker killed mid-send once its lease is over). Run after commits
 * that write the outbox (NOTIFY), at start-up and by the minute sweep.
 */
export async function queueDueDeliveries(limit = 2000): Promise<number> {
  const rows = await sqlRows<{ id: string }>(Prisma.sql`
    UPDATE notification_deliveries SET queued_at = now()
    WHERE id IN (
      SELECT id FROM notification_deliveries
      WHERE status = 'PENDING' AND next_attempt_at <= now()
        AND (queued_at IS NULL OR queued_at < now() - make_interval(secs => ${LEASE_SECONDS}))
        AND (lease_until IS NULL OR lease_until < now())
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  await queueJobs(rows.map((r) => ({ id: r.id })));
  return rows.length;
}

/** Resend by hand: the same message (same id and body) is attempted again now, whatever its state. */
export async function resendDelivery(
  actor: Principal,
  id: string,
  scope: { subscriptionId?: string; userId?: string },
) {
  const result = await db.$transaction(async (tx) => {
    const row = await tx.notificationDelivery.findUnique({ where: { id } });
    if (
      !row ||
      (scope.subscriptionId !== undefined && row.subscriptionId !== scope.subscriptionId) ||
      (scope.userId !== undefined && row.userId !== scope.userId)
    )
      throw notFound(`Delivery ${id}`);
    if (row.status === "PENDING" && row.leaseUntil && row.leaseUntil > new Date())
      throw new AppError("CONFLICT", "This delivery is being sent right now");
    const updated = await tx.notificationDelivery.update({
      where: { id },
      data: { status: "PENDING", nextAttemptAt: new Date(), queuedAt: null, leaseUntil: null },
    });
    await recordAudit(tx, {
      actor,
      action: "notification-delivery.resend",
      entityType: "notification-delivery",
      entityId: id,
      before: { status: row.status, attempts: row.attempts },
      after: { status: updated.status, attempts: updated.attempts },
    });
    return updated;
  });
  // Sent now, in this request, so the person who pressed Resend sees the answer; an instance without
  // jobs leaves it to the sweep of one that has them.
  const next = runningJobQueue() ? await deliverOne(id, { manual: true }) : null;
  return { id: result.id, outcome: next };
}
