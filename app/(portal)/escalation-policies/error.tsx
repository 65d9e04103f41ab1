"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function EscalationPoliciesError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Escalation policies could not be loaded" />;
}
