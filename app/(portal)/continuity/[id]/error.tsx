"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function FunctionError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This business function could not be loaded"
      back={{ href: "/continuity", label: "Back to business continuity" }}
    />
  );
}
