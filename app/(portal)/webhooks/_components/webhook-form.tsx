"use client";
// Creating or editing a team webhook, validated with the API's own schema; the server's refusals (a URL
// whose address is private, named with its class) land under their fields. Ctrl/⌘+Enter saves.
import type { ReactNode } from "react";
import type { z } from "zod";
import { EventChecklist } from "@/app/(portal)/webhooks/_components/event-checklist";
import type { WebhookFormValues } from "@/app/(portal)/webhooks/_components/webhook-form-values";
import { ActionError } from "@/components/ui/action-error";
import { FormActions } from "@/components/ui/form-actions";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import type { WebhookEventInfo } from "@/lib/client/webhooks";
import { MAX_WEBHOOK_URL_LENGTH } from "@/lib/webhooks/schemas";

type Props<S extends z.ZodType> = {
  initial: WebhookFormValues;
  events: readonly WebhookEventInfo[];
  schema: S;
  toInput: (values: WebhookFormValues) => unknown;
  onSave: (input: z.output<S>) => void;
  submitLabel: string;
  isPending: boolean;
  serverError: Error | null;
  autoFocus?: boolean;
  cancel?: ReactNode;
};

export function WebhookForm<S extends z.ZodType>(props: Props<S>) {
  // The submit stays disabled until hydrated, so an early click cannot fall through to an HTML submit.
  const isClient = useIsClient();
  const form = useForm({
    initial: props.initial,
    schema: props.schema,
    toInput: props.toInput,
    onSubmit: props.onSave,
    serverError: props.serverError,
    isPending: props.isPending,
  });
  return (
    <form {...form.formProps} aria-label={props.submitLabel} className="max-w-3xl space-y-4">
      {form.formError || form.isConflict ? <ActionError error={props.serverError} /> : null}
      <TextField
        label="Name"
        hint="Who receives it, e.g. “Status page updater”."
        {...textProps(form, "name")}
        autoFocus={props.autoFocus}
        maxLength={120}
      />
      <TextField
        label="URL"
        hint="Where the portal POSTs each event: http or https, at a public address (an internal one only if the operator allows it)."
        {...textProps(form, "url")}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_WEBHOOK_URL_LENGTH}
        className="font-mono"
      />
      <EventChecklist
        events={props.events}
        value={form.values.events}
        onChange={(events) => form.set("events", events)}
        error={form.errorOf("events")}
      />
      <FormActions submitLabel={props.submitLabel} isPending={props.isPending} isDisabled={!isClient}>
        {props.cancel}
      </FormActions>
    </form>
  );
}
