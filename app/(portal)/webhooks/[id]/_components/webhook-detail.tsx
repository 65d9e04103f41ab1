"use client";
// A team webhook's page: where it sends what, its last 24 hours, a manager's actions (edit, pause,
// rotate the secret, delete), the new secret once after a rotation, and the delivery log.
import { useState } from "react";
import { Pencil } from "lucide-react";
import { DeliveryLog } from "@/app/(portal)/webhooks/[id]/_components/delivery-log";
import { WebhookActions } from "@/app/(portal)/webhooks/[id]/_components/webhook-actions";
import { WebhookSecretOnce } from "@/app/(portal)/webhooks/_components/secret-once";
import { WebhookForm } from "@/app/(portal)/webhooks/_components/webhook-form";
import { toFormValues, toUpdateInput } from "@/app/(portal)/webhooks/_components/webhook-form-values";
import { DeliveryCounts, SuccessRate } from "@/app/(portal)/webhooks/_components/webhook-health";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FactGrid, instantFact } from "@/components/ui/fact-grid";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { ShortcutButton } from "@/components/ui/shortcut-button";
import { useShortcuts } from "@/components/ui/shortcuts";
import { Instant } from "@/components/ui/time";
import { useUpdateWebhook, useWebhook, type WebhookEventInfo } from "@/lib/client/webhooks";
import { updateWebhookInput, type WebhookResponse } from "@/lib/webhooks/schemas";

type Props = { initial: WebhookResponse; events: WebhookEventInfo[]; canManage: boolean };

export function WebhookDetail({ initial, events, canManage }: Props) {
  const query = useWebhook(initial.id, initial);
  const webhook = query.data ?? initial;
  const update = useUpdateWebhook(webhook.id);
  const [isEditing, setEditing] = useState(false);
  const rotatedSecret = update.data?.secret;

  const startEditing = () => {
    update.reset();
    setEditing(true);
  };
  useShortcuts([
    { key: "e", label: "Edit the webhook", hint: "edit", when: canManage && !isEditing, run: startEditing },
  ]);

  return (
    <div className="space-y-4">
      <BackLink href="/webhooks">Webhooks</BackLink>
      <PageHeader
        title={webhook.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2" data-testid="webhook-state">
            {webhook.isActive ? (
              <Badge tone="success">Active</Badge>
            ) : (
              <Badge tone="warning">Paused: nothing is sent</Badge>
            )}
          </span>
        }
        actions={canManage ? <WebhookActions webhook={webhook} update={update} /> : null}
      />
      {rotatedSecret ? (
        <WebhookSecretOnce
          secret={rotatedSecret}
          note="The previous secret also signs for 24 hours, so the receiver can switch over without losing a message."
        />
      ) : null}
      <FactGrid
        facts={[
          {
            label: "URL",
            value: <span className="font-mono text-xs break-all whitespace-normal">{webhook.url}</span>,
            wide: true,
          },
          {
            label: "Events",
            wide: true,
            value: (
              <span className="font-mono text-xs whitespace-normal">
                {webhook.events.includes("*") ? "Every event (*)" : webhook.events.join(", ")}
              </span>
            ),
          },
          { label: "Success, 24 h", value: <SuccessRate stats={webhook.stats} />, wide: true },
          { label: "Deliveries, 24 h", value: <DeliveryCounts stats={webhook.stats} /> },
          webhook.previousSecretUntil
            ? { label: "Previous secret signs until", value: <Instant at={webhook.previousSecretUntil} /> }
            : null,
          instantFact("Created", webhook.createdAt),
          instantFact("Changed", webhook.updatedAt),
        ]}
      />
      {canManage ? (
        isEditing ? (
          <section
            aria-label="Edit the webhook"
            className="rounded-lg border border-accent/30 bg-surface p-3"
          >
            <WebhookForm
              key={webhook.version}
              initial={toFormValues(webhook)}
              events={events}
              schema={updateWebhookInput}
              toInput={(v) => toUpdateInput(v, webhook.version)}
              onSave={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
              submitLabel="Save changes"
              isPending={update.isPending}
              serverError={update.error}
              autoFocus
              cancel={
                <Button variant="ghost" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              }
            />
          </section>
        ) : (
          <ShortcutButton
            shortcut="e"
            icon={<Pencil aria-hidden className="size-4" />}
            onClick={startEditing}
          >
            Edit name, URL and events
          </ShortcutButton>
        )
      ) : null}
      <DeliveryLog webhookId={webhook.id} canResend={canManage} />
    </div>
  );
}
