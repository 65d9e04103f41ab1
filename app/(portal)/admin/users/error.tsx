"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function UsersError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="People could not be loaded" />;
}
