"use client";
import { useState, type FormEvent, type KeyboardEvent, type RefObject } from "react";
import { issuesToErrors } from "@/app/(portal)/incidents/[key]/_components/form-errors";
import {
  blankUpdate,
  continueFrom,
  toUpdateInput,
  type UpdateDraft,
} from "@/app/(portal)/incidents/[key]/_components/update-draft";
import { UpdateFields } from "@/app/(portal)/incidents/[key]/_components/update-fields";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useIncidentUpdates, usePostUpdate } from "@/lib/client/incidents";
import { createUpdateInput, type IncidentResponse } from "@/lib/incidents/schemas";

type Props = { incident: IncidentResponse; impactRef: RefObject<HTMLTextAreaElement | null> };

export function UpdateForm({ incident, impactRef }: Props) {
  const post = usePostUpdate(incident.key);
  const last = useIncidentUpdates(incident.key).data?.[0];
  const [draft, setDraft] = useState(() => blankUpdate(incident.severity));
  // One key per fill: a double submit or a retry after a timeout posts the update once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorMap(post.error);
  const errors = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof UpdateDraft>(key: K, value: UpdateDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = createUpdateInput.safeParse(toUpdateInput(draft));
    if (!parsed.success) {
      setClientErrors(issuesToErrors(parsed.error));
      post.reset();
      return;
    }
    setClientErrors({});
    const onSuccess = () => {
      setDraft(blankUpdate(incident.severity));
      setIdempotencyKey(crypto.randomUUID());
    };
    post.mutate({ input: parsed.data, idempotencyKey }, { onSuccess });
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) e.currentTarget.requestSubmit();
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label="Post update"
      className="space-y-3 rounded-md border border-border p-3"
    >
      <UpdateFields draft={draft} set={set} errors={errors} impactRef={impactRef} />
      {post.error && Object.keys(serverErrors).length === 0 ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {post.error.message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={post.isPending}>
          {post.isPending ? <Spinner label="Posting" /> : null}
          Post update
        </Button>
        {last ? (
          <Button
            variant="ghost"
            onClick={() => setDraft((d) => continueFrom(d, last))}
            disabled={post.isPending}
          >
            Start from last update
          </Button>
        ) : null}
        <span className="text-xs text-muted">Ctrl+Enter posts.</span>
        {post.isSuccess ? (
          <span role="status" className="text-xs text-success">
            Update posted.
          </span>
        ) : null}
      </div>
    </form>
  );
}
