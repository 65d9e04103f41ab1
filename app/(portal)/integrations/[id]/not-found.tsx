import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function IntegrationNotFound() {
  return (
    <SegmentNotFound
      title="Integration not found"
      back={{ href: "/integrations", label: "Back to integrations" }}
    />
  );
}
