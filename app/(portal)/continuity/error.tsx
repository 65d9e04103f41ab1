"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function ContinuityError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Business continuity could not be loaded" />;
}
