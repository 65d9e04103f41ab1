"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function AccessError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Access requests could not be loaded" />;
}
