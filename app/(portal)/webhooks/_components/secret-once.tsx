"use client";
// The one time a team webhook's signing secret is on screen (after creating it or rotating it): the
// portal keeps it sealed for signing and never shows it again.
import { KeyRound } from "lucide-react";
import { ShownOnce } from "@/components/ui/shown-once";

export function WebhookSecretOnce({ secret, note }: { secret: string; note?: string }) {
  return (
    <ShownOnce
      title="The webhook's signing secret"
      icon={<KeyRound aria-hidden className="size-4" />}
      value={secret}
      testId="secret-once"
      valueTestId="webhook-secret"
    >
      The receiver verifies each delivery&apos;s signature with it (Standard Webhooks). If it is lost, rotate
      it.
      {note ? ` ${note}` : ""}
    </ShownOnce>
  );
}
