"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function IntegrationError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This integration could not be loaded"
      back={{ href: "/integrations", label: "Back to integrations" }}
    />
  );
}
