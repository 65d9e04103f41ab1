import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleDetail } from "@/app/(portal)/schedules/[id]/_components/schedule-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { scheduleParams } from "@/lib/oncall/api-schemas";
import { getSchedule } from "@/lib/oncall/schedules";
import { orNotFound } from "@/lib/pages/record-page";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "On-call schedule" };

export default async function SchedulePage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "schedule:read")) return <ForbiddenState />;
  const parsed = scheduleParams.safeParse(await params);
  if (!parsed.success) notFound();
  const schedule = await orNotFound(getSchedule(parsed.data.id));
  return <ScheduleDetail initial={schedule} canManage={can(user.roles, "schedule:manage")} />;
}
