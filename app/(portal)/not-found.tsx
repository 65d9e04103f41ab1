import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function NotFound() {
  return (
    <SegmentNotFound title="Not found" back={{ href: "/", label: "Go home" }}>
      It does not exist, or you may not see it.
    </SegmentNotFound>
  );
}
