"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function ScheduleError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This schedule could not be loaded"
      back={{ href: "/schedules", label: "Back to on-call schedules" }}
    />
  );
}
