// A person's notification channels through the API against a real PostgreSQL: defaults before anything is
// saved, the webhook signing secret shown once and stored sealed, URLs to internal addresses refused naming
// the field, stale versions, audit records without secrets, and an administrator's view without secrets.
import { beforeAll, describe, expect, it } from "vitest";
import * as myChannelsRoute from "@/app/api/me/notification-channels/route";
import * as userChannelsRoute from "@/app/api/users/[id]/notification-channels/route";
import { db } from "@/lib/db";
import { findWebhookSecret } from "@/lib/notify/notification-channels";
import { signPayload, verifyPayload } from "@/lib/notify/standard-webhooks";
import { createTestUser } from "../factories";
import { call } from "../helpers/api";

type User = Awaited<ReturnType<typeof createTestUser>>;
let admin: User;
let engineer: User;

beforeAll(async () => {
  admin = await createTestUser(["ADMIN"]);
  engineer = await createTestUser(["ENGINEER"]);
});

// Public addresses as literals: the check needs no DNS.
const CHAT_URL = "https://93.184.215.14/services/T000/B000/chat-token-abc";
const HOOK_URL = "https://93.184.215.15/receiver?key=hook-token-xyz";

const read = (token: string) => call(myChannelsRoute.GET, "GET", "/api/me/notification-channels", { token });
const put = (token: string, body: Record<string, unknown>) =>
  call(myChannelsRoute.PUT, "PUT", "/api/me/notification-channels", { token, body });

const auditRecords = (userId: string) =>
  db.auditLog.findMany({
    where: { entityType: "notification-channels", entityId: userId },
    orderBy: { id: "asc" },
  });

