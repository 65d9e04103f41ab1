"use client";
// The notifications page's client island: where your pages go (e-mail, a chat webhook, your own signed
// webhook) and which of them each severity uses. A webhook's signing secret is shown once, from the save
// that made it. `testPanel` is the slot for sending yourself a test notification: given, it shows in
// the panel with id "channel-test" under the settings.
import { useState, type ReactNode } from "react";
import {
  toChannelFormValues,
  toChannelsInput,
} from "@/app/(portal)/settings/notifications/_components/channel-form-values";
import { ChannelsForm } from "@/app/(portal)/settings/notifications/_components/channels-form";
import { WebhookSecretOnce } from "@/app/(portal)/settings/notifications/_components/webhook-secret";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { isStaleVersion } from "@/components/ui/form-state";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { Instant } from "@/components/ui/time";
import { useMyChannels, useSaveMyChannels, type SavedChannels } from "@/lib/client/escalation";
import type { ChannelsResponse } from "@/lib/escalation/api-schemas";

type Props = {
  initial: ChannelsResponse;
  /** The account's address: where e-mail pages go while no other is set. */
  accountEmail: string;
  /** Sending yourself a test notification, rendered in the "channel-test" panel when given. */
  testPanel?: ReactNode;
};

export function NotificationSettings({ initial, accountEmail, testPanel }: Props) {
  const query = useMyChannels(initial);
  const save = useSaveMyChannels();
  // The copy the form started from: replaced after each save, or by the latest after a 409.
  const [base, setBase] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [secret, setSecret] = useState<string | null>(null);

  function onSaved({ webhookSecret, ...saved }: SavedChannels) {
    setSecret(webhookSecret ?? (saved.hasWebhookSecret ? secret : null));
    setBase(saved);
    setFormKey((k) => k + 1);
  }

  async function loadTheirs() {
    const fresh = await query.refetch();
    if (fresh.data) setBase(fresh.data);
    save.reset();
    setFormKey((k) => k + 1);
  }

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Where your pages go when an escalation policy pages you, and which channels each severity uses. The bell in the portal always shows them."
      />
      <div className="max-w-3xl space-y-4">
        <p role="status" className="text-sm text-muted" data-testid="channels-saved">
          {base.updatedAt ? (
            <>
              Last saved <Instant at={base.updatedAt} />.
            </>
          ) : (
            "Nothing saved yet: pages go to your account's e-mail address by the default rules."
          )}
        </p>
        {secret ? <WebhookSecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
        {isStaleVersion(save.error) ? (
          <ConflictBanner onReload={loadTheirs} reloadLabel="Load the latest">
            since this page loaded (in another tab?); nothing was saved. Load the latest, check it, and save
            again.
          </ConflictBanner>
        ) : null}
        <ChannelsForm
          key={formKey}
          initial={toChannelFormValues(base)}
          version={base.version}
          accountEmail={accountEmail}
          hasWebhookSecret={base.hasWebhookSecret}
          isPending={save.isPending}
          serverError={isStaleVersion(save.error) ? null : save.error}
          onSave={(input) => save.mutate(input, { onSuccess: onSaved })}
          onRotate={() =>
            save.mutate(toChannelsInput(toChannelFormValues(base), base.version, true), {
              onSuccess: onSaved,
            })
          }
        />
        {testPanel ? (
          <div id="channel-test">
            <Panel title="Send a test notification" testId="channel-test">
              {testPanel}
            </Panel>
          </div>
        ) : null}
      </div>
    </>
  );
}
