"use client";
// Editing a schedule reuses the create form; the PATCH carries the version the editor started from (a
// 409 shows the kit's conflict banner with their version to load).
import { ScheduleForm } from "@/app/(portal)/schedules/_components/schedule-form";
import { toFormValues } from "@/app/(portal)/schedules/_components/schedule-form-values";
import { EditRecordForm } from "@/components/ui/record-form";
import { useSchedule, useUpdateSchedule } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

export function EditSchedule({ schedule, onDone }: { schedule: ScheduleResponse; onDone: () => void }) {
  const update = useUpdateSchedule(schedule.id);
  const { refetch } = useSchedule(schedule.id);
  return (
    <EditRecordForm label="Edit schedule" record={schedule} refetch={refetch} update={update} onDone={onDone}>
      {(base, wiring) => (
        <ScheduleForm
          {...wiring}
          initial={toFormValues(base)}
          known={new Map(base.people.map((p) => [p.id, p.name]))}
          submitLabel="Save schedule"
        />
      )}
    </EditRecordForm>
  );
}
