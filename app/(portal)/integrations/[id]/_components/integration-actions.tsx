"use client";
// A manager's actions on an integration: pause or resume, rotate the secret (the new one is shown once),
// send a test alert through its intake path.
import { useState } from "react";
import { Pause, Play, RotateCcw, Send } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import type { IntegrationResponse } from "@/lib/alerts/schemas";
import { useSendTestAlert, type useUpdateIntegration } from "@/lib/client/integrations";

type Props = { integration: IntegrationResponse; update: ReturnType<typeof useUpdateIntegration> };

export function IntegrationActions({ integration, update }: Props) {
  const test = useSendTestAlert(integration.id);
  const [isConfirmingRotate, setConfirmingRotate] = useState(false);
  const busy = update.isPending || test.isPending;

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          disabled={busy}
          onClick={() => test.mutate()}
          data-testid="send-test-alert"
          title="Records a sample notification of this kind, as its sender would send it"
        >
          <Send aria-hidden className="size-4" /> Send test alert
        </Button>
        <Button
          disabled={busy}
          onClick={() => update.mutate({ version: integration.version, paused: !integration.paused })}
        >
          {integration.paused ? (
            <>
              <Play aria-hidden className="size-4" /> Resume
            </>
          ) : (
            <>
              <Pause aria-hidden className="size-4" /> Pause
            </>
          )}
        </Button>
        {isConfirmingRotate ? (
          <>
            <Button
              variant="danger"
              disabled={busy}
              onClick={() =>
                update.mutate(
                  { version: integration.version, rotateSecret: true },
                  { onSettled: () => setConfirmingRotate(false) },
                )
              }
            >
              Rotate now
            </Button>
            <Button variant="ghost" onClick={() => setConfirmingRotate(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button disabled={busy} onClick={() => setConfirmingRotate(true)}>
            <RotateCcw aria-hidden className="size-4" /> Rotate secret
          </Button>
        )}
      </div>
      {isConfirmingRotate ? (
        <p className="text-xs text-muted">
          A new secret is shown once; the old one keeps working for 24 hours.
        </p>
      ) : null}
      <p role="status" className="text-xs text-success">
        {test.isSuccess ? (test.data.message ?? "Test alert recorded; it shows in the log below.") : null}
      </p>
      <ActionError error={test.error ?? update.error} />
    </div>
  );
}
