"use client";
// Recording the result of a planned DR test, sending the version the list read (a 409 if someone
// recorded it first).
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { formMessage } from "@/app/(portal)/continuity/_components/function-form-values";
import { fromLocalInput, measuredHours } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { MeasuredFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { useCompleteDrTest } from "@/lib/client/continuity";
import { completeDrTestInput, type DrTestResponse } from "@/lib/continuity/schemas";

type CompleteValues = { when: string; rto: string; rpo: string; findings: string; followUps: string[] };
const BLANK: CompleteValues = { when: "", rto: "", rpo: "", findings: "", followUps: [] };

export function CompleteTestForm({ test, onDone }: { test: DrTestResponse; onDone: () => void }) {
  const complete = useCompleteDrTest();
  const form = useForm({
    initial: BLANK,
    schema: completeDrTestInput,
    toInput: (v) => ({
      version: test.version,
      performedAt: fromLocalInput(v.when),
      measuredRtoHours: measuredHours(v.rto),
      measuredRpoHours: measuredHours(v.rpo),
      findings: v.findings,
      followUps: v.followUps.filter((f) => f.trim()),
    }),
    onSubmit: (input) => {
      if (test.type !== "PLAN_REVIEW" && input.measuredRtoHours === null) {
        form.setErrors({ measuredRtoHours: "A test that was run records the recovery time it measured" });
        return;
      }
      complete.mutate({ id: test.id, ...input }, { onSuccess: onDone });
    },
    serverError: complete.error,
    isPending: complete.isPending,
    messageOf: formMessage,
  });
  const { values, set, errors } = form;

  return (
    <form
      {...form.formProps}
      aria-label="Record the result"
      className="mt-2 space-y-3 rounded-md border border-accent/30 p-2.5"
    >
      {complete.error && (form.isConflict || form.formError) ? (
        <ActionError
          error={complete.error}
          conflictMessage="Someone recorded this test first; the list now shows their result."
        />
      ) : null}
      <DateTimeInput
        label="Performed at"
        zone="local"
        value={values.when}
        onChange={(w) => set("when", w)}
        error={errors.performedAt}
        hint="Leave empty for now."
        className="max-w-xs"
      />
      <MeasuredFields
        rto={values.rto}
        rpo={values.rpo}
        targetRto={test.targetRtoHours}
        targetRpo={test.targetRpoHours}
        isRtoOptional={test.type === "PLAN_REVIEW"}
        onChange={(p) => {
          if (p.rto !== undefined) set("rto", p.rto);
          if (p.rpo !== undefined) set("rpo", p.rpo);
        }}
        errors={errors}
      />
      <Field label="Findings" error={errors.findings}>
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            value={values.findings}
            onChange={(e) => set("findings", e.target.value)}
            className="min-h-14"
          />
        )}
      </Field>
      <StringListField
        legend="Follow-ups"
        itemLabel="Follow-up"
        value={values.followUps}
        onChange={(f) => set("followUps", f)}
        error={errors.followUps}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={complete.isPending}>
          {complete.isPending ? <Spinner label="Saving" /> : null}
          Save result
        </Button>
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
