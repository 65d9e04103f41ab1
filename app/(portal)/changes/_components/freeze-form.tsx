"use client";
// Declaring a change freeze (ops managers, admins): UTC start and end, and the environments it covers.
import { useState, type FormEvent } from "react";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { errorAt } from "@/app/(portal)/changes/_components/change-form-values";
import { fromUtcInput } from "@/app/(portal)/changes/_components/utc";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { createFreezeInput } from "@/lib/changes/schemas";
import { ENVIRONMENTS, type Environment } from "@/lib/changes/types";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateFreeze } from "@/lib/client/change-calendar";

export function FreezeForm({ onDone }: { onDone: () => void }) {
  const create = useCreateFreeze();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [environments, setEnvironments] = useState<Environment[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorMap(create.error), ...clientErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = createFreezeInput.safeParse({
      title,
      startsAt: fromUtcInput(start) ?? start,
      endsAt: fromUtcInput(end) ?? end,
      environments,
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[issue.path.map(String).join(".")] ??= issue.message;
      return setClientErrors(found);
    }
    setClientErrors({});
    create.mutate(
      { input: parsed.data, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(crypto.randomUUID());
          onDone();
        },
      },
    );
  }

  const toggle = (env: Environment, on: boolean) =>
    setEnvironments((list) => (on ? [...list, env] : list.filter((e) => e !== env)));
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Declare a freeze"
      className="space-y-2 rounded-md border border-danger/30 bg-danger/5 p-3"
    >
      {create.error && !Object.keys(fieldErrorMap(create.error)).length ? (
        <p role="alert" className="text-sm text-danger">
          {create.error.message}
        </p>
      ) : null}
      <Field label="Title" error={errors.title} hint="Shown on the calendar and in every refusal it causes.">
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
            maxLength={200}
            placeholder="Year-end freeze"
          />
        )}
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label="Starts (UTC)" error={errors.startsAt}>
          {(id, d) => (
            <Input
              id={id}
              type="datetime-local"
              aria-describedby={d}
              aria-invalid={!!errors.startsAt}
              value={start}
              onChange={(e) => setStart(e.target.value)}
              className="font-mono"
            />
          )}
        </Field>
        <Field label="Ends (UTC)" error={errors.endsAt}>
          {(id, d) => (
            <Input
              id={id}
              type="datetime-local"
              aria-describedby={d}
              aria-invalid={!!errors.endsAt}
              value={end}
              onChange={(e) => setEnd(e.target.value)}
              className="font-mono"
            />
          )}
        </Field>
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
                checked={environments.includes(env)}
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
