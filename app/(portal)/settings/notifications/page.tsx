import type { Metadata } from "next";
import { NotificationSettings } from "@/app/(portal)/settings/notifications/_components/notification-settings";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMyChannels } from "@/lib/notify/notification-channels";

export const metadata: Metadata = { title: "Notifications" };

// Everyone signed in keeps their own channels (channels:own is every role).
export default async function NotificationsPage() {
  const user = await requirePageUser();
  const channels = await getMyChannels(user);
  return <NotificationSettings initial={channels} accountEmail={user.email} />;
}
