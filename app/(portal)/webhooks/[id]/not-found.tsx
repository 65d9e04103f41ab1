import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function WebhookNotFound() {
  return (
    <SegmentNotFound title="Webhook not found" back={{ href: "/webhooks", label: "Back to webhooks" }} />
  );
}
