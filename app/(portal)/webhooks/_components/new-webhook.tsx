"use client";
// The new-webhook page's client island: the form, then the secret (once) and the way to the webhook.
import Link from "next/link";
import { WebhookSecretOnce } from "@/app/(portal)/webhooks/_components/secret-once";
import { WebhookForm } from "@/app/(portal)/webhooks/_components/webhook-form";
import { NEW_WEBHOOK_VALUES, toCreateInput } from "@/app/(portal)/webhooks/_components/webhook-form-values";
import { buttonClass } from "@/components/ui/button";
import { useCreateWebhook, type WebhookEventInfo } from "@/lib/client/webhooks";
import { createWebhookInput } from "@/lib/webhooks/schemas";

export function NewWebhook({ events }: { events: WebhookEventInfo[] }) {
  const create = useCreateWebhook();
  const created = create.data;

  if (created?.secret)
    return (
      <div className="max-w-3xl space-y-4" data-testid="webhook-created" data-id={created.id}>
        <p role="status" className="text-sm">
          <strong>{created.name}</strong> is on. Give its receiver the secret below; the first event it
          subscribes to is sent from now on.
        </p>
        <WebhookSecretOnce secret={created.secret} />
        <Link className={buttonClass("primary")} href={`/webhooks/${created.id}`}>
          Open the webhook and its delivery log
        </Link>
      </div>
    );

  return (
    <WebhookForm
      initial={NEW_WEBHOOK_VALUES}
      events={events}
      schema={createWebhookInput}
      toInput={toCreateInput}
      onSave={(input) => create.mutate(input)}
      submitLabel="Create webhook"
      isPending={create.isPending}
      serverError={create.error}
      autoFocus
      cancel={
        <Link href="/webhooks" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
