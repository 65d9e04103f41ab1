import type { Metadata } from "next";
import { ChangeCalendarView } from "@/app/(portal)/changes/_components/calendar-view";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Change calendar" };

// "Today" (UTC) is decided here so the server's HTML and the browser's first render agree on the week.
export default async function ChangeCalendarPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "change:read")) return <ForbiddenState />;
  return (
    <ChangeCalendarView
      today={new Date().toISOString().slice(0, 10)}
      canManage={can(user.roles, "change:manage")}
    />
  );
}
