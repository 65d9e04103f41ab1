// A person's own notification channels stored (docs/escalation.md "API"): the e-mail address pages go to
// (their account's unless they name another), a chat webhook URL, their own webhook URL with its signing
// secret, and the per-severity rules. Each URL is checked when saved with the same guard deliveries use
// (lib/notify/outbound-url.ts): a private, loopback or metadata address is refused, naming the field.
// The signing secret is generated here, shown once, and stored sealed (lib/notify/secret-box.ts) with
// NOTIFY_SECRET_KEY: deliveries must sign with it, so it cannot be a hash. Audit records and an
// administrator's view carry no secret: URLs there are cut to their origin (chat webhook URLs are
// bearer secrets in their path), the signing secret only as "set" or "rotated".
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { AppError, notFound, staleVersion, type FieldError } from "@/lib/errors";
import type { ChannelsResponse, PutChannelsInput } from "@/lib/escalation/api-schemas";
import { DEFAULT_CHANNEL_RULES, channelRulesInput, type ChannelRules } from "@/lib/escalation/channel-rules";
import { secretSealingKey } from "@/lib/notify/keys";
import { checkOutboundUrl, type Resolve } from "@/lib/notify/outbound-url";
import { openSecret, sealSecret } from "@/lib/notify/secret-box";
import { generateWebhookSecret } from "@/lib/notify/standard-webhooks";

type ChannelsRow = Prisma.NotificationChannelsGetPayload<object>;
type Owner = { id: string; email: string };

/** The signing secret of a person's webhook, for the sender; null when none is set or it cannot be read. */
export async function findWebhookSecret(userId: string): Promise<string | null> {
  const row = await db.notificationChannels.findUnique({
    where: { userId },
    select: { webhookSecretEncrypted: true },
  });
  const key = secretSealingKey();
  if (!row?.webhookSecretEncrypted) return null;
  return openSecret(key, row.webhookSecretEncrypted, userId);
}

const rulesOf = (row: ChannelsRow | null): ChannelRules =>
  row ? channelRulesInput.parse(row.rules) : { ...DEFAULT_CHANNEL_RULES };

/** A URL without what may be secret in it (user info, path, query): "https://hooks.slack.com/…". */
export function redactUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return "…";
  }
}

/**
 * The answer: `full` for the owner (their own URLs as saved), otherwise URLs cut to their origin. The
 * signing secret is never in it (only in the PUT answer that created or rotated it).
 */
export function toChannelsResponse(owner: Owner, row: ChannelsRow | null, full: boolean): ChannelsResponse {
  const show = full ? (url: string | null) => url : redactUrl;
  const rules = rulesOf(row);
  return {
    userId: owner.id,
    email: row?.email ?? owner.email,
    emailIsAccountEmail: !row?.email,
    chatWebhookUrl: show(row?.chatWebhookUrl ?? null),
    webhookUrl: show(row?.webhookUrl ?? null),
    hasWebhookSecret: Boolean(row?.webhookSecretEncrypted),
    rules: { P1: [...rules.P1], P2: [...rules.P2], P3: [...rules.P3], P4: [...rules.P4] },
    updatedAt: row ? row.updatedAt.toISOString() : null,
    version: row?.version ?? 0,
  };
}

/** What the audit log keeps of the channels: never a secret, URLs by their origin only. */
function auditView(owner: Owner, row: ChannelsRow | null, secretChanged: boolean) {
  return {
    ...toChannelsResponse(owner, row, false),
    ...(secretChanged ? { webhookSecretRotated: true } : {}),
  };
}

export async function getMyChannels(principal: Principal): Promise<ChannelsResponse> {
  const row = await db.notificationChannels.findUnique({ where: { userId: principal.id } });
  return toChannelsResponse(principal, row, true);
}

/** An administrator's view of someone's channels: no secret, URLs cut to their origin. */
export async function getUserChannels(userId: string): Promise<ChannelsResponse> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw notFound("The person");
  const row = await db.notificationChannels.findUnique({ where: { userId } });
  return toChannelsResponse(user, row, false);
}

