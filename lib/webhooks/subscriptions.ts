// Team webhooks: a receiver URL, the events it wants, and its signing secret (shown once; sealed at rest
// with the server key so deliveries can sign). Rotating keeps the previous secret signing for 24 h, so a
// receiver can switch without losing a message. The URL is checked when saved with the delivery guard
// (a private, loopback or metadata address is refused unless OUTBOUND_ALLOWLIST names it) and again at
// every send.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import { resendDelivery } from "@/lib/notify/deliver";
import { secretSealingKey } from "@/lib/notify/keys";
import { checkOutboundUrl } from "@/lib/notify/outbound-url";
import { sealSecret } from "@/lib/notify/secret-box";
import { generateWebhookSecret } from "@/lib/notify/standard-webhooks";
import { getDelivery, subscriptionStats, type DeliveryStats } from "@/lib/webhooks/deliveries";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import type { CreateWebhookInput, UpdateWebhookInput, WebhookResponse } from "@/lib/webhooks/schemas";

const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;
type Row = Prisma.WebhookSubscriptionGetPayload<object>;

const EMPTY_STATS: DeliveryStats = { delivered24h: 0, failed24h: 0, pending: 0, successRate24h: null };

function toWebhookResponse(row: Row, stats: DeliveryStats = EMPTY_STATS): WebhookResponse {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events,
    isActive: row.isActive,
    previousSecretUntil:
      row.previousSecretUntil && row.previousSecretUntil > new Date()
        ? row.previousSecretUntil.toISOString()
        : null,
    stats,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** What the audit log keeps: never a secret. */
const auditView = (row: Row) => ({
  name: row.name,
  url: row.url,
  events: row.events,
  isActive: row.isActive,
  version: row.version,
});

async function assertDeliverable(url: string) {
  const check = await checkOutboundUrl(url, { allowlist: env.OUTBOUND_ALLOWLIST });
  if (!check.ok)
    throw new AppError("UNPROCESSABLE", "This URL cannot receive webhooks", {
      errors: [{ path: "url", message: check.message }],
    });
}

export async function listWebhooks() {
  const rows = await db.webhookSubscription.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  const stats = await subscriptionStats(rows.map((r) => r.id));
  return {
    items: rows.map((r) => toWebhookResponse(r, stats.get(r.id))),
    events: Object.entries(WEBHOOK_EVENTS).map(([type, description]) => ({ type, description })),
  };
}

export async function getWebhook(id: string) {
  const row = await db.webhookSubscription.findUnique({ where: { id } });
  if (!row) throw notFound(`Webhook ${id}`);
  const stats = await subscriptionStats([id]);
  return toWebhookResponse(row, stats.get(id));
}

export async function createWebhook(actor: Principal, input: CreateWebhookInput) {
  await assertDeliverable(input.url);
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    const row = await tx.webhookSubscription.create({
      data: {
        id,
        name: input.name,
        url: input.url,
        events: input.events,
        isActive: input.isActive,
        secretEncrypted: sealSecret(secretSealingKey(), secret, id),
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "webhook.create",
      entityType: "webhook",
      entityId: id,
      after: auditView(row),
    });
    return { ...toWebhookResponse(row), secret };
  });
}

async function lockWebhook(tx: Tx, id: string, version: number): Promise<Row> {
  await sqlRows(Prisma.sql`SELECT id FROM webhook_subscriptions WHERE id = ${id}::uuid FOR UPDATE`, {
    client: tx,
  });
  const row = await tx.webhookSubscription.findUnique({ where: { id } });
  if (!row) throw notFound(`Webhook ${id}`);
  if (row.version !== version) throw staleVersion(`Webhook ${row.name}`);
  return row;
}

export async function updateWebhook(actor: Principal, id: string, input: UpdateWebhookInput) {
  if (input.url !== undefined) await assertDeliverable(input.url);
  const secret = input.rotateSecret ? generateWebhookSecret() : undefined;
  return db.$transaction(async (tx) => {
    const current = await lockWebhook(tx, id, input.version);
    const data: Prisma.WebhookSubscriptionUncheckedUpdateInput = { version: current.version + 1 };
    if (input.name !== undefined) data.name = input.name;
    if (input.url !== undefined) data.url = input.url;
    if (input.events !== undefined) data.events = input.events;
    if (input.isActive !== undefined) data.isActive = input.isActive;
    if (secret) {
      data.previousSecretEncrypted = current.secretEncrypted;
      data.previousSecretUntil = new Date(Date.now() + ROTATION_OVERLAP_MS);
      data.secretEncrypted = sealSecret(secretSealingKey(), secret, id);
    }
    const row = await tx.webhookSubscription.update({ where: { id }, data });
    await recordAudit(tx, {
      actor,
      action: "webhook.update",
      entityType: "webhook",
      entityId: id,
      before: auditView(current),
      after: { ...auditView(row), secretRotated: !!secret },
    });
    const stats = await subscriptionStats([id]);
    return { ...toWebhookResponse(row, stats.get(id)), ...(secret ? { secret } : {}) };
  });
}

export async function deleteWebhook(actor: Principal, id: string, version: number) {
  await db.$transaction(async (tx) => {
    const current = await lockWebhook(tx, id, version);
    // Its log stays (subscription_id set null): what was sent remains visible in the audit and log.
    await tx.webhookSubscription.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "webhook.delete",
      entityType: "webhook",
      entityId: id,
      before: auditView(current),
    });
  });
}

export async function resendWebhookDelivery(actor: Principal, id: string, deliveryId: string) {
  await resendDelivery(actor, deliveryId, { subscriptionId: id });
  const delivery = await getDelivery(deliveryId);
  if (!delivery) throw notFound(`Delivery ${deliveryId}`);
  return { delivery };
}
