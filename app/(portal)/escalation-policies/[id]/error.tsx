"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function EscalationPolicyError(props: SegmentErrorProps) {
  return (
    <SegmentError
      {...props}
      title="This escalation policy could not be loaded"
      back={{ href: "/escalation-policies", label: "Back to escalation policies" }}
    />
  );
}
