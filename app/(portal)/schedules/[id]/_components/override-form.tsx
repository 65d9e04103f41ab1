"use client";
// Adding an override: someone covers [from, to) on the schedule. The times are typed in the viewer's
// own zone and the inputs say the instant they send; the schedule's version goes with it (a 409 if it
// changed since it was read).
import { useState } from "react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { OptionSelect } from "@/components/ui/option-select";
import { useForm } from "@/components/ui/use-form";
import { fromLocalInput, toLocalInput } from "@/components/ui/utc-input";
import { useUsers } from "@/lib/client/incidents";
import { useCreateOverride } from "@/lib/client/schedules";
import { createOverrideInput } from "@/lib/oncall/api-schemas";

type Values = { userId: string; from: string; to: string };

/** From this minute to the same time tomorrow, in the viewer's zone. */
function defaults(): Values {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  return { userId: "", from: toLocalInput(now), to: toLocalInput(now + 86_400_000) };
}

type Props = { scheduleId: string; version: number; onDone: () => void };

export function OverrideForm({ scheduleId, version, onDone }: Props) {
  const create = useCreateOverride(scheduleId);
  const users = useUsers();
  const [initial] = useState(defaults);
  const form = useForm({
    initial,
    schema: createOverrideInput,
    toInput: (v: Values) => ({
      version,
      userId: v.userId,
      from: fromLocalInput(v.from) ?? v.from,
      to: fromLocalInput(v.to) ?? v.to,
    }),
    onSubmit: (input) => create.mutate(input, { onSuccess: onDone }),
    onEscape: onDone,
    serverError: create.error,
    isPending: create.isPending,
    messageOf: (issue) => {
      const field = issue.path[0];
      if (field === "userId") return "Choose who covers";
      if ((field === "from" || field === "to") && issue.code === "invalid_format")
        return "Enter a date and a time";
      return issue.message;
    },
  });
  const { values, set, errorOf: err } = form;
  const people = users.data ?? [];

  return (
    <form
      {...form.formProps}
      aria-label="Add override"
      className="space-y-3 rounded-md border border-accent/30 p-3"
      data-testid="override-form"
    >
      {form.isConflict || form.formError ? <ActionError error={create.error} /> : null}
      <Field label="Who covers" error={err("userId")}>
        {(id, d) => (
          <OptionSelect
            id={id}
            aria-describedby={d}
            aria-invalid={!!err("userId")}
            options={people.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            empty={{
              value: "",
              label: users.isPending
                ? "Loading people…"
                : users.isError
                  ? "People could not be loaded"
                  : "Choose a person",
            }}
            value={values.userId}
            onValue={(v) => set("userId", v)}
            autoFocus
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <DateTimeInput
          label="From"
          zone="local"
          value={values.from}
          onChange={(v) => set("from", v)}
          error={err("from")}
        />
        <DateTimeInput
          label="To"
          zone="local"
          value={values.to}
          onChange={(v) => set("to", v)}
          error={err("to")}
        />
      </div>
      <FormActions submitLabel="Add override" isPending={create.isPending} size="sm">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
