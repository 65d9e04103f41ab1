"use client";
// The token page's island: the create form (on the form hook: Ctrl/⌘+Enter creates), the new secret
// shown once, and the table of tokens with revoke.
import { useState } from "react";
import { Check, Copy, KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { fieldErrorMap } from "@/lib/client/api-client";
import { TokenTable } from "@/app/(portal)/settings/tokens/_components/token-table";
import { useCreateToken, useRevokeToken, useTokens, type CreatedToken } from "@/lib/client/tokens";
import { createTokenInput, type TokenResponse } from "@/lib/tokens/schemas";

const EXPIRY_CHOICES = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
  { label: "Never (not recommended)", days: 0 },
];

function NewTokenSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mb-5 rounded-lg border border-success/40 bg-success/5 p-4">
      <p className="font-medium">Token “{token.name}” created. Copy it now: it will not be shown again.</p>
      <div className="mt-2 flex items-center gap-2">
        <code
          data-testid="new-token"
          className="flex-1 overflow-x-auto rounded border border-border bg-surface px-2 py-1.5 font-mono text-xs"
        >
          {token.token}
        </code>
        <Button
          size="sm"
          onClick={() => void navigator.clipboard.writeText(token.token).then(() => setCopied(true))}
        >
          {copied ? <Check aria-hidden className="size-3" /> : <Copy aria-hidden className="size-3" />}{" "}
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="mt-2 text-xs text-muted">
        Use it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>; it acts with your
        roles.
      </p>
    </div>
  );
}

export function TokenManager({ initial }: { initial: TokenResponse[] }) {
  const { data: tokens = initial } = useTokens(initial);
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const form = useForm({
    initial: { name: "", days: 90 },
    schema: createTokenInput,
    // The expiry counts from the click.
    toInput: ({ name, days }) => ({
      name,
      expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
    }),
    onSubmit: (input) =>
      create.mutate(
        { name: input.name, expiresAt: input.expiresAt ?? null },
        {
          onSuccess: (t) => {
            setCreated(t);
            form.set("name", "");
          },
        },
      ),
    serverError: create.error,
    isPending: create.isPending,
  });
  const { values, set } = form;
  const nameError = form.errorOf("name");

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens for scripts, pipelines and monitoring. A token acts with your roles."
      />
      {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : null}
      {(create.error && !fieldErrorMap(create.error).name) || revoke.error ? (
        <p role="alert" className="mb-4 rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {(create.error ?? revoke.error)?.message}
        </p>
      ) : null}
      <form
        {...form.formProps}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4"
        aria-label="Create token"
      >
        <div className="w-64">
          <Field label="Name" error={nameError}>
            {(id, d) => (
              <Input
                id={id}
                aria-describedby={d}
                aria-invalid={!!nameError}
                value={values.name}
                onChange={(e) => set("name", e.target.value)}
                placeholder="e.g. deploy pipeline"
                required
              />
            )}
          </Field>
        </div>
        <div className="w-48">
          <Field label="Expires after">
            {(id) => (
              <Select id={id} value={values.days} onChange={(e) => set("days", Number(e.target.value))}>
                {EXPIRY_CHOICES.map((c) => (
                  <option key={c.days} value={c.days}>
                    {c.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="primary" disabled={create.isPending || !values.name.trim()}>
          {create.isPending ? <Spinner label="Creating" /> : <KeyRound aria-hidden className="size-4" />}{" "}
          Create token
        </Button>
      </form>
      <TokenTable
        tokens={tokens}
        isRevoking={revoke.isPending}
        onRevoke={(t) => {
          if (window.confirm(`Revoke “${t.name}”? Anything using it stops working at once.`))
            revoke.mutate(t.id);
        }}
      />
    </>
  );
}
