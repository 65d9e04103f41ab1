// The nightly retention of the notification pipeline removes only what is old and finished.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newMessageId } from "@/lib/notify/message-id";
import { pruneNotifications } from "@/lib/notify/retention";

const DAY = 24 * 60 * 60_000;

async function delivery(status: "PENDING" | "DELIVERED" | "FAILED", ageDays: number) {
  const id = newMessageId();
  const at = new Date(Date.now() - ageDays * DAY);
  await db.notificationDelivery.create({
    data: {
      id,
      channel: "EMAIL",
      event: "incident.created",
      target: "someone@example.test",
      payload: { to: "someone@example.test", subject: "s", text: "t", html: "t" },
      status,
      createdAt: at,
      attemptLog: { create: { attempt: 1, startedAt: at, durationMs: 3, outcome: "delivered" } },
    },
  });
  // updated_at is set by Prisma on write: age it by hand.
  await db.$executeRaw`UPDATE notification_deliveries SET updated_at = ${at} WHERE id = ${id}`;
  return id;
}

describe("notification retention", () => {
  it("deletes finished deliveries after 30 days with their attempts, dispatched events after 30, never a pending one", async () => {
    const oldDelivered = await delivery("DELIVERED", 31);
    const oldFailed = await delivery("FAILED", 40);
    const oldPending = await delivery("PENDING", 45);
    const recent = await delivery("DELIVERED", 2);
    const oldEvent = newMessageId();
    const undispatched = newMessageId();
    await db.webhookEvent.createMany({
      data: [
        {
          id: oldEvent,
          type: "incident.created",
          data: {},
          createdAt: new Date(Date.now() - 35 * DAY),
          dispatchedAt: new Date(Date.now() - 34 * DAY),
        },
        { id: undispatched, type: "incident.created", data: {}, createdAt: new Date(Date.now() - 35 * DAY) },
      ],
    });
    const result = await pruneNotifications();
    expect(result).toMatchObject({ events: 1, deliveries: 2 });
    const left = (await db.notificationDelivery.findMany({ select: { id: true } })).map((d) => d.id);
    expect(left).toEqual(expect.arrayContaining([oldPending, recent]));
    expect(left).not.toContain(oldDelivered);
    expect(left).not.toContain(oldFailed);
    expect(await db.notificationAttempt.count({ where: { deliveryId: oldDelivered } })).toBe(0);
    expect((await db.webhookEvent.findMany({ select: { id: true } })).map((e) => e.id)).toEqual([
      undispatched,
    ]);
  });
});
