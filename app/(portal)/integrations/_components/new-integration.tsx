"use client";
// The new-integration page's client island: the form, then the secret (once) and the configuration to
// paste into the sender, with the way to the integration's page.
import Link from "next/link";
import { ConfigBlocks } from "@/app/(portal)/integrations/_components/config-blocks";
import { IntegrationForm } from "@/app/(portal)/integrations/_components/integration-form";
import {
  NEW_INTEGRATION_VALUES,
  toCreateInput,
} from "@/app/(portal)/integrations/_components/integration-form-values";
import { SecretOnce } from "@/app/(portal)/integrations/_components/secret-once";
import { buttonClass } from "@/components/ui/button";
import { createIntegrationInput } from "@/lib/alerts/schemas";
import { useCreateIntegration } from "@/lib/client/integrations";

export function NewIntegration() {
  const create = useCreateIntegration();
  const created = create.data;

  if (created?.secret)
    return (
      <div className="max-w-3xl space-y-4" data-testid="integration-created" data-id={created.id}>
        <p role="status" className="text-sm">
          <strong>{created.name}</strong> is ready. Give its sender the secret and the configuration below.
        </p>
        <SecretOnce secret={created.secret} />
        <ConfigBlocks kind={created.kind} path={created.url} />
        <Link className={buttonClass("primary")} href={`/integrations/${created.id}`}>
          Open the integration
        </Link>
      </div>
    );

  return (
    <IntegrationForm
      initial={NEW_INTEGRATION_VALUES}
      isNew
      schema={createIntegrationInput}
      toInput={toCreateInput}
      onSave={(input) => create.mutate(input)}
      submitLabel="Create integration"
      isPending={create.isPending}
      serverError={create.error}
      cancel={
        <Link href="/integrations" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
