import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function IncidentNotFound() {
  return (
    <SegmentNotFound title="Incident not found" back={{ href: "/incidents", label: "Back to incidents" }}>
      Check the key (it looks like INC-2026-0042). The incident may not exist, or you may not see it.
    </SegmentNotFound>
  );
}
