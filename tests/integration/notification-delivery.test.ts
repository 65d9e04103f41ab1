// The notification pipeline end to end against a real PostgreSQL, real receivers on this machine and the
// Standard Webhooks reference library: team webhooks signed and logged, retries that keep the message id,
// 410/400/429 answered as the rules say, secret rotation signing with both secrets, the send-time SSRF
// refusal, manual resends, e-mail through a real SMTP server (and the outbox without one), chat
// messages, and the whole pipeline on the job queue with no manual step.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { putChannelsInput } from "@/lib/escalation/api-schemas";
import { loadPagedIncident, notifyPeople } from "@/lib/escalation/notify-people";
import { formatInstant } from "@/lib/format/instant";
import { startJobs, stopJobs } from "@/lib/jobs/job-runner";
import { deliverOne } from "@/lib/notify/deliver";
import { putMyChannels } from "@/lib/notify/notification-channels";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { dispatchWebhookEvents } from "@/lib/webhooks/dispatch";
import type { CreateWebhookInput } from "@/lib/webhooks/schemas";
import { resendWebhookDelivery, updateWebhook } from "@/lib/webhooks/subscriptions";
import { createTestIncident, createTestUser } from "../factories";
import { createTestWebhook } from "../factories/webhooks";
import {
  startSmtpServer,
  startWebhookReceiver,
  type ScriptedAnswer,
  type SmtpReceiver,
  type WebhookReceiver,
} from "../helpers/receivers";

type User = Awaited<ReturnType<typeof createTestUser>>;
let admin: User;
let engineer: User;
let adminPrincipal: Principal;

const principal = (u: User): Principal => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  via: "token",
});

const receivers: WebhookReceiver[] = [];
const smtpServers: SmtpReceiver[] = [];

// `env` is parsed once at import: e-mail is pointed at a test SMTP server (or back to the outbox) here,
// and the cached nodemailer transport is dropped so the next send builds one for the new URL.
const mutableEnv = env as { SMTP_URL?: string };
const originalSmtpUrl = mutableEnv.SMTP_URL;
function useSmtp(url: string | undefined) {
  mutableEnv.SMTP_URL = url;
  (globalThis as { mailTransport?: unknown }).mailTransport = undefined;
}

beforeAll(async () => {
  admin = await createTestUser(["ADMIN"]);
  engineer = await createTestUser(["ENGINEER"]);
  adminPrincipal = principal(admin);
});

afterEach(async () => {
  // Each test has its own team webhook: the next test's events must not fan out to this one.
  await db.webhookSubscription.updateMany({ where: { isActive: true }, data: { isActive: false } });
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  await Promise.all(smtpServers.splice(0).map((s) => s.close()));
  useSmtp(originalSmtpUrl);
});

/** A team webhook to a new receiver that verifies with the webhook's secret. */
async function subscribe(
  answers?: ScriptedAnswer[],
  events: CreateWebhookInput["events"] = ["incident.created"],
) {
  // The secret is made by createWebhook, so the receiver starts after it and the URL is pointed at it.
  const created = await createTestWebhook(admin, { events });
  const receiver = await startWebhookReceiver({ secret: created.secret, answers });
  receivers.push(receiver);
  const hook = await updateWebhook(adminPrincipal, created.id, {
    version: created.version,
    url: receiver.url,
    rotateSecret: false,
  });
  return { hook: { ...hook, secret: created.secret }, receiver };
}

/** Reports an incident and fans its `incident.created` event out: the new deliveries of `subscriptionId`. */
async function reportAndDispatch(
  subscriptionId: string,
  overrides: { severity?: "P1" | "P2" | "P3" | "P4" } = {},
) {
  const incident = await createTestIncident(engineer, { severity: overrides.severity ?? "P3" });
  await dispatchWebhookEvents();
  const deliveries = await db.notificationDelivery.findMany({
    where: { subscriptionId, incidentId: incident.id },
    orderBy: { createdAt: "asc" },
  });
  return { incident, deliveries };
}

const attemptsOf = (deliveryId: string) =>
  db.notificationAttempt.findMany({ where: { deliveryId }, orderBy: { attempt: "asc" } });

