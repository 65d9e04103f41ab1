"use client";
// Recording a DR test: planned for a date, or run with what it measured. Validated with the API's
// schema; the measured times are judged against the function's targets as they are typed.
import { useState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { useIsClient } from "@/components/ui/use-is-client";
import { formMessage } from "@/app/(portal)/continuity/_components/function-form-values";
import { fromLocalInput, measuredHours } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { MeasuredFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Textarea } from "@/components/ui/field";
import { Kbd, Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { useCreateDrTest } from "@/lib/client/continuity";
import { DR_TEST_LABELS, DR_TEST_TYPES, type DrTestType } from "@/lib/continuity/rules";
import { createDrTestInput, type FunctionResponse } from "@/lib/continuity/schemas";

type Status = "DONE" | "PLANNED";
type DrTestValues = {
  type: DrTestType;
  status: Status;
  when: string;
  rto: string;
  rpo: string;
  findings: string;
  followUps: string[];
};
const BLANK: DrTestValues = {
  type: "BACKUP_RESTORE",
  status: "DONE",
  when: "",
  rto: "",
  rpo: "",
  findings: "",
  followUps: [],
};

export function DrTestForm({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const isClient = useIsClient();
  const create = useCreateDrTest(fn.id);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm({
    initial: BLANK,
    schema: createDrTestInput,
    toInput: (v) => {
      const at = fromLocalInput(v.when);
      const done = v.status === "DONE";
      return {
        type: v.type,
        status: v.status,
        ...(done ? { performedAt: at } : { plannedFor: at }),
        measuredRtoHours: done ? measuredHours(v.rto) : null,
        measuredRpoHours: done ? measuredHours(v.rpo) : null,
        findings: v.findings,
        followUps: v.followUps.filter((f) => f.trim()),
      };
    },
    onSubmit: (input) => create.mutate({ input, idempotencyKey }, { onSuccess: onDone }),
    serverError: create.error,
    isPending: create.isPending,
    messageOf: formMessage,
  });
  const { values, set, errors } = form;
  const isDone = values.status === "DONE";

  const whenError = errors.performedAt ?? errors.plannedFor;
  return (
    <section aria-labelledby="record-heading" className="rounded-lg border border-accent/30 bg-surface p-3">
      <h2 id="record-heading" className="mb-2 text-sm font-semibold">
        Record a DR test
      </h2>
      <form {...form.formProps} aria-label="Record a DR test" className="space-y-4">
        {form.formError ? (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {form.formError}
          </p>
        ) : null}
        <ChoiceGroup
          name="dr-type"
          legend="Test"
          value={values.type}
          onChange={(t) => set("type", t)}
          error={errors.type}
          choices={DR_TEST_TYPES.map((t) => ({ value: t, label: DR_TEST_LABELS[t] }))}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <ChoiceGroup
            name="dr-status"
            legend="Status"
            value={values.status}
            onChange={(s) => {
              set("status", s);
              form.setErrors({});
            }}
            choices={[
              { value: "DONE", label: "Done", hint: "It was run" },
              { value: "PLANNED", label: "Planned", hint: "It will be run" },
            ]}
          />
          <DateTimeInput
            label={isDone ? "Performed at" : "Planned for"}
            zone="local"
            value={values.when}
            onChange={(w) => set("when", w)}
            error={whenError}
            hint={isDone ? "Leave empty for now." : "When it is scheduled."}
          />
        </div>
        {isDone ? (
          <MeasuredFields
            rto={values.rto}
            rpo={values.rpo}
            targetRto={fn.rtoHours}
            targetRpo={fn.rpoHours}
            isRtoOptional={values.type === "PLAN_REVIEW"}
            onChange={(p) => {
              if (p.rto !== undefined) set("rto", p.rto);
              if (p.rpo !== undefined) set("rpo", p.rpo);
            }}
            errors={errors}
          />
        ) : null}
        {isDone ? (
          <>
            <Field label="Findings" error={errors.findings} hint="What worked, what did not, and why.">
              {(id, d) => (
                <Textarea
                  id={id}
                  aria-describedby={d}
                  value={values.findings}
                  onChange={(e) => set("findings", e.target.value)}
                  className="min-h-16"
                />
              )}
            </Field>
            <StringListField
              legend="Follow-ups"
              itemLabel="Follow-up"
              placeholder="e.g. Automate the restore of the search index"
              value={values.followUps}
              onChange={(f) => set("followUps", f)}
              error={errors.followUps}
            />
          </>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={create.isPending || !isClient}>
            {create.isPending ? <Spinner label="Saving" /> : null}
            {isDone ? "Record test" : "Plan test"}
          </Button>
          <Button onClick={onDone}>Cancel</Button>
          <span className="hidden text-xs text-muted sm:inline">
            <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to save
          </span>
        </div>
      </form>
    </section>
  );
}
