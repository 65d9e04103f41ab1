import type { Metadata } from "next";
import { NewWebhook } from "@/app/(portal)/webhooks/_components/new-webhook";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export const metadata: Metadata = { title: "New webhook" };

const EVENTS = Object.entries(WEBHOOK_EVENTS).map(([type, description]) => ({ type, description }));

export default async function NewWebhookPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "webhook:manage")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/webhooks", label: "Webhooks" }}
      title="New webhook"
      description="Its signing secret is shown once, right after it is created; you can rotate it later."
    >
      <NewWebhook events={EVENTS} />
    </FormPage>
  );
}
