"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function ChangeError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This change could not be loaded"
      back={{ href: "/changes", label: "Back to changes" }}
    />
  );
}
