"use client";
// Your webhook's signing secret: shown once, right after the server made it (first set-up or rotation),
// with a copy button; afterwards only "Secret set" and the way to rotate it.
import { useState } from "react";
import { KeyRound, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

/** The one time the secret is on screen. */
export function WebhookSecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <section
      aria-labelledby="webhook-secret-heading"
      data-testid="webhook-secret-once"
      className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-3"
    >
      <h2 id="webhook-secret-heading" className="flex items-center gap-1.5 text-sm font-semibold">
        <KeyRound aria-hidden className="size-4" /> Your webhook&apos;s signing secret
      </h2>
      <p className="text-sm">
        <strong>Copy it now: it will not be shown again.</strong> Your receiver checks each delivery&apos;s
        signature with it (Standard Webhooks). The portal keeps it encrypted and never displays it; if it is
        lost, rotate it.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="min-w-0 rounded border border-border bg-surface px-2 py-1 font-mono text-sm break-all select-all"
        >
          {secret}
        </code>
        <CopyButton text={secret} label="Copy secret" />
        <Button size="sm" variant="ghost" onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </section>
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
