"use client";
// A schedule's page: who is on call now and next, the week or month of the final schedule, and beside
// it the layers, the overrides and the calendar feed. Managers edit (e), add overrides (o) and manage
// the feed; everyone else reads.
import { Pencil } from "lucide-react";
import { EditSchedule } from "@/app/(portal)/schedules/[id]/_components/edit-schedule";
import { FeedPanel } from "@/app/(portal)/schedules/[id]/_components/feed-panel";
import { LayersPanel } from "@/app/(portal)/schedules/[id]/_components/layers-panel";
import { OnCallHeader } from "@/app/(portal)/schedules/[id]/_components/on-call-header";
import { OverridePanel } from "@/app/(portal)/schedules/[id]/_components/override-panel";
import { ScheduleCalendar } from "@/app/(portal)/schedules/[id]/_components/schedule-calendar";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { useRecordModes } from "@/components/ui/record-modes";
import { useSchedule } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

const MODES = [
  {
    mode: "edit",
    key: "e",
    label: "Edit the schedule",
    hint: "edit",
    button: "Edit schedule",
    icon: <Pencil aria-hidden className="size-4" />,
  },
] as const;

type Props = { initial: ScheduleResponse; canManage: boolean };

export function ScheduleDetail({ initial, canManage }: Props) {
  const query = useSchedule(initial.id, initial);
  const schedule = query.data ?? initial;
  const { mode, close, actions } = useRecordModes(canManage, MODES);

  return (
    <>
      <BackLink href="/schedules" className="mb-2">
        On-call schedules
      </BackLink>
      <PageHeader
        title={schedule.name}
        description={
          <>
            <span className="font-mono">{schedule.timeZone}</span>
            {schedule.description ? ` · ${schedule.description}` : ""}
            {query.isError ? <span className="text-warning"> · could not refresh</span> : null}
          </>
        }
        actions={actions}
      />
      <OnCallHeader scheduleId={schedule.id} timeZone={schedule.timeZone} />
      {mode === "edit" ? (
        <div className="mb-4">
          <EditSchedule schedule={schedule} onDone={close} />
        </div>
      ) : null}
      <div className="flex flex-col gap-4 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem] xl:items-start">
        <ScheduleCalendar schedule={schedule} />
        <div className="flex min-w-0 flex-col gap-4">
          <OverridePanel schedule={schedule} canManage={canManage} />
          <LayersPanel schedule={schedule} />
          <FeedPanel schedule={schedule} canManage={canManage} />
        </div>
      </div>
    </>
  );
}
