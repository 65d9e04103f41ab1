"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function SecurityError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="The security queue could not be loaded" />;
}
