"use client";
// An integration's page: what it is and what its notifications did, the actions a manager takes (edit,
// pause, rotate the secret, send a test alert), the configuration to paste, and the last notifications.
import { useState } from "react";
import { IntegrationActions } from "@/app/(portal)/integrations/[id]/_components/integration-actions";
import { IntegrationFacts } from "@/app/(portal)/integrations/[id]/_components/integration-facts";
import { NotificationLog } from "@/app/(portal)/integrations/[id]/_components/notification-log";
import { ConfigBlocks } from "@/app/(portal)/integrations/_components/config-blocks";
import { IntegrationForm } from "@/app/(portal)/integrations/_components/integration-form";
import { toFormValues, toUpdateInput } from "@/app/(portal)/integrations/_components/integration-form-values";
import { KIND_LABELS } from "@/app/(portal)/integrations/_components/integration-labels";
import { SecretOnce } from "@/app/(portal)/integrations/_components/secret-once";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { Instant } from "@/components/ui/time";
import { updateIntegrationInput, type IntegrationResponse } from "@/lib/alerts/schemas";
import { useIntegration, useIntegrations, useUpdateIntegration } from "@/lib/client/integrations";

export function IntegrationDetail({
  initial,
  canManage,
}: {
  initial: IntegrationResponse;
  canManage: boolean;
}) {
  const query = useIntegration(initial.id, initial);
  const integration = query.data ?? initial;
  // The counts come with the list (one query for every integration's).
  const counts = useIntegrations().data?.items.find((i) => i.id === integration.id)?.counts;
  const update = useUpdateIntegration(integration.id);
  const [isEditing, setEditing] = useState(false);
  const rotatedSecret = update.data?.secret;

  return (
    <div className="space-y-4">
      <BackLink href="/integrations">Integrations</BackLink>
      <PageHeader
        title={integration.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="accent">{KIND_LABELS[integration.kind]}</Badge>
            {integration.paused ? (
              <Badge tone="warning">Paused: records, opens nothing</Badge>
            ) : (
              <Badge tone="success">Active</Badge>
            )}
          </span>
        }
        actions={canManage ? <IntegrationActions integration={integration} update={update} /> : null}
      />
      {rotatedSecret ? (
        <SecretOnce
          secret={rotatedSecret}
          note={
            integration.previousSecretExpiresAt
              ? "The old secret keeps working for 24 hours, so senders can be switched over."
              : undefined
          }
        />
      ) : null}
      <IntegrationFacts integration={integration} counts={counts} />
      {integration.previousSecretExpiresAt && !rotatedSecret ? (
        <p className="text-sm text-muted">
          The previous secret works until <Instant at={integration.previousSecretExpiresAt} />.
        </p>
      ) : null}
      {canManage ? (
        isEditing ? (
          <section
            aria-label="Edit the integration"
            className="rounded-lg border border-accent/30 bg-surface p-3"
          >
            <IntegrationForm
              key={integration.version}
              initial={toFormValues(integration)}
              isNew={false}
              schema={updateIntegrationInput}
              toInput={(v) => toUpdateInput(v, integration.version)}
              onSave={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
              submitLabel="Save changes"
              isPending={update.isPending}
              serverError={update.error}
              cancel={
                <Button variant="ghost" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              }
            />
          </section>
        ) : (
          <Button
            onClick={() => {
              update.reset();
              setEditing(true);
            }}
          >
            Edit settings and routing
          </Button>
        )
      ) : null}
      <ConfigBlocks kind={integration.kind} path={integration.url} />
      <NotificationLog integrationId={integration.id} />
    </div>
  );
}
