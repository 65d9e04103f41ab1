"use client";
// The one time an integration's secret is on screen (after creating it, or rotating it): stored only as
// a hash, it cannot be shown again.
import { KeyRound } from "lucide-react";
import { ShownOnce } from "@/components/ui/shown-once";

export function SecretOnce({ secret, note }: { secret: string; note?: string }) {
  return (
    <ShownOnce
      title="The integration's secret"
      icon={<KeyRound aria-hidden className="size-4" />}
      value={secret}
      testId="secret-once"
      valueTestId="integration-secret"
    >
      It is stored only as a hash.{note ? ` ${note}` : ""}
    </ShownOnce>
  );
}
