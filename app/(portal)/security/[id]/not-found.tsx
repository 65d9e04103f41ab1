import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function SecurityEventNotFound() {
  return (
    <SegmentNotFound
      title="Security event not found"
      back={{ href: "/security", label: "Back to the queue" }}
    >
      Check the link: the address may be mistyped.
    </SegmentNotFound>
  );
}
