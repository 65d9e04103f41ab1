"use client";
// Your webhook's signing secret: shown once, right after the server made it (first set-up or rotation),
// with a copy button; afterwards only "Secret set" and the way to rotate it.
import { useState } from "react";
import { KeyRound, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ShownOnce } from "@/components/ui/shown-once";

/** The one time the secret is on screen. */
export function WebhookSecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <ShownOnce
      title="Your webhook's signing secret"
      icon={<KeyRound aria-hidden className="size-4" />}
      value={secret}
      testId="webhook-secret-once"
      valueTestId="webhook-secret"
      actions={
        <Button size="sm" variant="ghost" onClick={onDone}>
          I have copied it
        </Button>
      }
    >
      Your receiver checks each delivery&apos;s signature with it (Standard Webhooks). The portal keeps it
      encrypted and never displays it; if it is lost, rotate it.
    </ShownOnce>
  );
}

type RotateProps = {
  onRotate: () => void;
  isPending: boolean;
  /** Why it cannot be rotated right now (unsaved changes), or undefined. */
  blockedBecause?: string;
};

/** "Secret set · Rotate", with a confirmation: the old secret stops working at once. */
export function WebhookSecretStatus({ onRotate, isPending, blockedBecause }: RotateProps) {
  const [isConfirming, setConfirming] = useState(false);
  return (
    <div className="space-y-1 text-sm" data-testid="webhook-secret-status">
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center gap-1.5">
          <KeyRound aria-hidden className="size-4 text-muted" /> Signing secret set
        </span>
        <span aria-hidden className="text-muted">
          ·
        </span>
        {isConfirming ? (
          <>
            <Button
              size="sm"
              variant="danger"
              disabled={isPending}
              onClick={() => {
                onRotate();
                setConfirming(false);
              }}
            >
              Rotate now
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button size="sm" disabled={isPending || !!blockedBecause} onClick={() => setConfirming(true)}>
            <RotateCcw aria-hidden className="size-3" /> Rotate
          </Button>
        )}
      </div>
      {isConfirming ? (
        <p className="text-xs text-muted">
          A new secret is shown once; the current one stops working at once, so update your receiver.
        </p>
      ) : blockedBecause ? (
        <p className="text-xs text-muted">{blockedBecause}</p>
      ) : null}
    </div>
  );
}
