"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function WebhookError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This webhook could not be loaded"
      back={{ href: "/webhooks", label: "Back to webhooks" }}
    />
  );
}
