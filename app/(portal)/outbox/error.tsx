"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function OutboxError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="The notifications sent could not be loaded" />;
}
