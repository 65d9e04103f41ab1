"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function VendorError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This vendor could not be loaded"
      back={{ href: "/vendors", label: "Back to vendors" }}
    />
  );
}
