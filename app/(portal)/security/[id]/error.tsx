"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function SecurityEventError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This security event could not be loaded"
      back={{ href: "/security", label: "Back to the queue" }}
    />
  );
}