/**
 * Checks each URL as a delivery would (syntax, scheme, every address it resolves to): 422 naming the
 * field, with the class of address that refused it.
 */
async function assertDeliverableUrls(input: PutChannelsInput, resolve?: Resolve) {
  const errors: FieldError[] = [];
  for (const field of ["chatWebhookUrl", "webhookUrl"] as const) {
    const url = input[field];
    if (url === null) continue;
    const check = await checkOutboundUrl(url, { allowlist: env.OUTBOUND_ALLOWLIST, resolve });
    if (check.ok) continue;
    // The message names the class of address that refused it ("… is a loopback address (this machine)").
    errors.push({ path: field, message: check.message });
  }
  if (input.rotateWebhookSecret && input.webhookUrl === null)
    errors.push({ path: "rotateWebhookSecret", message: "Set up a webhook URL first" });
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "These channels cannot receive notifications", { errors });
}

/** Locks the person's channels row for this transaction (null while none is saved) and checks the version. */
async function lockChannels(tx: Tx, userId: string, version: number): Promise<ChannelsRow | null> {
  await sqlRows(
    Prisma.sql`SELECT user_id FROM notification_channels WHERE user_id = ${userId}::uuid FOR UPDATE`,
    {
      client: tx,
    },
  );
  const row = await tx.notificationChannels.findUnique({ where: { userId } });
  if ((row?.version ?? 0) !== version) throw staleVersion("Your notification channels");
  return row;
}

/**
 * Replaces the caller's channels (send the version you read; 0 the first time). A webhook URL gets a
 * signing secret when it is first set up or `rotateWebhookSecret` is sent: the answer shows it this once.
 * Removing the webhook URL deletes its secret.
 */
export async function putMyChannels(
  principal: Principal,
  input: PutChannelsInput,
  options: { resolve?: Resolve } = {},
): Promise<ChannelsResponse & { webhookSecret?: string }> {
  await assertDeliverableUrls(input, options.resolve);
  const owner: Owner = { id: principal.id, email: principal.email };
  return db
    .$transaction(async (tx) => {
      const current = await lockChannels(tx, principal.id, input.version);
      let newSecret: string | undefined;
      let sealed: string | null = null;
      if (input.webhookUrl !== null) {
        const key = secretSealingKey();
        const kept = current?.webhookSecretEncrypted ?? null;
        if (input.rotateWebhookSecret || !kept || openSecret(key, kept, principal.id) === null) {
          newSecret = generateWebhookSecret();
          sealed = sealSecret(key, newSecret, principal.id);
        } else sealed = kept;
      }
      const data = {
        email: input.email,
        chatWebhookUrl: input.chatWebhookUrl,
        webhookUrl: input.webhookUrl,
        webhookSecretEncrypted: sealed,
        rules: input.rules as Prisma.InputJsonValue,
      };
      const row = current
        ? await tx.notificationChannels.update({
            where: { userId: principal.id },
            data: {
              ...data,
              version: current.version + 1,
            } satisfies Prisma.NotificationChannelsUncheckedUpdateInput,
          })
        : await tx.notificationChannels.create({
            data: { userId: principal.id, ...data } satisfies Prisma.NotificationChannelsUncheckedCreateInput,
          });
      await recordAudit(tx, {
        actor: principal,
        action: "notification-channels.update",
        entityType: "notification-channels",
        entityId: principal.id,
        before: current ? auditView(owner, current, false) : null,
        after: auditView(owner, row, newSecret !== undefined),
      });
      const answer = toChannelsResponse(owner, row, true);
      return newSecret ? { ...answer, webhookSecret: newSecret } : answer;
    })
    .catch((error: unknown) => {
      // Two first saves at once: the second finds the row the first made.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw staleVersion("Your notification channels");
      throw error;
    });
}
