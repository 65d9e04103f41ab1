import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function ChangeNotFound() {
  return (
    <SegmentNotFound title="Change not found" back={{ href: "/changes", label: "Back to changes" }}>
      Check the key (it looks like CHG-2026-0042).
    </SegmentNotFound>
  );
}
