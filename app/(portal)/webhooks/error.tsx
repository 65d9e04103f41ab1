"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function WebhooksError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Webhooks could not be loaded" />;
}
