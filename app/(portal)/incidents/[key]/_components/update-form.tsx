"use client";
import { useState, type RefObject } from "react";
import {
  blankUpdate,
  continueFrom,
  toUpdateInput,
} from "@/app/(portal)/incidents/[key]/_components/update-draft";
import { UpdateFields } from "@/app/(portal)/incidents/[key]/_components/update-fields";
import { Button } from "@/components/ui/button";
import { SaveHint } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { useIncidentUpdates, usePostUpdate } from "@/lib/client/incidents";
import { createUpdateInput, type IncidentResponse } from "@/lib/incidents/schemas";

type Props = { incident: IncidentResponse; impactRef: RefObject<HTMLTextAreaElement | null> };

export function UpdateForm({ incident, impactRef }: Props) {
  const post = usePostUpdate(incident.key);
  const last = useIncidentUpdates(incident.key).data?.[0];
  // One key per fill: a double submit or a retry after a timeout posts the update once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm({
    initial: blankUpdate(incident.severity),
    schema: createUpdateInput,
    toInput: toUpdateInput,
    onSubmit: (input) =>
      post.mutate(
        { input, idempotencyKey },
        {
          onSuccess: () => {
            form.reset(blankUpdate(incident.severity));
            setIdempotencyKey(crypto.randomUUID());
          },
        },
      ),
    serverError: post.error,
  });
  const draft = form.values;

  return (
    <form
      {...form.formProps}
      aria-label="Post update"
      className="space-y-3 rounded-md border border-border p-3"
    >
      <UpdateFields draft={draft} set={form.set} errors={form.errors} impactRef={impactRef} />
      {form.formError ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {form.formError}
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
            onClick={() => form.setValues((d) => continueFrom(d, last))}
            disabled={post.isPending}
          >
            Start from last update
          </Button>
        ) : null}
        <SaveHint verb="post" />
        {post.isSuccess ? (
          <span role="status" className="text-xs text-success">
            Update posted.
          </span>
        ) : null}
      </div>
    </form>
  );
}
