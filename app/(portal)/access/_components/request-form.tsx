"use client";
// Request access for oneself or a colleague. The shared zod schema checks it here and on the server;
// one idempotency key per form, so a double submit or a retry raises one request.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Send } from "lucide-react";
import { describeAccess } from "@/app/(portal)/access/_components/access-labels";
import { addResources, ResourceInput } from "@/app/(portal)/access/_components/resource-input";
import { TypeChoice } from "@/app/(portal)/access/_components/type-choice";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { MAX_DURATION_DAYS, type AccessType } from "@/lib/access/rules";
import { createAccessRequestInput, type AccessRequestResponse } from "@/lib/access/schemas";
import { fieldErrorMap } from "@/lib/client/api-client";
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

// First message per top-level field ("resources.2" counts as "resources").
function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "")] ??= issue.message;
  return errors;
}

export function RequestForm({ me }: Props) {
  const create = useCreateAccessRequest();
  const users = useUsers();
  const [form, setForm] = useState(EMPTY);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<AccessRequestResponse | null>(null);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const resources = addResources(form.resources, form.draft);
    setForm((f) => ({ ...f, resources, draft: "" }));
    const parsed = createAccessRequestInput.safeParse({
      requestedFor: form.requestedFor || undefined,
      accessType: form.accessType,
      resources,
      justification: form.justification,
      durationDays: form.durationDays.trim() === "" ? Number.NaN : Number(form.durationDays),
    });
    if (!parsed.success) {
      const found = firstErrors(parsed.error.issues);
      if (found.durationDays && !/^\d+$/.test(form.durationDays.trim()))
        found.durationDays = `Give a whole number of days, 1 to ${MAX_DURATION_DAYS}`;
      return setClientErrors(found);
    }
    setClientErrors({});
    setCreated(null);
    create.mutate(
      { input: parsed.data, idempotencyKey },
      {
        onSuccess: (request) => {
          setCreated(request);
          setForm(EMPTY);
          setIdempotencyKey(crypto.randomUUID());
        },
      },
    );
  }

  const serverErrors = firstErrors(
    create.error
      ? Object.entries(fieldErrorMap(create.error)).map(([path, message]) => ({
          path: path.split("."),
          message,
        }))
      : [],
  );
  const errors = { ...serverErrors, ...clientErrors };
  const colleagues = (users.data ?? []).filter((u) => u.id !== me.id);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Request access"
      className="w-full max-w-2xl space-y-3 rounded-lg border border-border bg-surface p-3"
    >
      <h2 className="text-sm font-semibold">Request access</h2>
      <Field
        label="For"
        error={errors.requestedFor}
        hint={
          users.isError ? "Colleagues could not be loaded; you can still request for yourself." : undefined
        }
      >
        {(id, d) => (
          <Select
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.requestedFor}
            value={form.requestedFor}
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
      <TypeChoice value={form.accessType} onChange={(t) => set("accessType", t)} error={errors.accessType} />
      <Field label="Resources" error={errors.resources} hint="Press Enter or type a comma after each one.">
        {(id, d) => (
          <ResourceInput
            id={id}
            describedBy={d}
            isInvalid={!!errors.resources}
            tags={form.resources}
            draft={form.draft}
            onTags={(t) => set("resources", t)}
            onDraft={(t) => set("draft", t)}
          />
        )}
      </Field>
      <Field
        label="Justification"
        error={errors.justification}
        hint="What you will do with it and why now (at least 10 characters)."
      >
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.justification}
            value={form.justification}
            onChange={(e) => set("justification", e.target.value)}
            className="min-h-20"
            maxLength={5000}
          />
        )}
      </Field>
      <Field
        label="Duration (days)"
        error={errors.durationDays}
        hint={`1 to ${MAX_DURATION_DAYS} days from approval; an approver may shorten it.`}
      >
        {(id, d) => (
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DURATION_DAYS}
            step={1}
            aria-describedby={d}
            aria-invalid={!!errors.durationDays}
            value={form.durationDays}
            onChange={(e) => set("durationDays", e.target.value)}
            className="w-28"
          />
        )}
      </Field>
      {create.error && !Object.keys(serverErrors).length ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {create.error.message}
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
