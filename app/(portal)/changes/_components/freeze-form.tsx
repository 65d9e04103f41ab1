"use client";
// Declaring a change freeze (ops managers, admins): UTC start and end, and the environments it covers.
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { fromUtcInput } from "@/components/ui/utc-input";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { FieldError } from "@/components/ui/field-error";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIdempotentCreate } from "@/components/ui/use-idempotent-create";
import { createFreezeInput } from "@/lib/changes/schemas";
import { ENVIRONMENTS, type Environment } from "@/lib/changes/types";
import { useCreateFreeze } from "@/lib/client/change-calendar";

export function FreezeForm({ onDone }: { onDone: () => void }) {
  const create = useCreateFreeze();
  const send = useIdempotentCreate(create);
  const form = useForm({
    initial: { title: "", start: "", end: "", environments: [] as Environment[] },
    schema: createFreezeInput,
    toInput: (v) => ({
      title: v.title,
      startsAt: fromUtcInput(v.start) ?? v.start,
      endsAt: fromUtcInput(v.end) ?? v.end,
      environments: v.environments,
    }),
    onSubmit: (input) => send(input, onDone),
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
      <FormAlert error={create.error} />
      <TextField
        label="Title"
        hint="Shown on the calendar and in every refusal it causes."
        {...textProps(form, "title")}
        autoFocus
        maxLength={200}
        placeholder="Year-end freeze"
      />
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
            <Checkbox
              key={env}
              label={ENVIRONMENT_LABELS[env]}
              checked={values.environments.includes(env)}
              onChecked={(on) => toggle(env, on)}
            />
          ))}
        </div>
        <FieldError error={form.errorOf("environments")} />
      </fieldset>
      <FormActions
        submitLabel="Declare freeze"
        variant="danger"
        isPending={create.isPending}
        pendingLabel="Declaring"
        verb="declare"
      >
        <Button onClick={onDone} disabled={create.isPending}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