describe("team webhooks", () => {
  it("an incident reported reaches the receiver as incident.created, signed, and the log shows it delivered", async () => {
    const { hook, receiver } = await subscribe();
    const { incident, deliveries } = await reportAndDispatch(hook.id);
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery).toMatchObject({ channel: "SUBSCRIPTION", event: "incident.created", status: "PENDING" });

    for (const d of deliveries) await deliverOne(d.id);

    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got).toMatchObject({
      id: delivery!.id,
      type: "incident.created",
      verified: true,
      verifyError: null,
    });
    // The reference library's own verdict, again, on exactly what arrived.
    const payload = new Webhook(hook.secret).verify(got.body, got.headers) as {
      type: string;
      timestamp: string;
      data: { incident: { key: string; url: string; severity: string } };
    };
    expect(payload.type).toBe("incident.created");
    expect(payload.data.incident).toMatchObject({ key: incident.key, severity: "P3" });
    expect(payload.data.incident.url).toMatch(new RegExp(`/incidents/${incident.key}$`));
    expect(got.headers["content-type"]).toBe("application/json");
    expect(got.headers["user-agent"]).toBe("Neuron-Ops-Webhooks/1");
    expect(Math.abs(Number(got.timestamp) - Date.now() / 1000)).toBeLessThan(60);

    const log = await listDeliveries({ subscriptionId: hook.id }, { limit: 50 });
    expect(log.items).toHaveLength(1);
    const entry = log.items[0]!;
    expect(entry).toMatchObject({
      id: delivery!.id,
      status: "DELIVERED",
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      incidentKey: incident.key,
      nextAttemptAt: null,
    });
    expect(entry.lastDurationMs).toEqual(expect.any(Number));
    expect(entry.deliveredAt).not.toBeNull();
    expect(entry.attemptLog).toEqual([
      expect.objectContaining({
        attempt: 1,
        manual: false,
        statusCode: 200,
        outcome: "delivered",
        error: null,
      }),
    ]);
    expect(entry.attemptLog[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("a 503 is retried about 5 s later with the same webhook-id; the second attempt is delivered", async () => {
    const { hook, receiver } = await subscribe([503, 200]);
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;

    const before = Date.now();
    const first = await deliverOne(id);
    const after = Date.now();
    expect(first).toMatchObject({ retry: true, attempt: 2 });
    const pending = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(pending).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    // 5 s with up to 10 % jitter either way.
    expect(pending.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before + 4_500);
    expect(pending.nextAttemptAt!.getTime()).toBeLessThanOrEqual(after + 5_500);
    expect(pending.lastError).toContain("Retry 2 at");

    // Not due yet: nothing is sent.
    expect(await deliverOne(id)).toBeNull();
    expect(receiver.received).toHaveLength(1);

    await db.notificationDelivery.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverOne(id)).toMatchObject({ retry: false, reason: "delivered" });

    const done = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "DELIVERED", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(receiver.received.map((r) => r.id)).toEqual([id, id]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // Each attempt is signed at its own time, over the same body.
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    const attempts = await attemptsOf(id);
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
      [1, 503, "retry"],
      [2, 200, "delivered"],
    ]);
  });

  it("a 410 stops the delivery and disables the subscription", async () => {
    const { hook, receiver } = await subscribe([410]);
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;

    expect(await deliverOne(id)).toMatchObject({ retry: false, reason: "gone" });
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastStatusCode: 410, nextAttemptAt: null });
    expect(row.lastError).toContain("410 Gone");
    const sub = await db.webhookSubscription.findUniqueOrThrow({ where: { id: hook.id } });
    expect(sub.isActive).toBe(false);
    const audit = await db.auditLog.findFirst({
      where: { entityType: "webhook", entityId: hook.id, action: "webhook.disable" },
    });
    expect(audit).not.toBeNull();

    // A disabled subscription gets no more deliveries.
    const { deliveries: later } = await reportAndDispatch(hook.id);
    expect(later).toHaveLength(0);
    expect(receiver.received).toHaveLength(1);
  });

  it("a 400 stops at once without a retry", async () => {
    const { hook, receiver } = await subscribe([400, 200]);
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;

    expect(await deliverOne(id)).toMatchObject({ retry: false, reason: "client-error" });
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastStatusCode: 400, nextAttemptAt: null });
    expect(row.lastError).toContain("retrying would not change that");
    expect(await deliverOne(id)).toBeNull();
    expect(receiver.received).toHaveLength(1);
    const sub = await db.webhookSubscription.findUniqueOrThrow({ where: { id: hook.id } });
    expect(sub.isActive).toBe(true);
  });

  it("a 429 with Retry-After is retried no sooner than the receiver asked", async () => {
    const { hook } = await subscribe([{ status: 429, headers: { "retry-after": "120" } }]);
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;

    const before = Date.now();
    const next = await deliverOne(id);
    const after = Date.now();
    expect(next).toMatchObject({ retry: true, attempt: 2 });
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 429 });
    // The schedule says ~5 s; the receiver asked for 120 s: 120 s it is.
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before + 120_000);
    expect(row.nextAttemptAt!.getTime()).toBeLessThanOrEqual(after + 121_000);
  });

  it("after a rotation each delivery carries two signatures: the old secret and the new one both verify", async () => {
    const { hook, receiver } = await subscribe();
    const rotated = await updateWebhook(adminPrincipal, hook.id, {
      version: hook.version,
      rotateSecret: true,
    });
    const newSecret = rotated.secret!;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(hook.secret);
    expect(rotated.previousSecretUntil).not.toBeNull();

    const { deliveries } = await reportAndDispatch(hook.id);
    await deliverOne(deliveries[0]!.id);

    const got = receiver.received[0]!;
    expect(got.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    // The receiver still holds the old secret: it verifies.
    expect(got.verified).toBe(true);
    // A receiver that already switched to the new secret verifies too.
    expect(() => new Webhook(newSecret).verify(got.body, got.headers)).not.toThrow();
    // And a secret that was never this webhook's does not.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(got.body, got.headers),
    ).toThrow(/No matching signature/);
  });

  it("the address is checked again at send time: a URL changed to loopback in the database is refused, nothing is sent", async () => {
    const { hook, receiver } = await subscribe();
    // As if the row had been edited behind the API's back (or DNS now answers a private address).
    await db.webhookSubscription.update({
      where: { id: hook.id },
      data: { url: `http://127.0.0.1:${receiver.port}/hook` },
    });
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;

    expect(await deliverOne(id)).toMatchObject({ retry: false, reason: "blocked" });
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastStatusCode: null, nextAttemptAt: null });
    expect(row.lastError).toMatch(/loopback/);
    const [attempt] = await attemptsOf(id);
    expect(attempt).toMatchObject({ attempt: 1, outcome: "failed", statusCode: null });
    expect(attempt!.error).toMatch(/loopback/);
    expect(receiver.received).toHaveLength(0);
  });

  it("a failed delivery resent by hand keeps its id; the attempt is marked manual", async () => {
    const { hook, receiver } = await subscribe([400, 200]);
    const { deliveries } = await reportAndDispatch(hook.id);
    const id = deliveries[0]!.id;
    await deliverOne(id);
    expect((await db.notificationDelivery.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");

    const { delivery } = await resendWebhookDelivery(adminPrincipal, hook.id, id);
    // No job queue runs in this process: the resend makes the delivery due, the worker (here: this test)
    // sends it. The job-queue test below checks the resend sending by itself.
    expect(delivery).toMatchObject({ id, status: "PENDING", attempts: 1 });
    const audit = await db.auditLog.findFirst({
      where: { entityType: "notification-delivery", entityId: id, action: "notification-delivery.resend" },
    });
    expect(audit).not.toBeNull();
    expect(await deliverOne(id, { manual: true })).toMatchObject({ retry: false, reason: "delivered" });

    expect(receiver.received.map((r) => r.id)).toEqual([id, id]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const attempts = await attemptsOf(id);
    expect(attempts.map((a) => [a.attempt, a.manual, a.outcome])).toEqual([
      [1, false, "failed"],
      [2, true, "delivered"],
    ]);
  });

  it("a resend of another subscription's delivery is not found", async () => {
    const { hook } = await subscribe([400]);
    const { deliveries } = await reportAndDispatch(hook.id);
    await deliverOne(deliveries[0]!.id);
    const other = await subscribe();
    await expect(resendWebhookDelivery(adminPrincipal, other.hook.id, deliveries[0]!.id)).rejects.toThrow(
      /was not found/,
    );
  });
});

/** Pages `user` about `incidentId` as the escalation does, in one transaction; their new deliveries. */
async function page(incidentId: string, userId: string) {
  const before = new Date();
  await db.$transaction(async (tx) => {
    const paged = await loadPagedIncident(tx, incidentId);
    await notifyPeople(tx, paged!, [userId], {
      kind: "INCIDENT_PAGE",
      reason: "You are on call for this service",
      event: "incident.paged",
    });
  });
  return db.notificationDelivery.findMany({
    where: { userId, incidentId, createdAt: { gte: new Date(before.getTime() - 1000) } },
    orderBy: { channel: "asc" },
  });
}

describe("people's channels", () => {
  it("a P1 page e-mails the person through SMTP: subject, SLA deadline and an acknowledge link", async () => {
    const smtp = await startSmtpServer();
    smtpServers.push(smtp);
    useSmtp(smtp.url);
    const person = await createTestUser(["ENGINEER"]);
    const incident = await createTestIncident(engineer, { severity: "P1" });

    const deliveries = await page(incident.id, person.id);
    // Nothing but e-mail is set up: the account's address.
    expect(deliveries.map((d) => [d.channel, d.target])).toEqual([["EMAIL", person.email]]);
    const id = deliveries[0]!.id;
    expect(await deliverOne(id)).toMatchObject({ retry: false, reason: "delivered" });

    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual([person.email]);
    expect(mail!.subject).toBe(`[P1] ${incident.key}: ${incident.title}`);
    const deadline = formatInstant(new Date(incident.responseDueAt), { zone: "utc" });
    expect(mail!.text).toContain(`SLA: Respond by ${deadline}`);
    expect(mail!.text).toContain("You are on call for this service");
    expect(mail!.text).toMatch(new RegExp(`/incidents/${incident.key}\\?ack=[A-Za-z0-9_.%-]+`));
    expect(mail!.html).toContain(`/incidents/${incident.key}?ack=`);
    expect(mail!.html).toContain("Acknowledge");
    expect(mail!.headers.get("x-neuron-ops-delivery")).toBe(id);
    expect(String(mail!.headers.get("message-id"))).toContain(id);

    const row = await db.notificationDelivery.findUniqueOrThrow({
      where: { id },
      include: { attemptLog: true },
    });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 250 });
    expect(row.attemptLog.map((a) => a.outcome)).toEqual(["delivered"]);
  });

  it("without SMTP_URL the same e-mail is kept in the outbox: delivered with outcome outbox", async () => {
    const smtp = await startSmtpServer();
    smtpServers.push(smtp);
    useSmtp(undefined);
    const person = await createTestUser(["ENGINEER"]);
    const incident = await createTestIncident(engineer, { severity: "P1" });

    const [delivery] = await page(incident.id, person.id);
    expect(delivery).toMatchObject({ channel: "EMAIL", target: person.email });
    expect(await deliverOne(delivery!.id)).toMatchObject({ retry: false, reason: "delivered" });

    const row = await db.notificationDelivery.findUniqueOrThrow({
      where: { id: delivery!.id },
      include: { attemptLog: true },
    });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastError: null });
    expect(row.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, outcome: "outbox", statusCode: null }),
    ]);
    // The message itself stays readable in the delivery.
    const payload = row.payload as { to: string; subject: string; text: string };
    expect(payload.subject).toBe(`[P1] ${incident.key}: ${incident.title}`);
    expect(payload.text).toContain(`/incidents/${incident.key}?ack=`);
    expect(smtp.mails).toHaveLength(0);
  });

  it("a person's chat webhook gets Slack-compatible JSON; their own webhook gets a signed envelope", async () => {
    const chat = await startWebhookReceiver();
    const own = await startWebhookReceiver();
    receivers.push(chat, own);
    const person = await createTestUser(["ENGINEER"]);
    const saved = await putMyChannels(
      principal(person),
      putChannelsInput.parse({
        version: 0,
        chatWebhookUrl: `${chat.url}/chat`,
        webhookUrl: `${own.url}/own`,
      }),
    );
    const secret = saved.webhookSecret!;
    expect(secret).toMatch(/^whsec_/);
    const incident = await createTestIncident(engineer, { severity: "P1" });

    const deliveries = await page(incident.id, person.id);
    // P1 by default: every channel set up.
    expect(deliveries.map((d) => d.channel).sort()).toEqual(["CHAT", "EMAIL", "WEBHOOK"]);
    for (const d of deliveries.filter((x) => x.channel !== "EMAIL")) {
      expect(await deliverOne(d.id)).toMatchObject({ retry: false, reason: "delivered" });
    }

    expect(chat.received).toHaveLength(1);
    const message = JSON.parse(chat.received[0]!.body) as { text: string; blocks: { type: string }[] };
    expect(chat.received[0]!.headers["content-type"]).toBe("application/json");
    expect(chat.received[0]!.path).toBe("/hook/chat");
    expect(message.text).toContain(`[P1] ${incident.key}: ${incident.title}`);
    expect(message.text).toContain("Respond by");
    expect(message.text).toContain(`/incidents/${incident.key}?ack=`);
    expect(message.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "context", "actions"]);
    // A chat webhook is not signed: its URL is the secret.
    expect(chat.received[0]!.headers["webhook-signature"]).toBeUndefined();

    expect(own.received).toHaveLength(1);
    const got = own.received[0]!;
    const webhookDelivery = deliveries.find((d) => d.channel === "WEBHOOK")!;
    expect(got.id).toBe(webhookDelivery.id);
    const envelope = new Webhook(secret).verify(got.body, got.headers) as {
      type: string;
      data: { incident: { key: string }; acknowledgeUrl: string | null; recipient: { id: string } };
    };
    expect(envelope.type).toBe("incident.paged");
    expect(envelope.data.incident.key).toBe(incident.key);
    expect(envelope.data.recipient.id).toBe(person.id);
    expect(envelope.data.acknowledgeUrl).toContain(`/incidents/${incident.key}?ack=`);
  });
});

