import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function FunctionNotFound() {
  return (
    <SegmentNotFound
      title="Business function not found"
      back={{ href: "/continuity", label: "Back to business continuity" }}
    />
  );
}
