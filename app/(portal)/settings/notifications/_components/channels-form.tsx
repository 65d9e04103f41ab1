"use client";
// Your channels and rules, on the kit's form hook with the API's own schema: a URL the server refuses
// (a loopback or private address) lands under its field. Ctrl/⌘+Enter saves.
import {
  configuredChannels,
  defaultRules,
  toChannelsInput,
  type ChannelFormValues,
} from "@/app/(portal)/settings/notifications/_components/channel-form-values";
import { ChannelRulesMatrix } from "@/app/(portal)/settings/notifications/_components/channel-rules-matrix";
import { WebhookSecretStatus } from "@/app/(portal)/settings/notifications/_components/webhook-secret";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SectionCard } from "@/components/ui/section-card";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { putChannelsInput, type PutChannelsInput } from "@/lib/escalation/api-schemas";

type Props = {
  initial: ChannelFormValues;
  /** The version the form started from (0 while nothing was saved). */
  version: number;
  accountEmail: string;
  /** A signing secret exists for the saved webhook. */
  hasWebhookSecret: boolean;
  onSave: (input: PutChannelsInput) => void;
  onRotate: () => void;
  isPending: boolean;
  serverError: unknown;
};

export function ChannelsForm({ initial, version, accountEmail, hasWebhookSecret, ...props }: Props) {
  const isClient = useIsClient();
  const form = useForm({
    initial,
    schema: putChannelsInput,
    toInput: (v) => toChannelsInput(v, version),
    onSubmit: props.onSave,
    serverError: props.serverError,
    isPending: props.isPending,
  });
  const { values, set, errorOf: err } = form;
  const configured = configuredChannels(values);
  const savedWebhook = initial.webhookUrl.trim();
  const typedWebhook = values.webhookUrl.trim();

  return (
    <form {...form.formProps} aria-label="Save notification settings" className="space-y-4">
      <FormAlert error={props.serverError} />
      <SectionCard title="Channels">
        <div className="grid max-w-2xl gap-4">
          <TextField
            label="E-mail for pages"
            type="email"
            autoComplete="email"
            hint={
              values.email.trim()
                ? `Pages go to this address instead of your account's (${accountEmail}).`
                : `Blank: pages go to your account's address, ${accountEmail}.`
            }
            placeholder={accountEmail}
            {...textProps(form, "email")}
          />
          <TextField
            label="Chat webhook URL"
            type="url"
            hint="A Slack-compatible incoming webhook, e.g. https://hooks.slack.com/services/…; blank: no chat pages."
            {...textProps(form, "chatWebhookUrl")}
            className="font-mono"
          />
          <div className="space-y-2">
            <TextField
              label="Your webhook URL"
              type="url"
              hint={
                savedWebhook && !typedWebhook
                  ? "Saving with this blank removes your webhook and its signing secret."
                  : "Your own receiver; every delivery is signed with a secret shown to you once. Blank: none."
              }
              {...textProps(form, "webhookUrl")}
              className="font-mono"
            />
            {hasWebhookSecret && savedWebhook ? (
              <WebhookSecretStatus
                onRotate={props.onRotate}
                isPending={props.isPending}
                blockedBecause={
                  form.isDirty ? "Save or undo your changes first, then rotate the secret." : undefined
                }
              />
            ) : null}
          </div>
        </div>
      </SectionCard>
      <SectionCard title="Rules per severity">
        <ChannelRulesMatrix
          rules={values.rules}
          onChange={(rules) => set("rules", rules)}
          configured={configured}
          onDefaults={() => set("rules", defaultRules())}
          error={err("rules")}
        />
      </SectionCard>
      <FormActions
        submitLabel="Save notification settings"
        isPending={props.isPending}
        isDisabled={!isClient}
      >
        {form.isDirty ? (
          <Button variant="ghost" onClick={() => form.reset()}>
            Undo changes
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
