"use client";
import { useState, type FormEvent } from "react";
import { Check, Copy, KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Spinner } from "@/components/ui/states";
import { Time } from "@/components/ui/time";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateToken, useRevokeToken, useTokens, type CreatedToken } from "@/lib/client/tokens";
import type { TokenResponse } from "@/lib/tokens/schemas";

const EXPIRY_CHOICES = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
  { label: "Never (not recommended)", days: 0 },
];

function tokenState(t: TokenResponse): { label: string; tone: "success" | "neutral" | "danger" } {
  if (t.revokedAt) return { label: "Revoked", tone: "neutral" };
  if (t.expiresAt && new Date(t.expiresAt) <= new Date()) return { label: "Expired", tone: "danger" };
  return { label: "Active", tone: "success" };
}

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
  const [name, setName] = useState("");
  const [days, setDays] = useState(90);

  function submit(e: FormEvent) {
    e.preventDefault();
    const expiresAt = days ? new Date(Date.now() + days * 86_400_000).toISOString() : null;
    create.mutate(
      { name, expiresAt },
      {
        onSuccess: (t) => {
          setCreated(t);
          setName("");
        },
      },
    );
  }

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
        onSubmit={submit}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4"
        aria-label="Create token"
      >
        <div className="w-64">
          <Field label="Name" error={fieldErrorMap(create.error).name}>
            {(id, d) => (
              <Input
                id={id}
                aria-describedby={d}
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. deploy pipeline"
                required
              />
            )}
          </Field>
        </div>
        <div className="w-48">
          <Field label="Expires after">
            {(id) => (
              <Select id={id} value={days} onChange={(e) => setDays(Number(e.target.value))}>
                {EXPIRY_CHOICES.map((c) => (
                  <option key={c.days} value={c.days}>
                    {c.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="primary" disabled={create.isPending || !name.trim()}>
          {create.isPending ? <Spinner label="Creating" /> : <KeyRound aria-hidden className="size-4" />}{" "}
          Create token
        </Button>
      </form>
      {tokens.length === 0 ? (
        <EmptyState title="No tokens yet">
          Create one for each script or pipeline, so you can revoke them one by one.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
              <tr>
                <th className="px-3 py-2 font-medium">Name</th>
                <th className="px-3 py-2 font-medium">Token</th>
                <th className="px-3 py-2 font-medium">Status</th>
                <th className="px-3 py-2 font-medium">Expires</th>
                <th className="px-3 py-2 font-medium">Last used</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => {
                const state = tokenState(t);
                return (
                  <tr key={t.id} className="border-b border-border last:border-0">
                    <td className="px-3 py-2 font-medium">{t.name}</td>
                    <td className="px-3 py-2 font-mono text-xs text-muted">{t.prefix}…</td>
                    <td className="px-3 py-2">
                      <Badge tone={state.tone}>{state.label}</Badge>
                    </td>
                    <td className="px-3 py-2">
                      {t.expiresAt ? <Time iso={t.expiresAt} /> : <span className="text-warning">Never</span>}
                    </td>
                    <td className="px-3 py-2 text-muted">
                      {t.lastUsedAt ? <Time iso={t.lastUsedAt} relative /> : "Never"}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {state.label === "Active" ? (
                        <Button
                          size="sm"
                          variant="danger"
                          disabled={revoke.isPending}
                          onClick={() => {
                            if (
                              window.confirm(`Revoke “${t.name}”? Anything using it stops working at once.`)
                            )
                              revoke.mutate(t.id);
                          }}
                        >
                          Revoke
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
