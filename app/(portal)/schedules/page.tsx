import type { Metadata } from "next";
import { MyCalendarFeed } from "@/app/(portal)/schedules/_components/my-calendar-feed";
import { ScheduleList } from "@/app/(portal)/schedules/_components/schedule-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { hasPersonFeed } from "@/lib/oncall/person-feed";
import { listSchedules } from "@/lib/oncall/schedules";

export const metadata: Metadata = { title: "On-call schedules" };

export default async function SchedulesPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "schedule:read")) return <ForbiddenState />;
  const [initial, hasFeed] = await Promise.all([listSchedules(), hasPersonFeed(user.id)]);
  return (
    <ScheduleList initial={initial} canManage={can(user.roles, "schedule:manage")}>
      <MyCalendarFeed hasFeed={hasFeed} />
    </ScheduleList>
  );
}
