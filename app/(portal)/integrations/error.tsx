"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function IntegrationsError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Integrations could not be loaded" />;
}
