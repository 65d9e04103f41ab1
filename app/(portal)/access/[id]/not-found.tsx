import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function AccessRequestNotFound() {
  return (
    <SegmentNotFound title="Access request not found" back={{ href: "/access", label: "Back to access" }}>
      It does not exist, or it is neither yours nor for you.
    </SegmentNotFound>
  );
}