describe("your own channels", () => {
  it("before anything is saved: your account e-mail, no webhooks, the default rules, version 0", async () => {
    const user = await createTestUser(["EXECUTIVE"]);
    const res = await read(user.token);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      userId: user.id,
      email: user.email,
      emailIsAccountEmail: true,
      chatWebhookUrl: null,
      webhookUrl: null,
      hasWebhookSecret: false,
      rules: { P1: ["EMAIL", "CHAT", "WEBHOOK"], P2: ["EMAIL", "CHAT"], P3: ["EMAIL"], P4: [] },
      updatedAt: null,
      version: 0,
    });
  });

  it("the webhook's signing secret is shown once, stored sealed, kept on later saves and replaced when rotated", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const first = await put(user.token, {
      version: 0,
      email: "pager@example.com",
      chatWebhookUrl: CHAT_URL,
      webhookUrl: HOOK_URL,
      rules: { P3: [], P4: ["EMAIL"] },
    });
    expect(first.status).toBe(200);
    const secret = first.json.webhookSecret as string;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(first.json).toMatchObject({
      email: "pager@example.com",
      emailIsAccountEmail: false,
      chatWebhookUrl: CHAT_URL,
      webhookUrl: HOOK_URL,
      hasWebhookSecret: true,
      rules: { P1: ["EMAIL", "CHAT", "WEBHOOK"], P2: ["EMAIL", "CHAT"], P3: [], P4: ["EMAIL"] },
      version: 1,
    });

    // Read back: never the secret again.
    const again = await read(user.token);
    expect(again.json).not.toHaveProperty("webhookSecret");
    expect(JSON.stringify(again.json)).not.toContain(secret.slice(6));
    expect(again.json).toMatchObject({ hasWebhookSecret: true, version: 1 });

    // Stored sealed, not in clear; the server opens it to sign, and the receiver verifies with it.
    const row = await db.notificationChannels.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.webhookSecretEncrypted).not.toContain(secret.slice(6));
    expect(await findWebhookSecret(user.id)).toBe(secret);
    const body = '{"type":"incident.triggered"}';
    const headers = signPayload({ secrets: [secret], id: "msg_1", timestamp: new Date(), body });
    expect(verifyPayload({ secrets: [secret], headers, body }).ok).toBe(true);

    // A later save keeps the secret (and shows none).
    const kept = await put(user.token, { version: 1, webhookUrl: HOOK_URL, rules: {} });
    expect(kept.status).toBe(200);
    expect(kept.json).not.toHaveProperty("webhookSecret");
    expect(kept.json).toMatchObject({ chatWebhookUrl: null, email: user.email, emailIsAccountEmail: true });
    expect(await findWebhookSecret(user.id)).toBe(secret);

    // Rotating shows a new one once; the old one no longer signs.
    const rotated = await put(user.token, { version: 2, webhookUrl: HOOK_URL, rotateWebhookSecret: true });
    expect(rotated.status).toBe(200);
    const newSecret = rotated.json.webhookSecret as string;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    expect(await findWebhookSecret(user.id)).toBe(newSecret);

    // Removing the webhook deletes its secret.
    const removed = await put(user.token, { version: 3, webhookUrl: null });
    expect(removed.json).toMatchObject({ webhookUrl: null, hasWebhookSecret: false, version: 4 });
    expect(await findWebhookSecret(user.id)).toBeNull();
  });

  it("a stale version is a 409 and changes nothing", async () => {
    const user = await createTestUser(["SECURITY"]);
    expect((await put(user.token, { version: 0, rules: { P4: ["EMAIL"] } })).status).toBe(200);
    const stale = await put(user.token, { version: 0, rules: { P4: [] } });
    expect(stale.status).toBe(409);
    const wrong = await put(user.token, { version: 7, rules: { P4: [] } });
    expect(wrong.status).toBe(409);
    expect((await read(user.token)).json).toMatchObject({ version: 1, rules: { P4: ["EMAIL"] } });
  });

  it("refuses a URL to a loopback, metadata or private address with a 422 naming the field and the class", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const res = await put(user.token, {
      version: 0,
      chatWebhookUrl: "http://127.0.0.1/hook",
      webhookUrl: "http://169.254.169.254/latest/meta-data/",
    });
    expect(res.status).toBe(422);
    const errors = res.json.errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(["chatWebhookUrl", "webhookUrl"]);
    expect(errors[0]!.message).toContain("loopback address");
    expect(errors[1]!.message).toContain("cloud metadata service");

    const privateNet = await put(user.token, { version: 0, webhookUrl: "http://10.0.0.5/hook" });
    expect(privateNet.status).toBe(422);
    expect(privateNet.json.errors).toEqual([
      { path: "webhookUrl", message: expect.stringContaining("private network address") as unknown },
    ]);
    const scheme = await put(user.token, { version: 0, webhookUrl: "ftp://93.184.215.14/x" });
    expect(scheme.status).toBe(422);
    expect((scheme.json.errors as { path: string }[])[0]!.path).toBe("webhookUrl");
    const mapped = await put(user.token, { version: 0, chatWebhookUrl: "http://[::ffff:127.0.0.1]/x" });
    expect(mapped.status).toBe(422);

    const rotateNothing = await put(user.token, { version: 0, rotateWebhookSecret: true });
    expect(rotateNothing.status).toBe(422);
    expect(rotateNothing.json.errors).toEqual([
      { path: "rotateWebhookSecret", message: "Set up a webhook URL first" },
    ]);
    expect(await db.notificationChannels.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is audited without the secret or the URLs' secret parts", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const first = await put(user.token, { version: 0, chatWebhookUrl: CHAT_URL, webhookUrl: HOOK_URL });
    const secret = first.json.webhookSecret as string;
    await put(user.token, {
      version: 1,
      chatWebhookUrl: CHAT_URL,
      webhookUrl: HOOK_URL,
      rotateWebhookSecret: true,
    });
    const records = await auditRecords(user.id);
    expect(records.map((r) => r.action)).toEqual([
      "notification-channels.update",
      "notification-channels.update",
    ]);
    const text = JSON.stringify(records.map((r) => [r.before, r.after]));
    for (const hidden of [secret.slice(6), "chat-token-abc", "hook-token-xyz", "whsec_"])
      expect(text).not.toContain(hidden);
    expect(records[0]!.before).toBeNull();
    expect(records[0]!.after).toMatchObject({
      chatWebhookUrl: "https://93.184.215.14/…",
      webhookUrl: "https://93.184.215.15/…",
      hasWebhookSecret: true,
      webhookSecretRotated: true,
      version: 1,
    });
    expect(records[1]!.before).toMatchObject({ version: 1 });
    expect(records[1]!.after).toMatchObject({ version: 2, webhookSecretRotated: true });
    expect(records[0]!.actorId).toBe(user.id);
  });
});

describe("an administrator's view", () => {
  it("reads someone's channels without any secret (URLs by their origin); others may not", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const saved = await put(user.token, { version: 0, chatWebhookUrl: CHAT_URL, webhookUrl: HOOK_URL });
    const secret = saved.json.webhookSecret as string;
    const res = await call(userChannelsRoute.GET, "GET", "", { token: admin.token, params: { id: user.id } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      userId: user.id,
      email: user.email,
      chatWebhookUrl: "https://93.184.215.14/…",
      webhookUrl: "https://93.184.215.15/…",
      hasWebhookSecret: true,
      version: 1,
    });
    const text = JSON.stringify(res.json);
    for (const hidden of [secret.slice(6), "chat-token-abc", "hook-token-xyz"])
      expect(text).not.toContain(hidden);

    const denied = await call(userChannelsRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: user.id },
    });
    expect(denied.status).toBe(403);
    const missing = await call(userChannelsRoute.GET, "GET", "", {
      token: admin.token,
      params: { id: "00000000-0000-4000-8000-000000000000" },
    });
    expect(missing.status).toBe(404);
  });
});
