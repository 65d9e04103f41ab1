"use client";
// Request access for oneself or a colleague. The shared zod schema checks it here and on the server;
// one idempotency key per form, so a double submit or a retry raises one request. Ctrl/⌘+Enter sends.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Send } from "lucide-react";
import { describeAccess } from "@/app/(portal)/access/_components/access-labels";
import { addResources, ResourceInput } from "@/app/(portal)/access/_components/resource-input";
import { TypeChoice } from "@/app/(portal)/access/_components/type-choice";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { MAX_DURATION_DAYS, type AccessType } from "@/lib/access/rules";
import { createAccessRequestInput, type AccessRequestResponse } from "@/lib/access/schemas";
import { useCreateAccessRequest } from "@/lib/client/access";
import { useUsers } from "@/lib/client/incidents";

type Props = { me: { id: string; name: string } };

const EMPTY = {
  requestedFor: "",
  accessType: "READ" as AccessType,
  resources: [] as string[],
  draft: "",
  justification: "",
  durationDays: "7",
};

export function RequestForm({ me }: Props) {
  const create = useCreateAccessRequest();
  const users = useUsers();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<AccessRequestResponse | null>(null);
  const form = useForm({
    initial: EMPTY,
    schema: createAccessRequestInput,
    // A resource still being typed counts as added.
    toInput: (v) => ({
      requestedFor: v.requestedFor || undefined,
      accessType: v.accessType,
      resources: addResources(v.resources, v.draft),
      justification: v.justification,
      durationDays: v.durationDays.trim() === "" ? Number.NaN : Number(v.durationDays),
    }),
    messageOf: (issue, v) =>
      issue.path[0] === "durationDays" && !/^\d+$/.test(v.durationDays.trim())
        ? `Give a whole number of days, 1 to ${MAX_DURATION_DAYS}`
        : issue.message,
    onSubmit: (input) => {
      setCreated(null);
      create.mutate(
        { input, idempotencyKey },
        {
          onSuccess: (request) => {
            setCreated(request);
            form.reset(EMPTY);
            setIdempotencyKey(crypto.randomUUID());
          },
        },
      );
    },
    serverError: create.error,
    isPending: create.isPending,
  });
  const { values, set } = form;
  const err = form.errorOf;

  function submit(e: FormEvent<HTMLFormElement>) {
    form.patch({ resources: addResources(values.resources, values.draft), draft: "" });
    form.submit(e);
  }

  const colleagues = (users.data ?? []).filter((u) => u.id !== me.id);
  return (
    <form
      {...form.formProps}
      onSubmit={submit}
      aria-label="Request access"
      className="w-full max-w-2xl space-y-3 rounded-lg border border-border bg-surface p-3"
    >
      <h2 className="text-sm font-semibold">Request access</h2>
      <Field
        label="For"
        error={err("requestedFor")}
        hint={
          users.isError ? "Colleagues could not be loaded; you can still request for yourself." : undefined
        }
      >
        {(id, d) => (
          <Select
            id={id}
            aria-describedby={d}
            aria-invalid={!!err("requestedFor")}
            value={values.requestedFor}
            onChange={(e) => set("requestedFor", e.target.value)}
          >
            <option value="">Me ({me.name})</option>
            {colleagues.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} · {u.email}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TypeChoice
        value={values.accessType}
        onChange={(t) => set("accessType", t)}
        error={err("accessType")}
      />
      <Field label="Resources" error={err("resources")} hint="Press Enter or type a comma after each one.">
        {(id, d) => (
          <ResourceInput
            id={id}
            describedBy={d}
            isInvalid={!!err("resources")}
            tags={values.resources}
            draft={values.draft}
            onTags={(t) => set("resources", t)}
            onDraft={(t) => set("draft", t)}
          />
        )}
      </Field>
      <TextAreaField
        label="Justification"
        hint="What you will do with it and why now (at least 10 characters)."
        {...textProps(form, "justification")}
        className="min-h-20"
        maxLength={5000}
      />
      <TextField
        label="Duration (days)"
        hint={`1 to ${MAX_DURATION_DAYS} days from approval; an approver may shorten it.`}
        {...textProps(form, "durationDays")}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DURATION_DAYS}
        step={1}
        className="w-28"
      />
      {form.formError ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {form.formError}
        </p>
      ) : null}
      {created ? (
        <p
          role="status"
          data-testid="request-created"
          className="rounded-md bg-success/10 px-3 py-2 text-sm text-success"
        >
          Requested {describeAccess(created)}.{" "}
          <Link href={`/access/${created.id}`} className="font-medium underline">
            Open the request
          </Link>
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? <Spinner label="Sending" /> : <Send aria-hidden className="size-4" />}
        Request access
      </Button>
    </form>
  );
}
