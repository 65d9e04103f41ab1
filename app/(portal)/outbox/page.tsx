import type { Metadata } from "next";
import { OutboxView } from "@/app/(portal)/outbox/_components/outbox-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listNotificationLog } from "@/lib/webhooks/notification-log";

export const metadata: Metadata = { title: "Notifications sent" };

// Everyone reads what the portal sent them (channels:own is every role); ops managers and admins also
// everyone's (delivery:read).
export default async function OutboxPage() {
  const user = await requirePageUser();
  const initial = await listNotificationLog(user, { scope: "mine", limit: 50 });
  return <OutboxView initial={initial} canSeeEveryone={can(user.roles, "delivery:read")} />;
}
