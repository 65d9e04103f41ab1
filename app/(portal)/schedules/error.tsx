"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function SchedulesError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="On-call schedules could not be loaded" />;
}
