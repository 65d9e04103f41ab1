"use client";
// Declaring a change freeze (ops managers, admins): UTC start and end, and the environments it covers.
import { useState } from "react";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { fromUtcInput } from "@/components/ui/utc-input";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Input } from "@/components/ui/field";
import { errorAt } from "@/components/ui/form-state";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { createFreezeInput } from "@/lib/changes/schemas";
import { ENVIRONMENTS, type Environment } from "@/lib/changes/types";
import { useCreateFreeze } from "@/lib/client/change-calendar";

export function FreezeForm({ onDone }: { onDone: () => void }) {
  const create = useCreateFreeze();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm({
    initial: { title: "", start: "", end: "", environments: [] as Environment[] },
    schema: createFreezeInput,
    toInput: (v) => ({
      title: v.title,
      startsAt: fromUtcInput(v.start) ?? v.start,
      endsAt: fromUtcInput(v.end) ?? v.end,
      environments: v.environments,
    }),
    onSubmit: (input) =>
      create.mutate(
        { input, idempotencyKey },
        {
          onSuccess: () => {
            setIdempotencyKey(crypto.randomUUID());
            onDone();
          },
        },
      ),
    serverError: create.error,
    isPending: create.isPending,
  });
  const { values, set, errors } = form;

  const toggle = (env: Environment, on: boolean) =>
    set("environments", on ? [...values.environments, env] : values.environments.filter((e) => e !== env));
  return (
    <form
      {...form.formProps}
      aria-label="Declare a freeze"
      className="space-y-2 rounded-md border border-danger/30 bg-danger/5 p-3"
    >
      {form.formError ? (
        <p role="alert" className="text-sm text-danger">
          {form.formError}
        </p>
      ) : null}
      <Field label="Title" error={errors.title} hint="Shown on the calendar and in every refusal it causes.">
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.title}
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            autoFocus
            maxLength={200}
            placeholder="Year-end freeze"
          />
        )}
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <DateTimeInput
          label="Starts"
          zone="utc"
          value={values.start}
          onChange={(v) => set("start", v)}
          error={errors.startsAt}
        />
        <DateTimeInput
          label="Ends"
          zone="utc"
          value={values.end}
          onChange={(v) => set("end", v)}
          error={errors.endsAt}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">
          Environments <span className="font-normal text-muted">(none ticked: all of them)</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {ENVIRONMENTS.map((env) => (
            <label key={env} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={values.environments.includes(env)}
                onChange={(e) => toggle(env, e.target.checked)}
                className="accent-[var(--accent)]"
              />
              {ENVIRONMENT_LABELS[env]}
            </label>
          ))}
        </div>
        {errorAt(errors, "environments") ? (
          <p className="text-xs text-danger">{errorAt(errors, "environments")}</p>
        ) : null}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={create.isPending}>
          {create.isPending ? <Spinner label="Declaring" /> : null}
          Declare freeze
        </Button>
        <Button onClick={onDone} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
