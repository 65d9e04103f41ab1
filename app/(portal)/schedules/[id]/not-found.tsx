import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function ScheduleNotFound() {
  return (
    <SegmentNotFound
      title="Schedule not found"
      back={{ href: "/schedules", label: "Back to on-call schedules" }}
    />
  );
}
