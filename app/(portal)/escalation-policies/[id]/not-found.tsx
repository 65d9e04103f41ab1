import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function EscalationPolicyNotFound() {
  return (
    <SegmentNotFound
      title="Escalation policy not found"
      back={{ href: "/escalation-policies", label: "Back to escalation policies" }}
    />
  );
}
