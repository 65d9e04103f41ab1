import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function VendorNotFound() {
  return <SegmentNotFound title="Vendor not found" back={{ href: "/vendors", label: "Back to vendors" }} />;
}
