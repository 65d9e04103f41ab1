"use client";
// A manager's actions on a team webhook: pause or resume, rotate the secret (the new one is shown once,
// the previous one keeps signing for 24 hours), delete (after a confirmation; the delivery log stays).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Pause, Play, RotateCcw, Trash2 } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import type { useUpdateWebhook } from "@/lib/client/webhooks";
import { useDeleteWebhook } from "@/lib/client/webhooks";
import type { WebhookResponse } from "@/lib/webhooks/schemas";

type Props = { webhook: WebhookResponse; update: ReturnType<typeof useUpdateWebhook> };

export function WebhookActions({ webhook, update }: Props) {
  const router = useRouter();
  const remove = useDeleteWebhook(webhook.id);
  const [confirming, setConfirming] = useState<"rotate" | "delete" | null>(null);
  const busy = update.isPending || remove.isPending;

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          disabled={busy}
          onClick={() =>
            update.mutate({ version: webhook.version, isActive: !webhook.isActive, rotateSecret: false })
          }
        >
          {webhook.isActive ? (
            <>
              <Pause aria-hidden className="size-4" /> Pause
            </>
          ) : (
            <>
              <Play aria-hidden className="size-4" /> Resume
            </>
          )}
        </Button>
        <Button
          disabled={busy}
          onClick={() => setConfirming("rotate")}
          aria-expanded={confirming === "rotate"}
        >
          <RotateCcw aria-hidden className="size-4" /> Rotate secret
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={() => setConfirming("delete")}
          aria-expanded={confirming === "delete"}
        >
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      </div>
      {confirming === "rotate" ? (
        <div
          role="group"
          aria-label="Rotate the secret"
          className="max-w-md space-y-2 rounded-md border border-warning/40 bg-warning/10 p-2 text-sm"
        >
          <p>
            A new secret signs from now on and is shown once. The current one also keeps signing for 24 hours,
            so the receiver can switch over without losing a message.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              disabled={busy}
              onClick={() =>
                update.mutate(
                  { version: webhook.version, rotateSecret: true },
                  { onSettled: () => setConfirming(null) },
                )
              }
            >
              Rotate now
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(null)}>
              Keep the current secret
            </Button>
          </div>
        </div>
      ) : null}
      {confirming === "delete" ? (
        <div
          role="group"
          aria-label="Delete the webhook"
          className="max-w-md space-y-2 rounded-md border border-danger/40 bg-danger/10 p-2 text-sm"
        >
          <p>
            Delete <strong>{webhook.name}</strong>? Nothing more is sent to {webhook.url}, and messages
            waiting for a retry are given up. Its delivery log stays readable in the notification log.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={busy}
              onClick={() =>
                remove.mutate(webhook.version, {
                  onSuccess: () => router.push("/webhooks"),
                  onSettled: () => setConfirming(null),
                })
              }
            >
              Delete webhook
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
      <ActionError error={update.error ?? remove.error} />
    </div>
  );
}
