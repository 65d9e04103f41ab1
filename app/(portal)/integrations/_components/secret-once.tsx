"use client";
// The one time an integration's secret is on screen (after creating it, or rotating it): stored only as
// a hash, it cannot be shown again.
import { KeyRound } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";

export function SecretOnce({ secret, note }: { secret: string; note?: string }) {
  return (
    <section
      aria-labelledby="secret-once-heading"
      data-testid="secret-once"
      className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-3"
    >
      <h2 id="secret-once-heading" className="flex items-center gap-1.5 text-sm font-semibold">
        <KeyRound aria-hidden className="size-4" /> The integration&apos;s secret
      </h2>
      <p className="text-sm">
        <strong>Copy it now: you will not see it again.</strong> It is stored only as a hash.
        {note ? ` ${note}` : ""}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="integration-secret"
          className="min-w-0 rounded border border-border bg-surface px-2 py-1 font-mono text-sm break-all select-all"
        >
          {secret}
        </code>
        <CopyButton text={secret} label="Copy secret" />
      </div>
    </section>
  );
}
