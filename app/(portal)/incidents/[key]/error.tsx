"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function IncidentError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This incident could not be loaded"
      back={{ href: "/incidents", label: "Back to incidents" }}
    />
  );
}
