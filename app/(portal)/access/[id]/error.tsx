"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function AccessRequestError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This access request could not be loaded"
      back={{ href: "/access", label: "Back to access" }}
    />
  );
}
