"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function ChangesError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Change management could not be loaded" />;
}
