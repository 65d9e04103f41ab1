// Alert intake in integration tests: wait until every recorded notification is processed.
import { drainPendingNotifications } from "@/lib/alerts/process";
import { db } from "@/lib/db";

/** Processes everything recorded (the intake also starts this itself; both are safe at once). */
export async function settleNotifications() {
  for (let i = 0; i < 200; i++) {
    await drainPendingNotifications();
    if ((await db.alertNotification.count({ where: { state: "PENDING" } })) === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("notifications still pending");
}