describe("the pipeline on the job queue", () => {
  beforeAll(async () => {
    // Events of the tests above, never fanned out, go nowhere now (no subscription is active): a webhook
    // receives what happens after it exists, not a backlog.
    await dispatchWebhookEvents();
    await startJobs(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    await stopJobs();
  });

  const waitForStatus = async (id: string, status: string, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await db.notificationDelivery.findUnique({ where: { id } });
      if (row?.status === status) return row;
      if (Date.now() > deadline)
        throw new Error(`Delivery ${id} is ${row?.status}, not ${status}, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it("an incident reported reaches a team webhook with no manual step", async () => {
    const { hook, receiver } = await subscribe();
    const incident = await createTestIncident(engineer, { severity: "P2" });

    const [got] = await receiver.waitFor(1, 20_000);
    expect(got).toMatchObject({ type: "incident.created", verified: true });
    expect((JSON.parse(got!.body) as { data: { incident: { key: string } } }).data.incident.key).toBe(
      incident.key,
    );
    const [delivery] = await db.notificationDelivery.findMany({ where: { subscriptionId: hook.id } });
    expect(got!.id).toBe(delivery!.id);
    await waitForStatus(delivery!.id, "DELIVERED");
  });

  it("a 503 is retried by the queue itself, and a resend by hand is sent at once and marked manual", async () => {
    const { hook, receiver } = await subscribe([503, 200]);
    await createTestIncident(engineer, { severity: "P3" });

    await receiver.waitFor(1, 20_000);
    const [delivery] = await db.notificationDelivery.findMany({ where: { subscriptionId: hook.id } });
    const id = delivery!.id;
    // The retry job is queued for ~5 s later; the queue sends it.
    await receiver.waitFor(2, 20_000);
    await waitForStatus(id, "DELIVERED");
    expect(receiver.received.map((r) => r.id)).toEqual([id, id]);

    const { delivery: resent } = await resendWebhookDelivery(adminPrincipal, hook.id, id);
    expect(resent).toMatchObject({ id, status: "DELIVERED", attempts: 3 });
    expect(resent.attemptLog.map((a) => [a.attempt, a.manual, a.outcome])).toEqual([
      [1, false, "retry"],
      [2, false, "delivered"],
      [3, true, "delivered"],
    ]);
    expect(receiver.received.map((r) => r.id)).toEqual([id, id, id]);
  });
});
