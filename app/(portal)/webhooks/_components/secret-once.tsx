"use client";
// The one time a team webhook's signing secret is on screen (after creating it or rotating it): the
// portal keeps it sealed for signing and never shows it again.
import { KeyRound } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";

export function WebhookSecretOnce({ secret, note }: { secret: string; note?: string }) {
  return (
    <section
      aria-labelledby="webhook-secret-once-heading"
      data-testid="secret-once"
      className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-3"
    >
      <h2 id="webhook-secret-once-heading" className="flex items-center gap-1.5 text-sm font-semibold">
        <KeyRound aria-hidden className="size-4" /> The webhook&apos;s signing secret
      </h2>
      <p className="text-sm">
        <strong>Copy it now: it will not be shown again.</strong> The receiver verifies each delivery&apos;s
        signature with it (Standard Webhooks). If it is lost, rotate it.
        {note ? ` ${note}` : ""}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="min-w-0 rounded border border-border bg-surface px-2 py-1 font-mono text-sm break-all select-all"
        >
          {secret}
        </code>
        <CopyButton text={secret} label="Copy secret" />
      </div>
    </section>
  );
}
